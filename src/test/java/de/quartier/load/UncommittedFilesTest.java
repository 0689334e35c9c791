package de.quartier.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** git ls-tree's lines: the paths of the commit checked out; a submodule makes them unknowable. */
class UncommittedFilesTest {
    @Test
    void readsThePathsOfTheTree() throws IOException {
        Set<String> paths = new HashSet<>();
        String tree = "100644 blob 3f2a1c\tcontent/offerings/lesefest.md\n100644 blob 99aa00\tcontent/offerings/schlagerchor-äöü.md\n";
        assertFalse(UncommittedFiles.parse(new BufferedReader(new StringReader(tree)), paths));
        assertEquals(Set.of("content/offerings/lesefest.md", "content/offerings/schlagerchor-äöü.md"), paths);
    }

    @Test
    void theRepositorysStateIsFoundWithoutGit(@TempDir Path temp) throws IOException {
        Path site = Files.createDirectories(temp.resolve("repo/sites/bottrop"));
        org.junit.jupiter.api.Assumptions.assumeTrue(GitCommand.state(temp) == -1, "the temporary folder lies inside a Git repository");
        assertEquals(-1, GitCommand.state(site), "no repository: git need not be asked");
        assertFalse(new UncommittedFiles(site).test("content/offerings/x.md"), "and no file counts as uncommitted");
        Path index = Files.createDirectories(temp.resolve("repo/.git")).resolve("index");
        Files.writeString(index, "x");
        Files.setLastModifiedTime(index, FileTime.fromMillis(1_700_000_000_000L));
        assertEquals(1_700_000_000_000L, GitCommand.state(site), "the index's time, found in a folder above the site");
        // the preview's answer is kept while the repository stays as it was, and asked anew once it changed
        UncommittedFiles first = UncommittedFiles.now(site, null);
        assertTrue(first == UncommittedFiles.now(site, first), "unchanged repository: the same answer");
        Files.setLastModifiedTime(index, FileTime.fromMillis(1_700_000_001_000L));
        assertFalse(first == UncommittedFiles.now(site, first), "a commit or checkout: a new answer");
    }

    @Test
    void aSubmoduleIsSaid() throws IOException {
        // content/ as a submodule: its files are in another repository, so none may count as uncommitted
        assertTrue(UncommittedFiles.parse(new BufferedReader(new StringReader("160000 commit 0a1b2c\tcontent\n")), new HashSet<>()));
    }
}
