package de.quartier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.quartier.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return QuartierCommand.run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkOfAGoodSiteExitsZeroWithASummaryAndWritesNothing() {
        Path site = TestSites.copyBase(temp.resolve("site"));
        assertEquals(0, run("check", "--site", site.toString(), "--today", "2026-11-21"));
        assertTrue(err().contains("quartier check: 0 errors, 0 warnings; read 1 quarter, 1 contact point, 3 offerings, 2 operators, 1 programme, 1 page, 1 news item"), err());
        assertFalse(Files.exists(site.resolve("public")));
    }

    @Test
    void checkFindsWhatOnlyTheRenderedPagesShowAndStillWritesNothing() throws IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path page = site.resolve("content/pages/impressum.md");
        // a missing anchor on an existing page: known only once that page is rendered
        TestSites.append(page, "\nDie [Zeiten](contact-points/quartiersbuero-altstadt.md#nirgends).\n");
        int line = Files.readAllLines(page).size();
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-21"));
        assertTrue(err().contains("content/pages/impressum.md:" + line + ":14: error: link: `contact-points/quartiersbuero-altstadt.md#nirgends`"), err());
        assertTrue(err().contains("#nirgends), but there is no #nirgends on that page [broken-link]"), err());
        assertFalse(err().contains("are checked once"), err());
        try (Stream<Path> files = Files.list(site)) {
            assertEquals(List.of("content", "site-config.yml"), files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing written");
        }
    }

    @Test
    void contentErrorsExitOneAndArePrintedWithSourceLine() throws IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path o = site.resolve("content/offerings/sprechstunde.md");
        TestSites.replace(o, "contact_point: quartiersbuero-altstadt", "contact_point: quartiersbuero-altstat");
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-21"));
        assertTrue(err().contains("""
                content/offerings/sprechstunde.md:3:16: error: `contact_point`: there is no contact point `quartiersbuero-altstat` [dangling-ref]
                  3 | contact_point: quartiersbuero-altstat
                    |                ^^^^^^^^^^^^^^^^^^^^^^
                  hint: did you mean `quartiersbuero-altstadt`?
                """), err());
        assertTrue(err().contains("1 error, 0 warnings"), err());
        assertLinkInTheTextIsNamedSo(site);
        // the site was not rendered: the editor learns that its links come next
        assertTrue(err().contains("quartier check: links to pages of the site and #anchors are checked once these errors are mended"), err());
        assertFalse(err().contains("Exception"), "no stack trace for an editor's mistake");
    }

    /** A link in a body is no field: the message does not name one ("`link`", before). */
    private void assertLinkInTheTextIsNamedSo(Path site) throws IOException {
        Path o = site.resolve("content/offerings/sprechstunde.md");
        Files.writeString(o, Files.readString(o).replace("quartiersbuero-altstat", "quartiersbuero-altstadt") + "Mehr im [Quartier](quarters/altstat.md).\n");
        err.reset();
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-21"));
        assertTrue(err().contains("content/offerings/sprechstunde.md:9:20: error: a link in the text: there is no quarter `altstat` [dangling-ref]"), err());
    }

    @Test
    void buildWritesThePublicFolderAndAFailedBuildLeavesItByteIdentical() throws IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        assertEquals(0, run("build", "--site", site.toString(), "--today", "2026-11-21"));
        Path pub = site.resolve("public");
        assertTrue(Files.exists(pub.resolve("index.html")));
        assertTrue(Files.exists(pub.resolve("anlaufstellen/quartiersbuero-altstadt/index.html")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote "));
        Map<String, byte[]> before = TestSites.files(pub);

        Path cp = site.resolve("content/contact-points/quartiersbuero-altstadt.md");
        Files.writeString(cp, Files.readString(cp).replace("title: Quartiersbüro Altstadt", "title: Neuer Name")
                .replace("lat: 51.5236", "lat: 61.5236"));
        assertEquals(1, run("build", "--site", site.toString(), "--today", "2026-11-21"));
        // the folder in full: the site lies outside the working directory
        assertTrue(err().contains("nothing written; " + pub.toAbsolutePath().normalize() + "/ is unchanged"), err());
        Map<String, byte[]> after = TestSites.files(pub);
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) assertArrayEquals(before.get(k), after.get(k), k);
        try (Stream<Path> s = Files.list(site)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".public")).count(), "no staging folder left");
        }
    }

    @Test
    void strictMakesAWarningStopTheBuild() throws IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path pub = site.resolve("public");
        assertEquals(0, run("build", "--site", site.toString(), "--today", "2026-11-21", "--strict"));
        Map<String, byte[]> before = TestSites.files(pub);
        // a key like no field (the editor's own note): the build goes on without it, unless told to be strict
        TestSites.replace(site.resolve("content/offerings/sprechstunde.md"), "schedule_note:", "intern: ja\nschedule_note:");
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-21", "--strict"));
        assertTrue(err().contains("content/offerings/sprechstunde.md:5:1: error: `intern`: unknown key"
                + " (a warning, which --strict makes an error)"), err());
        assertEquals(1, run("build", "--site", site.toString(), "--today", "2026-11-21", "--strict"));
        assertTrue(err().contains("nothing written"), err());
        Map<String, byte[]> after = TestSites.files(pub);
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) assertArrayEquals(before.get(k), after.get(k), k);
        assertEquals(0, run("build", "--site", site.toString(), "--today", "2026-11-21"));
        assertTrue(err().contains("warning: `intern`: unknown key"), err());

        // a warning is no reason to leave the links unchecked: CI learns of both in one run
        Path sprechstunde = site.resolve("content/offerings/sprechstunde.md");
        Files.writeString(sprechstunde, Files.readString(sprechstunde) + "\nSiehe [Übersicht](anlaufstellen/#gibt-es-nicht).\n");
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-21", "--strict"));
        assertTrue(err().contains("(a warning, which --strict makes an error)"), err());
        assertTrue(err().contains("#gibt-es-nicht"), err());
        assertFalse(err().contains("checked once these errors are mended"), err());
        assertEquals(1, run("build", "--site", site.toString(), "--today", "2026-11-21", "--strict"));
        assertTrue(err().contains("#gibt-es-nicht") && err().contains("nothing written"), err());
        assertEquals(before.keySet(), TestSites.files(pub).keySet());
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdenticalWhateverTheNumberOfWorkers() throws IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        assertEquals(0, run("build", "--site", site.toString(), "--out", temp.resolve("a").toString(), "--today", "2026-11-21"));
        assertEquals(0, run("build", "--site", site.toString(), "--out", temp.resolve("b").toString(), "--today", "2026-11-21",
                "--threads", "1"));
        Map<String, byte[]> a = TestSites.files(temp.resolve("a"));
        Map<String, byte[]> b = TestSites.files(temp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k);
    }

    /** The record check runs on the workers too: its messages, and their order, do not depend on how many there are. */
    @Test
    void theMessagesOfABuildAreTheSameWhateverTheNumberOfWorkers() throws IOException {
        Path site = TestSites.withFixture("twenty-mistakes", temp.resolve("site"));
        assertEquals(1, run("build", "--site", site.toString(), "--today", "2026-11-21", "--threads", "1"));
        String one = err();
        assertTrue(one.lines().filter(l -> l.matches("content/\\S.*:\\d+:\\d+: error: .*")).count() >= 20, one);
        for (String threads : List.of("2", "5")) {
            assertEquals(1, run("build", "--site", site.toString(), "--today", "2026-11-21", "--threads", threads));
            assertEquals(one, err(), threads + " workers");
        }
    }

    @Test
    void twentyMistakesInTwentyFilesGiveTwentyDiagnosticsInOneRun() throws IOException {
        Path site = TestSites.withFixture("twenty-mistakes", temp.resolve("site"));
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-21"));
        long headlines = err().lines().filter(l -> l.matches("content/\\S.*:\\d+:\\d+: error: .*")).count();
        long files = err().lines().filter(l -> l.matches("content/\\S.*:\\d+:\\d+: error: .*"))
                .map(l -> l.substring(0, l.indexOf(':'))).distinct().count();
        assertEquals(20, headlines, err());
        assertEquals(20, files, "one mistake per file");
        assertTrue(err().contains("quartier check: 20 errors, 0 warnings"), err());
    }

    @Test
    void ciFormatsGoToStandardOutputAndTheTextStaysOnStandardError() throws Exception {
        Path site = TestSites.withFixture("twenty-mistakes", temp.resolve("site"));
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-21", "--format", "github"));
        String github = out.toString(StandardCharsets.UTF_8);
        List<String> commands = github.lines().toList();
        assertEquals(20, commands.size(), github);
        assertTrue(commands.stream().allMatch(l -> l.matches("::error file=content/[^,:]+,line=\\d+,col=\\d+(,endColumn=\\d+)?,title=quartier%3A [a-z-]+::.+")), github);
        assertTrue(err().contains("quartier check: 20 errors"), "the text form stays: " + err());

        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-21", "--format", "gitlab"));
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(20, report.size());
        for (JsonNode issue : report) {
            assertEquals("major", issue.get("severity").asText());
            assertTrue(issue.get("location").get("path").asText().startsWith("content/"), issue.toString());
            assertTrue(issue.get("location").get("positions").get("begin").get("line").asInt() >= 1, issue.toString());
            assertEquals(32, issue.get("fingerprint").asText().length());
        }
        assertEquals(20, java.util.stream.StreamSupport.stream(report.spliterator(), false)
                .map(i -> i.get("fingerprint").asText()).distinct().count(), "fingerprints tell the issues apart");

        assertEquals(1, run("build", "--site", site.toString(), "--today", "2026-11-21", "--format", "JSON"));
        JsonNode plain = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(20, plain.size());
        assertEquals("error", plain.get(0).get("severity").asText());

        Path good = TestSites.copyBase(temp.resolve("good"));
        assertEquals(0, run("build", "--site", good.toString(), "--today", "2026-11-21", "--format", "json"));
        assertEquals("[ ]", out.toString(StandardCharsets.UTF_8).strip(), "only the report on standard output");
        assertTrue(err().contains("quartier build: wrote"), err());
        assertEquals(2, run("check", "--site", good.toString(), "--format", "xml"));
        assertTrue(err().contains("Invalid value for option '--format': expected text, github, gitlab or json, not 'xml'"), err());
    }

    @Test
    void usageErrorsExitTwo() throws java.io.IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        assertEquals(2, run("bauen"));
        assertEquals(2, run("build", "--today", "21.11.2026", "--site", site.toString()));
        assertTrue(err().contains("'21.11.2026' is not a date in the form YYYY-MM-DD"), err());
        assertFalse(err().contains("Exception"), err());
        assertEquals(2, run("check", "--site", temp.resolve("gibt-es-nicht").toString()));
        assertEquals(2, run("build", "--site", site.toString(), "--base-url", "javascript:alert(1)"));
        assertEquals(2, run("build", "--site", site.toString(), "--out", site.toString()));
        assertEquals(2, run("build", "--site", site.toString(), "--out", site.resolve("content").toString()));
        // nor by a link: an output folder that leads into content/
        Path link = Files.createSymbolicLink(temp.resolve("verlinkt"), site.resolve("content"));
        assertEquals(2, run("build", "--site", site.toString(), "--out", link.toString()));
        // nor a folder of other things: it would be replaced whole
        Path notes = Files.createDirectories(temp.resolve("notizen"));
        Files.writeString(notes.resolve("liste.txt"), "bitte behalten");
        assertEquals(2, run("build", "--site", site.toString(), "--out", notes.toString()));
        assertTrue(err().contains("holds files but no index.html"), err());
        assertEquals("bitte behalten", Files.readString(notes.resolve("liste.txt")));
        // nor a Git working copy (a gh-pages checkout), even with a site in it, nor a web server's root
        Path checkout = Files.createDirectories(temp.resolve("gh-pages/.git"));
        Files.writeString(checkout.resolveSibling("index.html"), "<!doctype html><title>alt</title>");
        assertEquals(2, run("build", "--site", site.toString(), "--out", checkout.getParent().toString()));
        assertTrue(err().contains("is a Git working copy (it holds .git)"), err());
        assertTrue(Files.isDirectory(checkout));
        Path webRoot = Files.createDirectories(temp.resolve("www"));
        Files.writeString(webRoot.resolve("index.html"), "<!doctype html><title>Willkommen</title>");
        Files.writeString(webRoot.resolve("kalender.php"), "<?php");
        assertEquals(2, run("build", "--site", site.toString(), "--out", webRoot.toString()));
        assertTrue(err().contains("holds an index.html but no sitemap.xml and assets/ beside it"), err());
        assertTrue(Files.exists(webRoot.resolve("kalender.php")));
        // nor a file
        Path file = Files.writeString(temp.resolve("notiz.txt"), "bitte behalten");
        assertEquals(2, run("build", "--site", site.toString(), "--out", file.toString()));
        assertTrue(err().contains("is a file, not a folder"), err());
        assertEquals("bitte behalten", Files.readString(file));
        // an empty folder (a placeholder in it is fine), or a site's earlier output, is taken
        Path empty = Files.createDirectories(temp.resolve("leer"));
        Files.writeString(empty.resolve(".gitkeep"), "");
        assertEquals(0, run("build", "--site", site.toString(), "--out", empty.toString(), "--today", "2026-11-21"));
        assertEquals(0, run("build", "--site", site.toString(), "--out", empty.toString(), "--today", "2026-11-21"));
        assertEquals(2, run("build", "--site", site.toString(), "--threads", "0"));
        // the one line that matters and where the options are explained, not thirty lines of usage after it
        assertEquals("--threads: 0 must be 1 or more\n  see `quartier build --help` for its options", err().strip().replace("\r", ""));
        assertEquals(2, run("build", "--thread", "2"));
        assertTrue(err().contains("Possible solutions: --threads"), err());
        assertFalse(err().contains("Usage:"), err());
        assertTrue(Files.exists(site.resolve("content/pages/impressum.md")), "the site must survive a bad --out");
        assertEquals(2, run());
        assertTrue(err().contains("missing command: build, check, serve, init, new, schema"), err());
    }

    @Test
    void noCommandWritesThroughALinkInTheSiteThatLeadsOutOfIt() throws IOException {
        // a committed link: public/, schemas/offerings.schema.json, content/news would have build, schema and new
        // write (and a build delete) where it leads
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path elsewhere = Files.createDirectories(temp.resolve("anderswo"));
        Files.writeString(elsewhere.resolve("index.html"), "<!doctype html><title>fremd</title>");
        Files.writeString(elsewhere.resolve("sitemap.xml"), "<urlset/>");
        Files.createDirectories(elsewhere.resolve("assets"));
        Files.writeString(elsewhere.resolve("wichtig.txt"), "bitte behalten");
        Files.createSymbolicLink(site.resolve("public"), elsewhere);
        assertEquals(2, run("build", "--site", site.toString(), "--today", "2026-11-21"));
        assertTrue(err().contains("the output folder public/ is a symbolic link to " + elsewhere.toRealPath() + ", outside the site folder"), err());
        assertTrue(err().contains("to build there, give --out " + elsewhere.toRealPath()), "how to build there on purpose: " + err());
        assertEquals("bitte behalten", Files.readString(elsewhere.resolve("wichtig.txt")));
        assertEquals(List.of("assets", "index.html", "sitemap.xml", "wichtig.txt"), listing(elsewhere));
        // named with --out, the same folder is the user's choice (it looks like a site's output)
        assertEquals(0, run("build", "--site", site.toString(), "--out", elsewhere.toString(), "--today", "2026-11-21"));
        assertFalse(Files.exists(elsewhere.resolve("wichtig.txt")));

        Path file = Files.writeString(temp.resolve("datei.txt"), "ORIGINAL");
        Files.createDirectories(site.resolve("schemas"));
        Files.createSymbolicLink(site.resolve("schemas/offerings.schema.json"), file);
        assertEquals(1, run("schema", "--site", site.toString()));
        assertTrue(err().contains("schemas/offerings.schema.json is a symbolic link to " + file.toRealPath()), err());
        assertEquals("ORIGINAL", Files.readString(file));
        assertFalse(Files.exists(site.resolve("schemas/site-config.schema.json")), "nothing written");

        Path news = Files.createDirectories(temp.resolve("nachrichten"));
        try (Stream<Path> walk = Files.walk(site.resolve("content/news"))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        Files.createSymbolicLink(site.resolve("content/news"), news);
        assertEquals(1, run("new", "news", "fest", "--site", site.toString()));
        assertTrue(err().contains("content/news is a symbolic link to " + news.toRealPath()), err());
        assertEquals(List.of(), listing(news));
        // a link to nothing is refused too: writing would create its target wherever it names
        Files.delete(site.resolve("content/news"));
        Files.createSymbolicLink(site.resolve("content/news"), temp.resolve("gibt-es-nicht"));
        assertEquals(1, run("new", "news", "fest", "--site", site.toString()));
        assertTrue(err().contains("content/news is a symbolic link to nothing"), err());
        assertFalse(Files.exists(temp.resolve("gibt-es-nicht")));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theSummarySaysHowManyDraftsWereLeftOutUnlessDraftsAreBuilt() throws IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path record = site.resolve("content/offerings/lesefest.md");
        Files.writeString(record, Files.readString(record).replaceFirst("\n---\n", "\ndraft: true\n---\n"));
        assertEquals(0, run("check", "--site", site.toString(), "--today", "2026-11-21"));
        assertTrue(err().contains("read 1 quarter, 1 contact point, 3 offerings, 2 operators, 1 programme, 1 page, 1 news item; "
                + "1 draft left out (draft: true)\n"), err());
        assertEquals(0, run("check", "--site", site.toString(), "--today", "2026-11-21", "--drafts"));
        assertFalse(err().contains("left out"), err());
        // also when the run fails at a link, found only after rendering
        TestSites.append(site.resolve("content/pages/impressum.md"), "\n[Formulare](formulare/)\n");
        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-21"));
        assertTrue(err().contains("1 error, 0 warnings; read 1 quarter, 1 contact point, 3 offerings, 2 operators, 1 programme, 1 page, "
                + "1 news item; 1 draft left out (draft: true)\n"), err());
    }

    @Test
    void aBusyPortIsSaidInOneLineWithoutTheUsageText() throws IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(2, run("serve", "--site", site.toString(), "--port", Integer.toString(taken.getLocalPort())));
        }
        assertTrue(err().contains("cannot listen on 127.0.0.1:"), err());
        assertTrue(err().contains("--port 0 for any free one"), err());
        assertFalse(err().contains("Usage:"), err());
        assertFalse(err().contains("quartier serve: 0 errors"), "said before the site is checked: " + err());
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("build") && help.contains("check") && help.contains("Exit codes"), help);
        assertEquals(0, run("build", "--help"));
        String buildHelp = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[]{"--site", "--out", "--today", "--drafts", "--base-url"})
            assertTrue(buildHelp.contains(option), option);
        assertEquals(0, run("--version"));
        String version = out.toString(StandardCharsets.UTF_8);
        assertTrue(version.startsWith("quartier "), version);
        // which JDK runs it: the launcher may choose another than the PATH's
        assertTrue(version.contains("\nJava " + Runtime.version() + " (") && version.contains(System.getProperty("java.home")), version);
    }

    @Test
    void picocliIsJava17ClassFilesThatTheClassDataArchiveCanHold() throws IOException {
        // its own jar has Java 5 class files (major version 49), which CDS leaves out: see pom.xml
        for (Class<?> c : List.of(picocli.CommandLine.class, picocli.CommandLine.Model.CommandSpec.class)) {
            try (var in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
                byte[] head = in.readNBytes(8);
                assertEquals(61, ((head[6] & 0xff) << 8) | (head[7] & 0xff), c.getName()
                        + " is not from picocli's sources compiled by Maven (an IDE that skips pom.xml's picocli execution takes the provided jar)");
            }
        }
    }

    @Test
    void onlyTheNamedSubcommandIsSetUpAndHelpStillNamesThemAll() {
        QuartierCommand.SUBCOMMANDS.forEach((name, type) ->
                assertEquals(name, type.getAnnotation(picocli.CommandLine.Command.class).name(), "the name the map gives " + type));
        assertEquals(java.util.List.of(BuildCommand.class), java.util.List.copyOf(QuartierCommand.subcommands("build", "--site", "x")));
        assertEquals(7, QuartierCommand.subcommands("help", "build").size(), "help needs the command it explains");
        assertEquals(7, QuartierCommand.subcommands("bauen").size(), "a misspelt command is answered with all of them");
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String name : QuartierCommand.SUBCOMMANDS.keySet()) assertTrue(help.contains("  " + name + " "), name + " in\n" + help);
        assertEquals(0, run("help", "serve"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--port"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void baseUrlOverrideIsUsed() {
        Path site = TestSites.copyBase(temp.resolve("site"));
        assertEquals(0, run("check", "--site", site.toString(), "--base-url", "http://localhost:8080/quartiersentwicklung"));
    }
}
