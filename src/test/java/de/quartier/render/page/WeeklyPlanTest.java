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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The weekly plan on a quarter's page, as of the tests' build date (21 November 2026). */
class WeeklyPlanTest {
    /** The office's own plan: its entries do not name the place (the quarter's plan does). */
    private static final String OFFICE = "anlaufstellen/quartiersbuero-altstadt/index.html";

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
        assertTrue(plan.find(), "the page has a plan");
        String text = plan.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
        // a quarter's plan names where each takes place (the Spielmobil moves around: its page says where)
        assertEquals("Montag 17:00–19:00 Uhr: Kochkurs – Quartiersbüro Altstadt (ab 1. Dezember 2026) "
                + "Mittwoch 15:00–17:00 Uhr: Sprechstunde – Quartiersbüro Altstadt "
                + "Donnerstag 16:00–17:00 Uhr: Laternenbasteln – Quartiersbüro Altstadt (bis 3. Dezember 2026) "
                + "Freitag 15:00–18:00 Uhr: Spielmobil – unterwegs 19:00–21:00 Uhr: Stammtisch – Quartiersbüro Altstadt (jeden 1. Freitag im Monat) "
                + "Samstag 14:00–17:00 Uhr: Lesefest in der Schule – Grundschule am Markt (am 5. Dezember 2026)", text);
    }

    @Test
    void theFourWeeksAreFromTheBuildDateToTheDayBeforeItsFourthWeekEnds() throws IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path offerings = site.resolve("content/offerings");
        // the build date is 21 November 2026: the plan's last day is 18 December
        String[][] cases = {{"endet-heute", "until: 2026-11-21"}, {"beginnt-am-letzten-tag", "from: 2026-12-18"},
                {"beginnt-danach", "from: 2026-12-19"}, {"endet-am-letzten-tag", "until: 2026-12-18"}};
        for (String[] c : cases)
            java.nio.file.Files.writeString(offerings.resolve(c[0] + ".md"), "---\ntitle: " + c[0] + "\ncontact_point: quartiersbuero-altstadt\n"
                    + "schedule: Fr,Sa 10:00-11:00\nactive: {" + c[1] + "}\n---\n");
        String page = new String(TestSites.buildInMemory(site).get(OFFICE), StandardCharsets.UTF_8);
        page = page.substring(page.indexOf("<dl class=\"plan\">"), page.indexOf("</dl>", page.indexOf("<dl class=\"plan\">")));
        assertTrue(page.contains(">endet-heute</a> <span class=\"plan-note\">(bis 21. November 2026)</span>"), page);
        assertTrue(page.contains(">beginnt-am-letzten-tag</a> <span class=\"plan-note\">(ab 18. Dezember 2026)</span>"), page);
        assertFalse(page.contains(">beginnt-danach</a>"), "starts after the plan's weeks");
        assertTrue(page.contains(">endet-am-letzten-tag</a></dd>"), "runs to the plan's end: no note");
    }

    @Test
    void severalDatesStandUnderOneTerm() throws IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.replace(site.resolve("content/offerings/lesefest.md"), "  - {start: 2026-12-05 14:00, end: 2026-12-05 17:00}",
                "  - {start: 2026-12-05 14:00, end: 2026-12-05 17:00}\n  - {start: 2026-12-12 14:00, end: 2026-12-12 17:00}");
        String page = new String(TestSites.buildInMemory(site).get("angebote/lesefest/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<div><dt>Termine</dt><dd>Samstag, 5. Dezember 2026, 14:00–17:00 Uhr</dd>"
                + "<dd>Samstag, 12. Dezember 2026, 14:00–17:00 Uhr</dd></div>"), page);
        assertFalse(page.contains("<dt>Datum</dt>"), page);
        // after the first date: it stays, marked as past
        String later = new String(TestSites.buildInMemory(site, java.time.LocalDate.of(2026, 12, 6)).get("angebote/lesefest/index.html"), StandardCharsets.UTF_8);
        assertTrue(later.contains("<dd>Samstag, 5. Dezember 2026, 14:00–17:00 Uhr (vorbei)</dd><dd>Samstag, 12. Dezember 2026, 14:00–17:00 Uhr</dd>"), later);
    }

    @Test
    void aDayOnWhichARegularTimeDoesNotTakePlaceIsNamed() throws IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.append(site.resolve("site-config.yml"), "holidays: DE-NW\n");
        Path offerings = site.resolve("content/offerings");
        java.nio.file.Files.writeString(offerings.resolve("erzaehlcafe.md"), """
                ---
                title: Erzählcafé
                contact_point: quartiersbuero-altstadt
                schedule: Fr 10:00-12:00; PH off
                ---
                """);
        java.nio.file.Files.writeString(offerings.resolve("werkstatt.md"), """
                ---
                title: Werkstatt
                contact_point: quartiersbuero-altstadt
                schedule: Tu 16:00-18:00; Dec 22-Dec 31 off
                ---
                """);
        // a season that has not begun, a time closed on every day of the four weeks: not on the plan
        java.nio.file.Files.writeString(offerings.resolve("gartentreff.md"), """
                ---
                title: Gartentreff
                contact_point: quartiersbuero-altstadt
                schedule: Apr-Oct We 15:00-18:00
                ---
                """);
        java.nio.file.Files.writeString(offerings.resolve("winterpause.md"), """
                ---
                title: Winterpause
                contact_point: quartiersbuero-altstadt
                schedule: Mo 10:00-11:00; Dec 01-Jan 31 off
                ---
                """);
        // four weeks from 14 December: Christmas Day and New Year's Day are Fridays, 22 and 29 December Tuesdays
        java.util.Map<String, byte[]> files = TestSites.buildInMemory(site, java.time.LocalDate.of(2026, 12, 14));
        String page = plan(new String(files.get(OFFICE), StandardCharsets.UTF_8));
        assertTrue(page.contains(">Erzählcafé</a> <span class=\"plan-note\">(nicht am 25. Dezember 2026, 1. Januar 2027)</span>"), page);
        assertTrue(page.contains(">Werkstatt</a> <span class=\"plan-note\">(nicht am 22. Dezember 2026, 29. Dezember 2026)</span>"), page);
        assertFalse(page.contains(">Gartentreff</a>"), page);
        assertFalse(page.contains(">Winterpause</a>"), page);
        // the weeks before: nothing missed, and Winterpause on the two Mondays of November
        String before = plan(new String(TestSites.buildInMemory(site).get(OFFICE), StandardCharsets.UTF_8));
        assertTrue(before.contains(">Winterpause</a> <span class=\"plan-note\">(nicht am 7. Dezember 2026, 14. Dezember 2026)</span>"), before);
        assertTrue(before.contains(">Erzählcafé</a></dd>"), before);
        assertTrue(before.contains(">Werkstatt</a></dd>"), before);
    }

    @Test
    void joinedTimesUnfixedDaysAndRulesAreReadAsTheScheduleMeansThem() throws IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.append(site.resolve("site-config.yml"), "holidays: DE-NW\n");
        Path offerings = site.resolve("content/offerings");
        String[][] cases = {
                // December's extra hour joins the ordinary one: 16–18 every Friday, nothing missed
                {"bastelstunde", "Fr 16:00-17:00, Dec Fr 17:00-18:00"},
                // a holiday without fixed hours is neither held nor missed: the plan says what the schedule says of it
                {"fruehsport", "Fr 06:00-07:00; PH \"nach Absprache\""},
                // a season's time misses the holidays within it
                {"winterchor", "Oct-Mar Fr 19:00-20:00; PH off"},
                // the only first Friday of these weeks is New Year's Day: not on the plan
                {"monatstreff", "Fr[1] 18:00-19:00; PH off"}};
        for (String[] c : cases)
            java.nio.file.Files.writeString(offerings.resolve(c[0] + ".md"), "---\ntitle: " + c[0] + "\ncontact_point: quartiersbuero-altstadt\n"
                    + "schedule: '" + c[1] + "'\n---\n");
        java.util.Map<String, byte[]> files = TestSites.buildInMemory(site, java.time.LocalDate.of(2026, 12, 14));
        String plan = plan(new String(files.get(OFFICE), StandardCharsets.UTF_8));
        assertTrue(plan.contains("16:00–17:00 Uhr: <a href=\"/quartiere/angebote/bastelstunde/\">bastelstunde</a></dd>"), plan);
        assertTrue(plan.contains("17:00–18:00 Uhr: <a href=\"/quartiere/angebote/bastelstunde/\">bastelstunde</a> <span class=\"plan-note\">(Dezember)</span>"), plan);
        assertTrue(plan.contains(">fruehsport</a> <span class=\"plan-note\">(25. Dezember 2026, 1. Januar 2027: nach Absprache)</span>"), plan);
        // and its calendar, read the same way, leaves those days out
        String calendar = new String(files.get("angebote/fruehsport/kalender.ics"), StandardCharsets.UTF_8);
        assertTrue(calendar.matches("(?s).*\nEXDATE;TZID=Europe/Berlin:[^\n]*20261225T060000,20270101T060000.*"), calendar);
        assertTrue(plan.contains(">winterchor</a> <span class=\"plan-note\">(Oktober–März · nicht am 25. Dezember 2026, 1. Januar 2027)</span>"), plan);
        assertFalse(plan.contains(">monatstreff</a>"), plan);
    }

    private static String plan(String page) {
        int at = page.indexOf("<dl class=\"plan\">");
        return page.substring(at, page.indexOf("</dl>", at));
    }

}
