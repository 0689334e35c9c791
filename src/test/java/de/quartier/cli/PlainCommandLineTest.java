package de.quartier.cli;

import de.quartier.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build and check lines read without picocli: read as picocli reads them, or left to it. */
class PlainCommandLineTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(oldErr);
    }

    @Test
    void aBuildLineGetsTheOptionsPicocliWouldGiveIt() {
        for (List<String> line : List.of(
                List.of("build"),
                List.of("build", "--site", "examples/aachen", "--out", "/tmp/x y", "--today", "2026-11-21"),
                List.of("build", "--site=a", "--out=", "--threads", "3", "--gzip", "--drafts", "--strict"),
                List.of("build", "--format", "GitHub", "--base-url", "https://example.org/q/?a=b", "--threads=08"),
                List.of("build", "--format=json", "--today=2027-01-31"))) {
            String[] args = line.toArray(String[]::new);
            BuildCommand plain = assertInstanceOf(BuildCommand.class, PlainCommandLine.read(args), line.toString());
            BuildCommand picocli = (BuildCommand) picocliReads(args);
            assertEquals(describe(picocli), describe(plain), line.toString());
        }
    }

    @Test
    void aCheckLineGetsTheOptionsPicocliWouldGiveIt() {
        String[] args = {"check", "--site", "s", "--today", "2026-02-28", "--strict", "--format", "gitlab", "--drafts", "--base-url", "http://h/"};
        CheckCommand plain = assertInstanceOf(CheckCommand.class, PlainCommandLine.read(args));
        CheckCommand picocli = (CheckCommand) picocliReads(args);
        assertEquals(describe(picocli.options), describe(plain.options));
        assertTrue(describe(plain.options).contains("today=2026-02-28 drafts=true format=GITLAB baseUrl=http://h/ strict=true"), describe(plain.options));
    }

    @Test
    void everyOptionOfBuildAndCheckIsReadWithoutPicocli() {
        // an option added to the commands but not to PlainCommandLine would send every line that uses it through picocli
        for (String command : List.of("build", "check")) {
            CommandLine.Model.CommandSpec spec = QuartierCommand.commandLine(command).getSubcommands().get(command).getCommandSpec();
            for (CommandLine.Model.OptionSpec option : spec.options()) {
                if (option.usageHelp() || option.versionHelp()) continue;
                Class<?> type = option.type();
                List<String> line = new java.util.ArrayList<>(List.of(command, option.longestName()));
                if (type == boolean.class || type == Boolean.class) {
                    // a flag alone
                } else if (type == java.time.LocalDate.class) line.add("2026-01-31");
                else if (type == Integer.class || type == int.class) line.add("2");
                else if (type == de.quartier.diag.ReportFormat.class) line.add("json");
                else line.add(type == String.class ? "https://example.org/q/" : "folder");
                assertNotNull(PlainCommandLine.read(line.toArray(String[]::new)), line.toString());
            }
        }
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        for (List<String> line : List.<List<String>>of(
                List.of(), List.of("serve"), List.of("help", "build"), List.of("build", "--help"), List.of("build", "-h"),
                List.of("check", "--version"), List.of("build", "--sit", "x"), List.of("build", "--site", "a", "--site", "b"),
                List.of("build", "--out"), List.of("build", "--out", "--gzip"), List.of("build", "--out", "-"),
                List.of("build", "@args.txt"), List.of("build", "--site", "@args.txt"), List.of("build", "--"),
                List.of("build", "extra"), List.of("build", "--gzip=true"), List.of("build", "--gzip", "true"),
                List.of("build", "--threads", "many"), List.of("build", "--threads", "-1"), List.of("build", "--today", "morgen"),
                List.of("build", "--format", "xml"), List.of("build", "--site", "a\0b"),
                List.of("check", "--out", "x"), List.of("check", "--gzip"), List.of("check", "--threads", "2"))) {
            assertNull(PlainCommandLine.read(line.toArray(String[]::new)), line.toString());
        }
    }

    @Test
    void aUsageErrorFoundLaterIsReportedAsPicocliReportsIt() throws java.io.IOException {
        Path none = temp.resolve("nirgends");
        assertNotNull(PlainCommandLine.read("build", "--site", none.toString()));
        assertEquals(2, QuartierCommand.run("build", "--site", none.toString()));
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals("--site: " + none + " is not a folder\n  see `quartier build --help` for its options\n", text.replace("\r\n", "\n"));

        // the same through picocli (an @file is left to it): the options' model is the command's, for build and for check
        for (String command : List.of("build", "check")) {
            err.reset();
            Path noArguments = java.nio.file.Files.writeString(temp.resolve("keine-argumente.txt"), "");
            assertNull(PlainCommandLine.read(command, "--site", none.toString(), "@" + noArguments));
            assertEquals(2, QuartierCommand.run(command, "--site", none.toString(), "@" + noArguments));
            assertEquals("--site: " + none + " is not a folder\n  see `quartier " + command + " --help` for its options\n",
                    err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
        }

        err.reset();
        Path site = TestSites.copyBase(temp.resolve("site"));
        assertEquals(2, QuartierCommand.run("check", "--site", site.toString(), "--base-url", "ftp://x/"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("--base-url: ftp://x/ is not an http(s) address"), err.toString(StandardCharsets.UTF_8));
    }

    /** The command picocli makes of the line (parsed, not run). */
    private static Callable<?> picocliReads(String... args) {
        CommandLine.ParseResult parsed = QuartierCommand.commandLine(args).parseArgs(args);
        return (Callable<?>) parsed.subcommand().commandSpec().userObject();
    }

    private static String describe(BuildCommand c) {
        return describe(c.options) + " out=" + c.out + " threads=" + c.threads + " gzip=" + c.gzip;
    }

    private static String describe(SiteOptions o) {
        return "site=" + o.site + " today=" + o.today + " drafts=" + o.drafts + " format=" + o.format + " baseUrl=" + o.baseUrl + " strict=" + o.strict;
    }
}
