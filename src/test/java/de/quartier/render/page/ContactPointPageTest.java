package de.quartier.render.page;

import de.quartier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An office's page says where it is once: in its facts, not again in each card and below the map. */
class ContactPointPageTest {
    private static final String OFFICE = "anlaufstellen/quartiersbuero-altstadt/index.html";

    @TempDir
    Path temp;

    private static Map<String, byte[]> build(Path site) throws Exception {
        return TestSites.buildInMemory(site);
    }

    private static String page(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** A record's page says how current it is, on screen and on paper: its `updated`, else its file's last commit; without either, nothing. */
    @Test
    void aPageSaysWhenItsRecordWasLastChanged() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        // a copy outside any Git repository: no commit dates
        org.junit.jupiter.api.Assertions.assertFalse(page(build(site), OFFICE).contains("class=\"updated\""));
        TestSites.replace(site.resolve("content/contact-points/quartiersbuero-altstadt.md"), "kind: Quartiersbüro", "kind: Quartiersbüro\nupdated: 2026-10-12");
        Map<String, byte[]> files = build(site);
        String page = page(files, OFFICE);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("<p class=\"updated\">Stand: 12. Oktober 2026</p>\n</article>"), page);
    }

    @Test
    void anOfficeThatEndedBeforeAProgrammesPeriodDoesNotShowThatPeriod() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        String running = page(build(site), OFFICE);
        assertTrue(running.contains("FKZ-0001"), "the programme's reference beside a running office");
        // the office ran 2015-2019; the programme's period (2020-2030) and reference belong to later work
        TestSites.replace(site.resolve("content/contact-points/quartiersbuero-altstadt.md"), "active: {from: 2020-03}", "active: {from: 2015-03, until: 2019-12}");
        String ended = page(build(site), OFFICE);
        String programmes = ended.substring(ended.indexOf("id=\"programme\""));
        programmes = programmes.substring(0, programmes.indexOf("</section>"));
        assertTrue(programmes.contains("Soziale Stadt"), programmes);
        assertFalse(programmes.contains("2030") || programmes.contains("FKZ-0001"), programmes);
    }

    @Test
    void theOfficesAddressIsGivenOnceOnItsPage() throws Exception {
        Map<String, byte[]> files = build(TestSites.copyBase(temp.resolve("site")));
        String office = page(files, OFFICE);
        // what a reader sees: the map's marker data (its popup) left aside
        String main = office.substring(office.indexOf("<main"), office.indexOf("</main>")).replaceAll("data-map='[^']*'", "");
        assertEquals(1, count(main, "Hansastraße 1, 46236 Bottrop"), main);
        assertTrue(main.contains("angebote/sprechstunde/"), "the offering is still listed");
        assertFalse(main.contains("<dt>Wo</dt>"), main);
        assertFalse(main.contains("id=\"orte\""), main);
        assertTrue(main.contains("<a href=\"#angaben\">"), "the map's placeholder leads to the facts");
        // elsewhere the same offering's card still says where it is
        String quarter = page(files, "quartiere/altstadt/index.html");
        assertTrue(quarter.contains("<dt>Wo</dt><dd>Quartiersbüro Altstadt, Hansastraße 1, 46236 Bottrop</dd>"), quarter);
    }

    /** What a resident looks for comes first, on a phone's first screen: an office's hours, an offering's cost and sign-up. */
    @Test
    void hoursCostAndSignUpAreAmongTheFirstFacts() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.replace(site.resolve("content/offerings/lesefest.md"), "registration:", "target_groups: [Kinder]\ncost: kostenlos\nregistration:");
        Map<String, byte[]> files = build(site);
        String office = page(files, OFFICE);
        String facts = office.substring(office.indexOf("<dl"), office.indexOf("</dl>"));
        assertTrue(facts.contains("<dt>Öffnungszeiten</dt><dd><a href=\"#oeffnungszeiten\">Mo, Di 09:00–13:00 Uhr;"), facts);
        assertTrue(facts.indexOf("Öffnungszeiten") < facts.indexOf("<dt>Telefon"), facts);
        String offering = page(files, "angebote/lesefest/index.html");
        int cost = offering.indexOf("<dt>Kosten</dt>");
        int signUp = offering.indexOf("<dt>Anmeldung</dt>");
        int forWhom = offering.indexOf("<dt>Für wen</dt>");
        assertTrue(cost > 0 && signUp > cost && forWhom > signUp, offering);
    }

    @Test
    void theOfficesListOfAllItsOfferingsLeavesOutThePlaceToo() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        for (int i = 1; i <= 60; i++)
            java.nio.file.Files.writeString(site.resolve("content/offerings/kurs-" + i + ".md"),
                    "---\ntitle: Kurs " + i + "\ncontact_point: quartiersbuero-altstadt\nschedule: Mo 10:00-11:00\n---\n");
        Map<String, byte[]> files = build(site);
        List<String> lists = files.keySet().stream().filter(p -> p.startsWith("anlaufstellen/quartiersbuero-altstadt/angebote/")).toList();
        assertFalse(lists.isEmpty(), files.keySet().toString());
        for (String p : lists) assertEquals(0, count(page(files, p), "<dt>Wo</dt>"), p);
        assertTrue(lists.stream().anyMatch(p -> page(files, p).contains(">Kurs 60</a>")), lists.toString());
    }

    @Test
    void aProgrammeThatHasRunOutIsMarkedEnded() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.replace(site.resolve("content/programs/soziale-stadt.md"), "until: 2030-12", "until: 2024-12");
        String office = page(build(site), OFFICE);
        assertTrue(office.contains("<dt>Laufzeit</dt><dd>Januar 2020 – Dezember 2024 · Beendet</dd>"), office);
    }
}
