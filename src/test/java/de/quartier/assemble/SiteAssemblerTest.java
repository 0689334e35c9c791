package de.quartier.assemble;

import de.quartier.TestSites;
import de.quartier.build.BuildOptions;
import de.quartier.build.BuildResult;
import de.quartier.build.Pipeline;
import de.quartier.diag.Diagnostic;
import de.quartier.model.ContactPoint;
import de.quartier.model.Offering;
import de.quartier.model.Site;
import de.quartier.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteAssemblerTest {
    @TempDir
    Path site;

    private BuildResult check(LocalDate today, boolean drafts) throws Exception {
        return new Pipeline().check(new BuildOptions(site, today, drafts, null));
    }

    private Offering offering(Site s, String slug) {
        return s.offerings().stream().filter(o -> o.slug().value().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void offeringTakesQuartersAndOperatorFromItsContactPoint() throws Exception {
        TestSites.copyBase(site);
        Site s = check(TestSites.TODAY, false).site().orElseThrow();
        Offering o = offering(s, "sprechstunde");
        assertEquals(List.of("altstadt"), o.quarters().stream().map(r -> r.slug().value()).toList());
        assertEquals("stadt", o.operator().slug().value(), "the contact point's first operator");
        assertEquals("awo", offering(s, "lesefest").operator().slug().value(), "an explicit operator wins");
    }

    @Test
    void statusFollowsTheBuildDate() throws Exception {
        TestSites.copyBase(site);
        Files.writeString(site.resolve("content/contact-points/alt.md"), """
                ---
                title: Altes Büro
                quarters: altstadt
                operators: stadt
                address: {street: Weg 1, postal_code: 46236, city: Bottrop}
                geo: {lat: 51.52, lon: 6.93}
                active: {from: 2019-01, until: 2021-12}
                ---
                """);
        Files.writeString(site.resolve("content/offerings/im-alten-buero.md"), """
                ---
                title: Im alten Büro
                contact_point: alt
                schedule: Mo 10:00-12:00
                active: {until: 2021-12-31}
                ---
                """);
        Site before = check(LocalDate.of(2018, 6, 1), false).site().orElseThrow();
        Site during = check(LocalDate.of(2021, 12, 31), false).site().orElseThrow();
        Site after = check(LocalDate.of(2022, 1, 1), false).site().orElseThrow();
        ContactPoint alt = before.contactPoints().stream().filter(c -> c.slug().value().equals("alt")).findFirst().orElseThrow();
        assertEquals(Status.UPCOMING, before.status(alt));
        assertEquals(Status.CURRENT, during.status(alt), "until is inclusive: YYYY-MM runs to the month's last day");
        assertEquals(Status.ENDED, after.status(alt));
        assertEquals(Status.ENDED, after.status(offering(after, "im-alten-buero")));
    }

    @Test
    void datedOfferingEndsAfterItsLastDate() throws Exception {
        TestSites.copyBase(site);
        assertEquals(Status.CURRENT, statusOfLesefest(LocalDate.of(2026, 12, 5)));
        assertEquals(Status.ENDED, statusOfLesefest(LocalDate.of(2026, 12, 6)));
    }

    private Status statusOfLesefest(LocalDate today) throws Exception {
        Site s = check(today, false).site().orElseThrow();
        return s.status(offering(s, "lesefest"));
    }

    @Test
    void offeringAtAnEndedContactPointEndsWithAWarning() throws Exception {
        TestSites.copyBase(site);
        Path cp = site.resolve("content/contact-points/quartiersbuero-altstadt.md");
        TestSites.replace(cp, "active: {from: 2020-03}", "active: {from: 2020-03, until: 2025-06}");
        BuildResult r = check(TestSites.TODAY, false);
        Site s = r.site().orElseThrow();
        assertEquals(Status.ENDED, s.status(offering(s, "sprechstunde")));
        assertEquals(List.of("warning ends-after-place content/offerings/sprechstunde.md:3:16"), TestSites.lines(r));
    }

    @Test
    void signingUpAtAnOfficeWithoutPhoneOrEmailIsWarned() throws Exception {
        TestSites.copyBase(site);
        Path offering = site.resolve("content/offerings/sprechstunde.md");
        TestSites.replace(offering, "registration: {required: no}", "registration: {required: yes}");
        assertEquals(List.of(), TestSites.lines(check(TestSites.TODAY, false)), "the office has a phone number to sign up with");

        Path cp = site.resolve("content/contact-points/quartiersbuero-altstadt.md");
        TestSites.replace(cp, "phone: 02041 000-200\n", "");
        TestSites.replace(cp, "email: altstadt@example.org\n", "");
        assertEquals(List.of(), TestSites.lines(check(TestSites.TODAY, false)), "a person at the office has a number and address");

        TestSites.replace(cp, "{role: Quartiersmanagerin, phone: 02041 000-201, email: qm@example.org}", "{role: Quartiersmanagerin}");
        BuildResult r = check(TestSites.TODAY, false);
        assertEquals(List.of("warning missing-field content/offerings/sprechstunde.md:3:16"), TestSites.lines(r));
        Diagnostic d = r.diagnostics().sorted().get(0);
        assertTrue(d.message().contains("`quartiersbuero-altstadt` gives a phone number or e-mail address"), d.message());
        assertTrue(d.hint().contains("content/contact-points/quartiersbuero-altstadt.md"), d.hint());

        // an ended offering's page leaves its registration out
        TestSites.replace(offering, "schedule: We 15:00-17:00", "schedule: We 15:00-17:00\nactive: {until: 2025-12-31}");
        assertEquals(List.of(), TestSites.lines(check(TestSites.TODAY, false)));
        TestSites.replace(offering, "\nactive: {until: 2025-12-31}", "");
        TestSites.replace(offering, "registration: {required: yes}", "registration: {required: yes, note: im Büro während der Öffnungszeiten}");
        assertEquals(List.of(), TestSites.lines(check(TestSites.TODAY, false)), "the note says how");
    }

    @Test
    void anOfferingHeldWhileItsPlaceIsClosedByDateIsWarned() throws Exception {
        TestSites.copyBase(site);
        Path cp = site.resolve("content/contact-points/quartiersbuero-altstadt.md");
        Path offering = site.resolve("content/offerings/sprechstunde.md");
        // the office's weekly hours and holidays are its own: the Wednesday afternoon offering is not asked about them
        assertEquals(List.of(), TestSites.lines(check(TestSites.TODAY, false)));

        TestSites.replace(cp, "PH off", "PH off; Dec 24-Dec 31 off");
        BuildResult r = check(TestSites.TODAY, false);
        assertEquals(List.of("warning place-closed content/offerings/sprechstunde.md:3:16"), TestSites.lines(r));
        Diagnostic d = r.diagnostics().sorted().get(0);
        // 24 and 31 December 2026 are Thursdays: the Wednesday is the 30th, the only day it is held
        assertTrue(d.message().contains("is closed on 30.12.2026 (`Dec 24-Dec 31 off` in its opening_hours)"), d.message());
        assertTrue(d.hint().endsWith("schedule: We 15:00-17:00; Dec 24-Dec 31 off"), d.hint());

        // the hint mends it
        TestSites.replace(offering, "schedule: We 15:00-17:00", "schedule: We 15:00-17:00; Dec 24-Dec 31 off");
        assertEquals(List.of(), TestSites.lines(check(TestSites.TODAY, false)));
        // so does an offering's own end before the closure, and a day the place opens within it
        TestSites.replace(offering, "schedule: We 15:00-17:00; Dec 24-Dec 31 off", "schedule: We 15:00-17:00\nactive: {until: 2026-12-23}");
        assertEquals(List.of(), TestSites.lines(check(TestSites.TODAY, false)));
        TestSites.replace(offering, "\nactive: {until: 2026-12-23}", "");
        TestSites.replace(cp, "PH off; Dec 24-Dec 31 off", "PH off; Dec 24-Dec 31 off; Dec 30 10:00-12:00");
        assertEquals(List.of(), TestSites.lines(check(TestSites.TODAY, false)));

        // a closure by weeks; and on several days, the first three are named
        TestSites.replace(cp, "PH off; Dec 24-Dec 31 off; Dec 30 10:00-12:00", "PH off; week 01-04 off");
        r = check(TestSites.TODAY, false);
        d = r.diagnostics().sorted().get(0);
        // (30 December 2026 lies in week 53)
        assertTrue(d.message().contains("is closed on 06.01.2027, 13.01.2027, 20.01.2027 and 1 more day (`week 01-04 off`"), d.message());

        // a closure with a comment that holds ": " is quoted in the hint, or the line would not be YAML
        TestSites.replace(cp, "opening_hours: Mo,Tu 09:00-13:00; We,Th 13:30-17:30; PH off; week 01-04 off",
                "opening_hours: 'Mo,Tu 09:00-13:00; We,Th 13:30-17:30; PH off; Dec 24-Dec 31 off \"Pause: zu\"'");
        d = check(TestSites.TODAY, false).diagnostics().sorted().get(0);
        assertTrue(d.hint().endsWith("schedule: 'We 15:00-17:00; Dec 24-Dec 31 off \"Pause: zu\"'"), d.hint());

        // an event with dates is not asked: its dates are what the editor wrote for it
        TestSites.replace(offering, "schedule: We 15:00-17:00", "dates: [{start: 2026-12-30 15:00, end: 2026-12-30 17:00}]");
        assertEquals(List.of(), TestSites.lines(check(TestSites.TODAY, false)).stream().filter(l -> l.contains("place-closed")).toList());
    }

    @Test
    void aReferenceToNoneOfAFewNamesThemToChooseFrom() throws Exception {
        TestSites.copyBase(site);
        TestSites.replace(site.resolve("content/offerings/spielmobil.md"), "operator: stadt", "operator: stadtverwaltung-rathaus");
        BuildResult r = check(TestSites.TODAY, false);
        assertEquals(List.of("error dangling-ref content/offerings/spielmobil.md:5:11"), TestSites.lines(r));
        assertEquals("no file content/operators/stadtverwaltung-rathaus.md or .yml exists; choose one of awo, stadt",
                r.diagnostics().sorted().get(0).hint());
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() throws Exception {
        TestSites.copyBase(site);
        Files.writeString(site.resolve("content/pages/entwurf.md"), "---\ntitle: Entwurf\ndraft: true\n---\n");
        assertEquals(1, check(TestSites.TODAY, false).site().orElseThrow().pages().size());
        assertEquals(2, check(TestSites.TODAY, true).site().orElseThrow().pages().size());
    }

    @Test
    void referenceToADraftIsAnErrorAndAWarningWhereDraftsAreShown() throws Exception {
        TestSites.copyBase(site);
        Path op = site.resolve("content/operators/awo.yml");
        TestSites.replace(op, "title: AWO Teststadt", "title: AWO Teststadt\ndraft: true");
        BuildResult published = check(TestSites.TODAY, false);
        assertEquals(List.of("error ref-to-draft content/contact-points/quartiersbuero-altstadt.md:6:20",
                "error ref-to-draft content/offerings/lesefest.md:8:11"), TestSites.lines(published));
        // a failed run still says that a draft was left out: the reason its page is missing
        assertTrue(published.summary().endsWith("; 1 draft left out (draft: true)"), published.summary());
        // where drafts are shown (the preview), the same places are warned about: a build without drafts stops there
        BuildResult withDrafts = check(TestSites.TODAY, true);
        assertTrue(withDrafts.ok());
        assertEquals(List.of("warning ref-to-draft content/contact-points/quartiersbuero-altstadt.md:6:20",
                "warning ref-to-draft content/offerings/lesefest.md:8:11"), TestSites.lines(withDrafts));
    }

    @Test
    void aHalfWrittenDraftHoldsUpNothingAndShowsAllItsProblemsWhenDraftsAreBuilt() throws Exception {
        TestSites.copyBase(site);
        // as `quartier new` leaves it, with a German date and a typo in a reference
        Files.writeString(site.resolve("content/offerings/kochtreff.md"),
                "---\ndraft: true\ntitle:\ncontact_point: quartiersbuero-altstad\nschedule: We 15:00-17:00\nactive: {from: 01.01.2027}\n---\n");
        BuildResult published = check(TestSites.TODAY, false);
        assertEquals(List.of(), TestSites.lines(published));
        assertTrue(published.summary().endsWith("; 1 draft left out (draft: true)"), published.summary());
        assertEquals(List.of("error missing-field content/offerings/kochtreff.md:3:1", "error dangling-ref content/offerings/kochtreff.md:4:16",
                        "error bad-date content/offerings/kochtreff.md:6:16"),
                TestSites.lines(check(TestSites.TODAY, true)));
    }

    /** A published record that points at a draft is told so, also when the draft is not a record yet. */
    @Test
    void aReferenceToABrokenDraftIsAReferenceToADraft() throws Exception {
        TestSites.copyBase(site);
        Files.writeString(site.resolve("content/contact-points/neues-buero.md"), "---\ndraft: true\ntitle:\n---\n");
        TestSites.replace(site.resolve("content/offerings/sprechstunde.md"), "contact_point: quartiersbuero-altstadt", "contact_point: neues-buero");
        List<Diagnostic> d = check(TestSites.TODAY, false).diagnostics().sorted();
        assertEquals(List.of("error ref-to-draft content/offerings/sprechstunde.md:3:16"), d.stream().map(TestSites::line).toList());
        // shown with the drafts: the draft's own error, and a warning where the build stops
        List<String> shown = TestSites.lines(check(TestSites.TODAY, true));
        assertTrue(shown.contains("error missing-field content/contact-points/neues-buero.md:3:1"), shown.toString());
        assertEquals(List.of("warning ref-to-draft content/offerings/sprechstunde.md:3:16"), shown.stream().filter(l -> l.startsWith("warning")).toList());
        // a draft with errors that points at another draft: nothing to warn of, both are left out alike
        Files.writeString(site.resolve("content/offerings/entwurf.md"), "---\ndraft: true\ntitle:\ncontact_point: neues-buero\nschedule: Mo 10:00-11:00\n---\n");
        TestSites.replace(site.resolve("content/offerings/sprechstunde.md"), "contact_point: neues-buero", "contact_point: quartiersbuero-altstadt");
        List<String> drafts = TestSites.lines(check(TestSites.TODAY, true));
        assertTrue(drafts.contains("error missing-field content/offerings/entwurf.md:3:1"), drafts.toString());
        assertEquals(List.of(), drafts.stream().filter(l -> !l.contains("missing-field")).toList());
    }

    /** One run names all of a record's mistakes: its references are looked up also when it has errors of its own. */
    @Test
    void aRecordWithErrorsOfItsOwnHasItsReferencesCheckedToo() throws Exception {
        TestSites.copyBase(site);
        Path office = site.resolve("content/contact-points/quartiersbuero-altstadt.md");
        TestSites.replace(office, "title: Quartiersbüro Altstadt", "title:");
        TestSites.replace(office, "operators: [stadt, awo]", "operators: [stadt, awoo]");
        List<Diagnostic> d = check(TestSites.TODAY, false).diagnostics().sorted();
        assertEquals(List.of("error missing-field content/contact-points/quartiersbuero-altstadt.md:2:1",
                "error dangling-ref content/contact-points/quartiersbuero-altstadt.md:6:20"), d.stream().map(TestSites::line).toList());
        assertEquals("did you mean `awo`?", d.get(1).hint());
        // a reference to it is not reported a second time: the record's own errors are
        assertTrue(d.stream().noneMatch(x -> x.at().path().contains("offerings/")), d.toString());
    }

    /** A quarter named by one of its other names, an operator by the start of its slug: the hint names the record meant. */
    @Test
    void aReferenceByAnotherNameOrAPartOfTheSlugIsToldTheRecordMeant() throws Exception {
        TestSites.copyBase(site);
        TestSites.replace(site.resolve("content/offerings/lesefest.md"), "quarters: [altstadt]", "quarters: [innenstadt]");
        Files.writeString(site.resolve("content/operators/caritas-bottrop.md"), "---\ntitle: Caritas Bottrop\n---\n");
        TestSites.replace(site.resolve("content/contact-points/quartiersbuero-altstadt.md"), "operators: [stadt, awo]", "operators: [stadt, caritas]");
        List<Diagnostic> d = check(TestSites.TODAY, false).diagnostics().sorted().stream().filter(x -> x.code() == de.quartier.diag.Code.DANGLING_REF).toList();
        assertEquals(2, d.size(), d.toString());
        assertEquals("did you mean `caritas-bottrop`?", d.get(0).hint(), "the one operator whose slug begins with it");
        assertEquals("did you mean `altstadt`?", d.get(1).hint(), "the quarter with aliases: [Innenstadt]");
    }

    /** Its body's links to records, too: a typo there shows beside the record's other errors. */
    @Test
    void aRecordWithErrorsOfItsOwnHasItsBodysRecordLinksCheckedToo() throws Exception {
        TestSites.copyBase(site);
        Path office = site.resolve("content/contact-points/quartiersbuero-altstadt.md");
        TestSites.replace(office, "title: Quartiersbüro Altstadt", "title:");
        TestSites.append(office, "\nMittwochs: [Sprechstunde](offerings/sprechstunde.md), [Lesefest](offerings/lesefst.md).\n");
        List<Diagnostic> d = check(TestSites.TODAY, false).diagnostics().sorted();
        assertEquals(List.of("error missing-field content/contact-points/quartiersbuero-altstadt.md:2:1",
                "error dangling-ref content/contact-points/quartiersbuero-altstadt.md:26:66"), d.stream().map(TestSites::line).toList());
        assertEquals("did you mean `lesefest`?", d.get(1).hint());
    }

    /** Without --drafts nothing of a draft is checked: not its translation, not its name. */
    @Test
    void aDraftsTranslationAndNameAreCheckedOnlyWithDrafts() throws Exception {
        TestSites.copyBase(site);
        TestSites.replace(site.resolve("site-config.yml"), "timezone: Europe/Berlin", "timezone: Europe/Berlin\nlanguages: [de, tr]");
        TestSites.replace(site.resolve("content/offerings/lesefest.md"), "title: Lesefest in der Schule", "title: Lesefest in der Schule\ndraft: true");
        Files.writeString(site.resolve("content/offerings/lesefest.tr.md"), "---\ntitle: Okuma şenliği\ncost: ücretsiz\n---\n");
        Files.writeString(site.resolve("content/pages/suche.md"), "---\ntitle: Suche\ndraft: true\n---\n");
        assertEquals(List.of(), TestSites.lines(check(TestSites.TODAY, false)));
        assertEquals(List.of("error translation-field content/offerings/lesefest.tr.md:3:1", "error reserved-slug content/pages/suche.md:1:1"),
                TestSites.lines(check(TestSites.TODAY, true)));
    }
}
