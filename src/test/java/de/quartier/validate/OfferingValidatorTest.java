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

class OfferingValidatorTest {
    @TempDir
    Path site;

    private BuildResult check() throws Exception {
        return new Pipeline().check(new BuildOptions(site, TestSites.TODAY, false, null));
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
}
