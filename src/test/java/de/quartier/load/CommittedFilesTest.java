package de.quartier.load;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** git ls-tree's lines: the paths of the commit checked out; a submodule makes them unknowable. */
class CommittedFilesTest {
    @Test
    void readsThePathsOfTheTree() throws IOException {
        Set<String> paths = new HashSet<>();
        String tree = "100644 blob 3f2a1c\tcontent/offerings/lesefest.md\n100644 blob 99aa00\tcontent/offerings/schlagerchor-äöü.md\n";
        assertFalse(CommittedFiles.parse(new BufferedReader(new StringReader(tree)), paths));
        assertEquals(Set.of("content/offerings/lesefest.md", "content/offerings/schlagerchor-äöü.md"), paths);
    }

    @Test
    void aSubmoduleIsSaid() throws IOException {
        // content/ as a submodule: its files are in another repository, so none may count as uncommitted
        assertTrue(CommittedFiles.parse(new BufferedReader(new StringReader("160000 commit 0a1b2c\tcontent\n")), new HashSet<>()));
    }
}
