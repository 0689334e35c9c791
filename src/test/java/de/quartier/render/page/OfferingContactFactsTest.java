package de.quartier.render.page;

import de.quartier.TestSites;
import de.quartier.build.BuildOptions;
import de.quartier.build.BuildResult;
import de.quartier.build.Pipeline;
import de.quartier.write.MemorySink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whom a resident asks about an offering, and which number is for signing up. */
class OfferingContactFactsTest {
    private static final String RECORD = "content/offerings/sprechstunde.md";
    /** The day after the base site's Lesefest (5 December 2026). */
    private static final java.time.LocalDate DAY_AFTER = java.time.LocalDate.of(2026, 12, 6);

    @TempDir
    Path temp;

    private String page(Path site) throws Exception {
        return new String(TestSites.buildInMemory(site).get("angebote/sprechstunde/index.html"), StandardCharsets.UTF_8);
    }

    @Test
    void anOfferingAtAnOfficeNamesTheOfficesPhoneForEnquiries() throws Exception {
        String page = page(TestSites.copyBase(temp.resolve("site")));
        assertTrue(page.contains("<dt>Auskunft</dt><dd><a href=\"tel:02041000200\">02041 000-200</a></dd>"), page);
    }

    @Test
    void withoutAPhoneTheOfficesEmail() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.replace(site.resolve("content/contact-points/quartiersbuero-altstadt.md"), "phone: 02041 000-200\n", "");
        String page = page(site);
        assertTrue(page.contains("<dt>Auskunft</dt><dd><a href=\"mailto:altstadt@example.org\">altstadt@example.org</a></dd>"), page);
    }

    @Test
    void withoutPhoneAndEmailTheFirstContactPersonWhoCanBeReached() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path cp = site.resolve("content/contact-points/quartiersbuero-altstadt.md");
        TestSites.replace(cp, "phone: 02041 000-200\n", "");
        TestSites.replace(cp, "email: altstadt@example.org\n", "");
        assertTrue(page(site).contains("<dt>Auskunft</dt><dd><a href=\"tel:02041000201\">02041 000-201</a></dd>"));
        TestSites.replace(cp, "{role: Quartiersmanagerin, phone: 02041 000-201, email: qm@example.org}", "{role: Quartiersmanagerin, email: qm@example.org}");
        assertTrue(page(site).contains("<dt>Auskunft</dt><dd><a href=\"mailto:qm@example.org\">qm@example.org</a></dd>"));
    }

    @Test
    void aRegistrationRequiredAwayFromAnOfficeWithoutAWayToSignUpIsWarnedOf() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path lesefest = site.resolve("content/offerings/lesefest.md");
        TestSites.replace(lesefest, "registration: {required: yes, url: https://example.org/lesefest-anmeldung}", "registration: {required: yes}");
        assertEquals(List.of("warning missing-field content/offerings/lesefest.md:11:1"), TestSites.lines(TestSites.check(site)));
        // once the event has taken place its page leaves the registration out: nothing to warn of
        assertEquals(List.of(), TestSites.lines(new Pipeline().check(new BuildOptions(site, DAY_AFTER, false, null))));
        // with a phone, or at an office (whose phone the page names for enquiries), it says how
        TestSites.replace(lesefest, "registration: {required: yes}", "registration: {required: yes, phone: 02041 000-300}");
        assertEquals(List.of(), TestSites.lines(TestSites.check(site)));
        TestSites.replace(site.resolve(RECORD), "registration: {required: no}", "registration: {required: yes}");
        assertEquals(List.of(), TestSites.lines(TestSites.check(site)));
    }

    @Test
    void aRegistrationNumberIsLabelledAsOneAndReplacesTheEnquiries() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.replace(site.resolve(RECORD), "registration: {required: no}",
                "registration: {required: yes, phone: 02041 000-300, email: anmeldung@example.org}");
        String page = page(site);
        assertTrue(page.contains("<dt>Anmeldung per Telefon</dt><dd><a href=\"tel:02041000300\">02041 000-300</a>"), page);
        assertTrue(page.contains("<dt>Anmeldung per E-Mail</dt><dd><a href=\"mailto:anmeldung@example.org\">"), page);
        assertFalse(page.contains("Auskunft"), page);
        assertFalse(page.contains("<dt>Telefon</dt>"), page);
    }

    @Test
    void aNumberGivenWhereSigningUpIsNotNeededIsTheOneToAsk() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.replace(site.resolve(RECORD), "registration: {required: no}", "registration: {required: no, phone: 02041 000-300}");
        String page = page(site);
        assertTrue(page.contains("<dt>Auskunft</dt><dd><a href=\"tel:02041000300\">02041 000-300</a></dd>"), page);
        assertFalse(page.contains("Anmeldung per"), page);
        assertFalse(page.contains("02041 000-200"), "the office's number gives way to the offering's own");
    }

    @Test
    void anEndedOfferingNamesNobodyToAskAndTakesNoSignUps() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.replace(site.resolve(RECORD), "registration: {required: no}",
                "registration: {required: yes, phone: 02041 000-300}\nactive: {until: 2026-10-31}");
        String page = page(site);
        assertTrue(page.contains("Dieses Angebot gibt es nicht mehr."), page);
        assertFalse(page.contains("Auskunft"), page);
        assertFalse(page.contains("Anmeldung"), page);
        assertFalse(page.contains("02041 000-300"), page);
        assertFalse(page.contains("kalender.ics"), page);
    }

    @Test
    void anOfficeThatClosedShowsWhereItWasAndWhatWasOfferedButNoHoursNumbersOrWayThere() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path office = site.resolve("content/contact-points/quartiersbuero-altstadt.md");
        TestSites.replace(office, "active: {from: 2020-03}", "active: {from: 2020-03, until: 2026-11-10}");
        String before = java.nio.file.Files.readString(office);
        assertTrue(before.contains("opening_hours:") && before.contains("phone:"), "the office has hours and a number to leave out");
        MemorySink sink = new MemorySink();
        new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), sink);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(new String(sink.files().get("anlaufstellen/quartiersbuero-altstadt/index.html"),
                StandardCharsets.UTF_8));
        String facts = page.select("#angaben").text();
        assertTrue(facts.contains("Adresse"), facts);
        for (String gone : List.of("Öffnungszeiten", "Telefon", "E-Mail", "Route planen")) assertFalse(facts.contains(gone), gone + ": " + facts);
        assertTrue(page.select("#oeffnungszeiten, a[href$=.vcf], a[href^=tel:], a[href^=mailto:]").isEmpty(), page.select("main").html());
        String ld = page.select("script[type=application/ld+json]").html();
        assertTrue(ld.contains("\"address\"") && !ld.contains("telephone") && !ld.contains("openingHours"), ld);
    }

    @Test
    void anEventAheadAtAnOfficeThatClosedDidNotTakePlace() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.replace(site.resolve("content/contact-points/quartiersbuero-altstadt.md"), "active: {from: 2020-03}", "active: {from: 2020-03, until: 2026-11-10}");
        java.nio.file.Files.writeString(site.resolve("content/offerings/basar.md"),
                "---\ntitle: Basar\ncontact_point: quartiersbuero-altstadt\ndates:\n  - {start: 2026-12-10 14:00}\nactive: {until: 2026-11-10}\n---\n");
        MemorySink sink = new MemorySink();
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), sink);
        String page = new String(sink.files().get("angebote/basar/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("Dieses Angebot gibt es nicht mehr."), page);
        assertFalse(page.contains("hat stattgefunden"), page);
        assertTrue(TestSites.lines(r).contains("warning date-outside-active content/offerings/basar.md:5:13"), TestSites.lines(r).toString());
    }

    @Test
    void anEventWhoseDatesArePastTookPlaceAndOffersNoCalendar() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        String page = new String(TestSites.buildInMemory(site, DAY_AFTER).get("angebote/lesefest/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("Dieses Angebot hat stattgefunden."), page);
        assertFalse(page.contains("gibt es nicht mehr"), page);
        assertFalse(page.contains("kalender.ics"), page);
        // ended by its own last day, it still took place
        TestSites.replace(site.resolve("content/offerings/lesefest.md"), "operator: awo", "operator: awo\nactive: {until: 2026-12-05}");
        assertTrue(new String(TestSites.buildInMemory(site, DAY_AFTER).get("angebote/lesefest/index.html"), StandardCharsets.UTF_8)
                .contains("Dieses Angebot hat stattgefunden."));
        TestSites.replace(site.resolve("content/offerings/lesefest.md"), "operator: awo\nactive: {until: 2026-12-05}", "operator: awo");
        // before, the same page offers its date for a calendar
        assertTrue(new String(TestSites.buildInMemory(site).get("angebote/lesefest/index.html"), StandardCharsets.UTF_8)
                .contains("Termin in den eigenen Kalender übernehmen"));
    }
}
