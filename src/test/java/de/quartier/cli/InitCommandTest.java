package de.quartier.cli;

import de.quartier.TestSites;
import de.quartier.build.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitCommandTest {
    @TempDir
    Path temp;
    @org.junit.jupiter.api.extension.RegisterExtension
    final CapturedErr err = new CapturedErr();

    @Test
    void aNewCitysSiteChecksCleanAndBuildsAtOnce() throws Exception {
        Path site = temp.resolve("lindenau");
        assertEquals(0, QuartierCommand.run("init", site.toString(), "--city", "Lindenau"));
        String config = Files.readString(site.resolve("site-config.yml"));
        assertTrue(config.contains("title: Quartiersentwicklung in Lindenau"), config);
        assertTrue(Files.readString(site.resolve(".gitignore")).contains("public/"));
        assertTrue(Files.isDirectory(site.resolve("content/contact-points")));
        assertTrue(Files.exists(site.resolve("schemas/site-config.schema.json")), "the schemas for the editor's completions");
        // the legal pages wait as drafts; the home page's introduction is there
        assertTrue(Files.readString(site.resolve("content/pages/impressum.md")).contains("draft: true"));
        BuildResult checked = TestSites.check(site);
        assertEquals(List.of(), checked.diagnostics().sorted(), "a new site has no mistakes");
        assertEquals(3, checked.draftsLeftOut());
        assertEquals(0, QuartierCommand.run("build", "--site", site.toString(), "--today", "2026-12-02"));
        String home = Files.readString(site.resolve("public/index.html"));
        assertTrue(home.contains("<h1>Quartiersentwicklung in Lindenau</h1>"), home);
        assertTrue(home.contains("Hier finden Sie die Anlaufstellen und Angebote in Lindenau."), "the introduction from quartiersarbeit.md");
        assertTrue(err.text().contains("next steps"));
    }

    @Test
    void aFolderWithASiteIsNotTouched() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        String before = Files.readString(site.resolve("site-config.yml"));
        assertEquals(1, QuartierCommand.run("init", site.toString()));
        assertTrue(err.text().contains("holds a site already"), err.text());
        assertEquals(before, Files.readString(site.resolve("site-config.yml")));
        assertFalse(Files.exists(site.resolve(".gitignore")));
    }

    @Test
    void aGitignoreLinkedOutOfTheFolderStopsInitWithNothingWritten() throws Exception {
        Path outside = Files.writeString(temp.resolve("fremd.txt"), "eine Zeile\n");
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Files.createSymbolicLink(repo.resolve(".gitignore"), outside);
        assertEquals(1, QuartierCommand.run("init", repo.toString(), "--city", "Lindenau"));
        assertTrue(err.text().contains(".gitignore is a symbolic link to " + outside.toRealPath()), err.text());
        assertEquals("eine Zeile\n", Files.readString(outside));
        assertFalse(Files.exists(repo.resolve("site-config.yml")), "nothing written");
    }

    @Test
    void aRepositorysOwnGitignoreIsKeptWithTheOutputAdded() throws Exception {
        // a repository made on GitHub or GitLab with a .gitignore template: init stopped with a stack trace, half-written
        Path repo = Files.createDirectories(temp.resolve("repo"));
        Files.writeString(repo.resolve(".gitignore"), "node_modules/");
        assertEquals(0, QuartierCommand.run("init", repo.toString(), "--city", "Halle, Saale"));
        assertEquals(List.of("node_modules/", "# what `quartier build` writes: made anew on every build, never edited", "public/"),
                Files.readAllLines(repo.resolve(".gitignore")));
        // a city's name with a comma still makes a site without mistakes
        assertEquals(List.of(), TestSites.check(repo).diagnostics().sorted());
        assertTrue(Files.readString(repo.resolve("site-config.yml")).contains("  name: Stadt Halle, Saale"));
    }

    @Test
    void aFolderThatCannotBeWrittenIsOneLineNotATrace() throws Exception {
        Path file = Files.writeString(temp.resolve("datei"), "x");
        assertEquals(1, QuartierCommand.run("init", file.resolve("unter").toString()));
        assertTrue(err.text().startsWith("quartier init: error: cannot write into "), err.text());
        assertFalse(err.text().contains("at de.quartier"), err.text());
    }

    @Test
    void aCityNameThatWouldBreakTheYamlIsRefused() {
        assertEquals(2, QuartierCommand.run("init", temp.resolve("x").toString(), "--city", "Ober: Stadt"));
        assertFalse(Files.exists(temp.resolve("x/site-config.yml")));
    }
}
