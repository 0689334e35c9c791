package de.quartier.build;

import de.quartier.TestSites;
import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input meant to hurt (or just unlucky) ends in a diagnostic within seconds: no hang, no
 * OutOfMemoryError, no stack trace. The timeouts guard against hangs; they are not speed tests.
 */
class HostileInputTest {
    @TempDir
    Path temp;

    private List<Diagnostic> errorsOf(Path site) throws Exception {
        BuildResult r = TestSites.check(site);
        assertFalse(r.ok());
        return r.diagnostics().sorted();
    }

    @Test
    @Timeout(30)
    void fiftyMegabyteFileIsNotRead() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        try (RandomAccessFile f = new RandomAccessFile(site.resolve("content/pages/riesig.md").toFile(), "rw")) {
            f.write("---\ntitle: x\n---\n".getBytes());
            f.setLength(50L * 1024 * 1024);
        }
        List<Diagnostic> d = errorsOf(site);
        assertEquals(1, d.size(), d.toString());
        assertEquals(Code.FILE_TOO_LARGE, d.get(0).code());
        assertEquals("content/pages/riesig.md:1:1", d.get(0).at().toString());
        assertTrue(d.get(0).message().contains("52.4 MB"), d.get(0).message());
    }

    @Test
    @Timeout(30)
    void symlinkOutOfTheSiteIsNotFollowed() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path secret = Files.writeString(temp.resolve("secret.md"), "---\ntitle: Geheimnis\n---\nGEHEIM\n");
        Files.createSymbolicLink(site.resolve("content/pages/geheim.md"), secret);
        Files.createSymbolicLink(site.resolve("content/media/passwd"), secret);
        List<Diagnostic> d = errorsOf(site);
        assertEquals(List.of("error outside-site content/media/passwd:1:1", "error outside-site content/pages/geheim.md:1:1"),
                d.stream().map(TestSites::line).toList());
        BuildResult r = TestSites.check(site);
        assertTrue(r.loaded().text("content/pages/geheim.md").isEmpty(), "the linked file must not be read");
    }

    @Test
    @Timeout(30)
    void symlinkInsideTheSiteIsRead() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Files.createSymbolicLink(site.resolve("content/pages/impressum-kopie.md"), site.resolve("content/pages/impressum.md"));
        BuildResult r = TestSites.check(site);
        assertTrue(r.ok(), TestSites.lines(r).toString());
        assertEquals(2, r.site().orElseThrow().pages().size());
    }

    @Test
    @Timeout(30)
    void notUtf8() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Files.write(site.resolve("content/pages/alt.md"), new byte[]{'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xC4, 'r', 'z', 't', 'e', '\n', '-', '-', '-', '\n'});
        List<Diagnostic> d = errorsOf(site);
        assertEquals(List.of("error not-utf8 content/pages/alt.md:2:8"), d.stream().map(TestSites::line).toList());
    }

    @Test
    @Timeout(30)
    void aliasBomb() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Files.writeString(site.resolve("content/pages/bombe.md"), TestSites.aliasBomb());
        List<Diagnostic> d = errorsOf(site);
        assertEquals(List.of("error yaml-limit content/pages/bombe.md:1:1"), d.stream().map(TestSites::line).toList());
    }

    @Test
    @Timeout(30)
    void frontMatterNeverClosed() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Files.writeString(site.resolve("content/pages/offen.md"), "---\ntitle: Offen\n\n" + "Text\n".repeat(100_000));
        List<Diagnostic> d = errorsOf(site);
        assertEquals(List.of("error unclosed-front-matter content/pages/offen.md:1:1"), d.stream().map(TestSites::line).toList());
    }

    @Test
    @Timeout(30)
    void binaryGarbageWithMarkdownName() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        byte[] garbage = new byte[4096];
        new java.util.Random(42).nextBytes(garbage);
        Files.write(site.resolve("content/pages/muell.md"), garbage);
        List<Diagnostic> d = errorsOf(site);
        assertEquals(1, d.size());
        assertEquals("content/pages/muell.md", d.get(0).at().path());
    }

    /** Hours that look valid but name a day, week or time that does not exist: an error at the value, never an internal error. */
    @Test
    @Timeout(60)
    void hoursWithADayWeekOrTimeThatDoesNotExist() throws Exception {
        for (String hours : List.of("Mo 09:00-12:00; Feb 30 off", "Mo 09:00-12:00; Apr 31 off", "Mo 09:00-12:00; Dec 24-Feb 30 off",
                "week 54 Mo 09:00-12:00", "week 00 Mo 09:00-12:00", "Mo 24:00-26:00", "Mo 10:00-10:00", "Mo 09:00-49:00", "Feb 00 off; Mo 09:00-12:00",
                "Mo[] 09:00-12:00", "Mo[,] 09:00-12:00", "Mo[ ] 09:00-12:00", "Mo[1,] 09:00-12:00", "Mo[5-1] 09:00-12:00", "Mo[6] 09:00-12:00")) {
            Path site = TestSites.copyBase(temp.resolve("site-" + Math.abs(hours.hashCode())));
            TestSites.replace(site.resolve("content/contact-points/quartiersbuero-altstadt.md"),
                    "opening_hours: Mo,Tu 09:00-13:00; We,Th 13:30-17:30; PH off", "opening_hours: \"" + hours + "\"");
            List<Diagnostic> d = errorsOf(site);
            assertTrue(d.stream().anyMatch(x -> (x.code() == Code.BAD_OPENING_HOURS || x.code() == Code.UNSUPPORTED_OPENING_HOURS)
                    && x.at().path().equals("content/contact-points/quartiersbuero-altstadt.md") && x.at().line() == 9), hours + ": " + d);
        }
    }

    /** A required list written empty (`quarters: []`) is missing: an error at it, not a record left out without a word or a crash. */
    @Test
    @Timeout(60)
    void aRequiredListWrittenEmpty() throws Exception {
        for (String[] c : List.of(new String[]{"quarters: altstadt", "quarters: []", "5"}, new String[]{"operators: [stadt, awo]", "operators: []", "6"},
                new String[]{"quarters: altstadt", "quarters: [\"\"]", "5"}, new String[]{"operators: [stadt, awo]", "operators: [\" \", \"\"]", "6"})) {
            Path site = TestSites.copyBase(temp.resolve("list-" + Math.abs(c[1].hashCode())));
            TestSites.replace(site.resolve("content/contact-points/quartiersbuero-altstadt.md"), c[0], c[1]);
            List<Diagnostic> d = errorsOf(site);
            assertTrue(d.stream().anyMatch(x -> x.code() == Code.MISSING_FIELD
                    && x.at().toString().startsWith("content/contact-points/quartiersbuero-altstadt.md:" + c[2] + ":")), c[1] + ": " + d);
            // and a build of it stops with that error, not an internal one
            BuildResult built = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), new de.quartier.write.MemorySink());
            assertFalse(built.ok(), c[1]);
        }
    }

    /** A body nested a thousand levels deep (quotes in quotes) is an error at its line, not a stack overflow. */
    @Test
    @Timeout(60)
    void aBodyNestedTooDeeply() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("deep"));
        Path page = site.resolve("content/pages/tief.md");
        Files.writeString(page, "---\ntitle: Tief\n---\nText\n\n" + ">".repeat(5000) + " innen\n");
        List<Diagnostic> d = errorsOf(site);
        assertTrue(d.stream().anyMatch(x -> x.at().path().equals("content/pages/tief.md") && x.at().line() == 6), d.toString());
        BuildResult built = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), new de.quartier.write.MemorySink());
        assertFalse(built.ok());
    }

    /**
     * Emphasis in emphasis 1,500 times, and a tag with 800 attributes, overflowed the Markdown
     * library's stack while the page was made (exit 70): now errors at their place. Just under
     * the limits the page is made.
     */
    @Test
    @Timeout(60)
    void emphasisAndAttributesPastWhatTheLibraryCanRead() throws Exception {
        for (String[] c : List.of(new String[]{"**a ".repeat(1500) + "x" + " b**".repeat(1500), "6:395"},
                new String[]{"Text\n\n<span " + java.util.stream.IntStream.range(0, 800).mapToObj(i -> "a" + i + "=\"1\"").collect(java.util.stream.Collectors.joining(" ")) + ">x</span>", "8:1"})) {
            Path site = TestSites.copyBase(temp.resolve("past-" + c[1].replace(':', '-')));
            Files.writeString(site.resolve("content/pages/tief.md"), "---\ntitle: Tief\n---\n\n\n" + c[0] + "\n");
            List<Diagnostic> d = errorsOf(site);
            assertEquals(List.of("content/pages/tief.md:" + c[1] + " " + Code.TEXT_LIMIT), d.stream().map(x -> x.at().path() + ":" + x.at().line() + ":" + x.at().column() + " " + x.code()).toList());
            BuildResult built = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), new de.quartier.write.MemorySink());
            assertFalse(built.ok());
        }
        Path site = TestSites.copyBase(temp.resolve("just-under"));
        Files.writeString(site.resolve("content/pages/tief.md"), "---\ntitle: Tief\n---\n" + "**a ".repeat(95) + "x" + " b**".repeat(95) + "\n\n<span "
                + java.util.stream.IntStream.range(0, 200).mapToObj(i -> "a" + i + "=\"1\"").collect(java.util.stream.Collectors.joining(" ")) + ">x</span>\n");
        BuildResult built = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), new de.quartier.write.MemorySink());
        assertTrue(built.ok(), built.diagnostics().sorted().toString());
    }
}
