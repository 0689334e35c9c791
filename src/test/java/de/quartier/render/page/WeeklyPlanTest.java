package de.quartier.render.page;

import de.quartier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The weekly plan on a quarter's page, as of the tests' build date (21 November 2026). */
class WeeklyPlanTest {
    @TempDir
    Path temp;

    @Test
    void aRegularOfferingIsOnThePlanOnlyWhileItRunsWithinTheFourWeeks() throws IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path offerings = site.resolve("content/offerings");
        // starts after the four weeks: not on the plan
        java.nio.file.Files.writeString(offerings.resolve("naehcafe.md"), """
                ---
                title: Nähcafé
                contact_point: quartiersbuero-altstadt
                schedule: Tu 09:00-13:00
                active: {from: 2027-02-02}
                ---
                """);
        // starts within them, ends within them, and a rule in words
        java.nio.file.Files.writeString(offerings.resolve("kochkurs.md"), """
                ---
                title: Kochkurs
                contact_point: quartiersbuero-altstadt
                schedule: Mo 17:00-19:00
                active: {from: 2026-12-01}
                ---
                """);
        java.nio.file.Files.writeString(offerings.resolve("laternen.md"), """
                ---
                title: Laternenbasteln
                contact_point: quartiersbuero-altstadt
                schedule: Th 16:00-17:00
                active: {from: 2026-10-01, until: 2026-12-03}
                ---
                """);
        java.nio.file.Files.writeString(offerings.resolve("stammtisch.md"), """
                ---
                title: Stammtisch
                contact_point: quartiersbuero-altstadt
                schedule: Fr[1] 19:00-21:00
                ---
                """);
        String page = new String(TestSites.buildInMemory(site).get("quartiere/altstadt/index.html"), StandardCharsets.UTF_8);
        Matcher plan = Pattern.compile("<dl class=\"plan\">(.*?)</dl>", Pattern.DOTALL).matcher(page);
        org.junit.jupiter.api.Assertions.assertTrue(plan.find(), "the page has a plan");
        String text = plan.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
        assertEquals("Montag 17:00–19:00 Uhr: Kochkurs (ab 1. Dezember 2026) "
                + "Mittwoch 15:00–17:00 Uhr: Sprechstunde "
                + "Donnerstag 16:00–17:00 Uhr: Laternenbasteln (bis 3. Dezember 2026) "
                + "Freitag 15:00–18:00 Uhr: Spielmobil 19:00–21:00 Uhr: Stammtisch (jeden 1. Freitag im Monat) "
                + "Samstag 14:00–17:00 Uhr: Lesefest in der Schule (am 5. Dezember 2026)", text);
    }
}
