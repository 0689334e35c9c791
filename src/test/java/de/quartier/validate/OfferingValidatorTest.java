package de.quartier.validate;

import de.quartier.TestSites;
import de.quartier.build.BuildOptions;
import de.quartier.build.BuildResult;
import de.quartier.build.Pipeline;
import de.quartier.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfferingValidatorTest {
    @TempDir
    Path site;

    private BuildResult check() throws Exception {
        return new Pipeline().check(new BuildOptions(site, TestSites.TODAY, false, null));
    }

    /** "2025" typed for "2026" in a new event: said while it is written, never of an event the site keeps on purpose. */
    @Test
    void aNewEventWhoseDatesHaveAllPassedIsWarnedOfUntilCommitted() throws Exception {
        TestSites.copyBase(site);
        Path lesefest = site.resolve("content/offerings/lesefest.md");
        TestSites.replace(lesefest, "2026-12-05 14:00, end: 2026-12-05 17:00", "2025-12-05 14:00, end: 2025-12-05 17:00");
        // outside a Git repository nothing tells a new file from an old one: no warning
        org.junit.jupiter.api.Assumptions.assumeTrue(git(site, "rev-parse", "--git-dir") != 0, "the temporary folder lies inside a Git repository");
        assertEquals(List.of(), TestSites.lines(check()));
        assertEquals(0, git(site, "init", "-q"));
        assertEquals(0, git(site, "add", "-A", "site-config.yml"));
        assertEquals(0, git(site, "-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", "commit", "-q", "--no-verify", "-m", "config"));
        // written, not committed: the warning at `dates`, with the year it probably means
        BuildResult r = check();
        assertEquals(List.of("warning dates-past content/offerings/lesefest.md:9:1"), TestSites.lines(r));
        Diagnostic d = r.diagnostics().sorted().get(0);
        assertEquals("the date in `dates` has passed (the last: 05.12.2025): the new offering will show only as over, in no list or calendar", d.message());
        assertEquals("check the year (2026, not 2025?); if it is written up as a past event, nothing is wrong", d.hint());
        // committed: kept on purpose, said no more
        assertEquals(0, git(site, "add", "-A"));
        assertEquals(0, git(site, "-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", "commit", "-q", "--no-verify", "-m", "records"));
        assertEquals(List.of(), TestSites.lines(check()));
    }

    private static int git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    @Test
    void aMisspeltScheduleIsOneErrorAtItsKeyNotAMissingFieldAtTheTop() throws Exception {
        TestSites.copyBase(site);
        // (a schedule_note alone would be enough: without it, schedule or dates is missing)
        TestSites.replace(site.resolve("content/offerings/sprechstunde.md"), "schedule_note: nicht in den Schulferien\n", "");
        TestSites.replace(site.resolve("content/offerings/sprechstunde.md"), "schedule: We 15:00-17:00", "shedule: We 15:00-17:00");
        BuildResult r = check();
        assertEquals(List.of("error missing-field content/offerings/sprechstunde.md:4:1"), TestSites.lines(r));
        Diagnostic d = r.diagnostics().sorted().get(0);
        assertEquals("an offering needs `schedule` or `dates`, and `shedule` is probably meant for `schedule`", d.message());
        assertEquals("write `schedule:`", d.hint());

        // without such a key, the error stays where it was, with its hint about fixed times
        TestSites.replace(site.resolve("content/offerings/sprechstunde.md"), "shedule: We 15:00-17:00\n", "");
        r = check();
        assertEquals(List.of("error missing-field content/offerings/sprechstunde.md:1:1"), TestSites.lines(r));
        assertEquals("an offering needs `schedule` (e.g. We 15:00-17:00) or `dates`", r.diagnostics().sorted().get(0).message());
    }

    @Test
    void anEventDateYearsAheadIsWarnedAsAMistypedYear() throws Exception {
        TestSites.copyBase(site);
        TestSites.replace(site.resolve("content/offerings/lesefest.md"), "{start: 2026-12-05 14:00, end: 2026-12-05 17:00}",
                "{start: 2026-12-05 14:00, end: 2026-12-05 17:00}\n  - {start: 2062-12-12 14:00, end: 2062-12-12 17:00}");
        BuildResult r = check();
        assertEquals(List.of("warning date-far-ahead content/offerings/lesefest.md:11:13"), TestSites.lines(r));
        assertEquals("this date, 12.12.2062, lies more than 2 years ahead", r.diagnostics().sorted().get(0).message());
        // a year ahead is planning, not a mistake
        TestSites.replace(site.resolve("content/offerings/lesefest.md"), "2062-12-12", "2027-12-12");
        assertEquals(List.of(), TestSites.lines(check()));
    }
    /** Odd weeks meet two weeks running at the end of a year with 53 weeks (2026): said while there is time. */
    @Test
    void oddWeeksMeetingTwiceRunningOverTheNewYearAreWarned() throws Exception {
        TestSites.copyBase(site);
        Path record = site.resolve("content/offerings/spielmobil.md");
        TestSites.replace(record, "schedule: Fr 15:00-18:00", "schedule: week 01-53/2 Mo 15:00-18:00");
        BuildResult r = check();
        assertEquals(List.of("warning weeks-running content/offerings/spielmobil.md:6:11"), TestSites.lines(r));
        assertEquals("`schedule`: 2026 has 53 weeks, and its week 53 and week 1 of 2027 both count as odd, so this offering meets two weeks "
                + "running: on 28.12.2026 and on 04.01.2027", r.diagnostics().sorted().get(0).message());
        assertTrue(r.diagnostics().sorted().get(0).hint().contains("`; Jan 04 off`"), r.diagnostics().sorted().get(0).hint());
        // the hint applied: once only
        TestSites.replace(record, "schedule: week 01-53/2 Mo 15:00-18:00", "schedule: week 01-53/2 Mo 15:00-18:00; Jan 04 off");
        assertEquals(List.of(), TestSites.lines(check()));
        // even weeks leave a gap of three, not two weeks running; and once the turn of the year has passed, nothing is said
        TestSites.replace(record, "schedule: week 01-53/2 Mo 15:00-18:00; Jan 04 off", "schedule: week 02-52/2 Mo 15:00-18:00");
        assertEquals(List.of(), TestSites.lines(check()));
        TestSites.replace(record, "schedule: week 02-52/2 Mo 15:00-18:00", "schedule: week 01-53/2 Mo 15:00-18:00");
        assertEquals(List.of(), TestSites.lines(new Pipeline().check(new BuildOptions(site, java.time.LocalDate.of(2027, 1, 11), false, null))));
        // an offering that ends before the year does not meet then
        TestSites.replace(record, "schedule: week 01-53/2 Mo 15:00-18:00", "schedule: week 01-53/2 Mo 15:00-18:00\nactive: {until: 2026-12-20}");
        assertEquals(List.of(), TestSites.lines(check()));
    }
}
