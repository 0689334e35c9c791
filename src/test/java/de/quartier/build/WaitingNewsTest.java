package de.quartier.build;

import de.quartier.TestSites;
import de.quartier.diag.Diagnostic;
import de.quartier.write.MemorySink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A news item dated after the build's day waits for it: left out, named in the summary, checked now, shown marked in the preview. */
class WaitingNewsTest {
    private static final String PAGE = "aktuelles/eroeffnung/index.html";
    private static final String RECORD = "content/news/eroeffnung.md";

    @TempDir
    Path temp;

    private record Built(BuildResult result, Map<String, byte[]> files) {
        String text(String path) {
            return new String(files.get(path), StandardCharsets.UTF_8);
        }
    }

    private Path siteWithNewsOn(String date) throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.replace(site.resolve(RECORD), "date: 2026-03-01", "date: " + date);
        return site;
    }

    private static Built build(Path site, LocalDate today, boolean drafts) throws Exception {
        MemorySink sink = new MemorySink();
        BuildResult r = new Pipeline().build(new BuildOptions(site, today, drafts, null), sink);
        return new Built(r, sink.files());
    }

    private static Built built(Path site, LocalDate today, boolean drafts) throws Exception {
        Built b = build(site, today, drafts);
        assertTrue(b.result().ok(), TestSites.lines(b.result()).toString());
        return b;
    }

    private static void news(Path site, String slug, String date, String body) throws Exception {
        Files.writeString(site.resolve("content/news/" + slug + ".md"), "---\ntitle: " + slug + "\ndate: " + date + "\n---\n" + body + "\n");
    }

    @Test
    void aNewsItemDatedAfterTodayIsLeftOutEverywhereAndNamedInTheSummary() throws Exception {
        Built b = built(siteWithNewsOn("2026-12-10"), TestSites.TODAY, false);
        assertFalse(b.files().containsKey(PAGE), "published before its date");
        // no listing, quarter page, feed, search file or sitemap mentions it
        b.files().forEach((path, bytes) -> assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("Büro eröffnet"), path));
        b.files().forEach((path, bytes) -> assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("aktuelles/eroeffnung"), path));
        assertTrue(b.result().summary().endsWith("; 1 news item waits for its date: content/news/eroeffnung.md (2026-12-10)"), b.result().summary());
        assertTrue(b.result().summary("sites/x/").endsWith("waits for its date: sites/x/content/news/eroeffnung.md (2026-12-10)"));
        assertFalse(b.result().summary().contains("draft"), b.result().summary());
        assertEquals(0, b.result().site().orElseThrow().news().size());
    }

    @Test
    void manyAreNamedByTheFirstAndTheLastSoAMistypedYearShows() throws Exception {
        Path site = siteWithNewsOn("2026-12-10");
        news(site, "weihnachtsmarkt", "2026-12-01", "Markt.");
        news(site, "fruehjahrsputz", "2027-03-20", "Putzen.");
        news(site, "sommerfest", "2062-06-08", "Fest.");
        Built b = built(site, TestSites.TODAY, false);
        assertTrue(b.result().summary().endsWith("; 4 news items wait for their dates, from content/news/weihnachtsmarkt.md (2026-12-01)"
                + " to content/news/sommerfest.md (2062-06-08)"), b.result().summary());
        // more than a year ahead: a warning besides, at its date, and also where drafts are built (the preview)
        assertEquals(List.of("warning date-far-ahead content/news/sommerfest.md:3:7"), TestSites.lines(b.result()));
        assertEquals(List.of("warning date-far-ahead content/news/sommerfest.md:3:7"),
                TestSites.lines(new Pipeline().check(new BuildOptions(site, TestSites.TODAY, true, null))));
    }

    @Test
    void onItsDateItIsPublished() throws Exception {
        Built b = built(siteWithNewsOn("2026-12-10"), LocalDate.of(2026, 12, 10), false);
        assertTrue(b.files().containsKey(PAGE));
        assertFalse(b.text(PAGE).contains("Erscheint am"));
        assertFalse(b.result().summary().contains("waits"), b.result().summary());
    }

    @Test
    void thePreviewShowsItMarkedWithItsDate() throws Exception {
        Built b = built(siteWithNewsOn("2026-12-10"), TestSites.TODAY, true);
        assertTrue(b.text(PAGE).contains("Erscheint am 10. Dezember 2026"), b.text(PAGE));
        assertTrue(b.text(PAGE).contains("erst an ihrem Datum"), b.text(PAGE));
        // and in the list of news, so it is not passed off as published there
        assertTrue(b.text("aktuelles/index.html").contains("Erscheint am 10. Dezember 2026"), b.text("aktuelles/index.html"));
        assertFalse(b.result().summary().contains("waits"), b.result().summary());
    }

    @Test
    void itsMistakesAreReportedBeforeItsDate() throws Exception {
        Path site = siteWithNewsOn("2026-12-10");
        TestSites.replace(site.resolve(RECORD), "quarters: [altstadt]", "quarters: [neustadt]");
        TestSites.append(site.resolve(RECORD), "\n[Büro](anlaufstellen/gibt-es-nicht/) und [Zeiten](anlaufstellen/quartiersbuero-altstadt/#nirgends)\n");
        assertEquals(List.of("error dangling-ref content/news/eroeffnung.md:4:12"), TestSites.lines(TestSites.check(site)));
        // the links of its body are checked against the rendered pages, as they would be on its day
        TestSites.replace(site.resolve(RECORD), "quarters: [neustadt]", "quarters: [altstadt]");
        Built b = build(site, TestSites.TODAY, false);
        assertEquals(List.of("error broken-link content/news/eroeffnung.md:8:8", "error broken-link content/news/eroeffnung.md:8:51"),
                TestSites.lines(b.result()));
        news(site, "seite", "2026-12-11", "Gesucht.");
        TestSites.replace(site.resolve(RECORD), "\n[Büro](anlaufstellen/gibt-es-nicht/) und [Zeiten](anlaufstellen/quartiersbuero-altstadt/#nirgends)\n", "\n");
        assertEquals(List.of("error reserved-slug content/news/seite.md:1:1"), TestSites.lines(TestSites.check(site)));
    }

    @Test
    void aLinkToItBeforeItsDateIsAnErrorNamingTheDate() throws Exception {
        Path site = siteWithNewsOn("2026-12-10");
        TestSites.append(site.resolve("content/pages/impressum.md"), "\n[Neues Büro](news/eroeffnung.md)\n");
        BuildResult r = TestSites.check(site);
        assertEquals(1, r.diagnostics().sorted().size(), TestSites.lines(r).toString());
        Diagnostic d = r.diagnostics().sorted().get(0);
        assertEquals("ref-to-waiting", d.code().id());
        assertTrue(d.message().contains("is dated 10.12.2026"), d.message());
        assertTrue(new Pipeline().check(new BuildOptions(site, LocalDate.of(2026, 12, 10), false, null)).ok());
        // by the page's address: a broken link, told why
        TestSites.replace(site.resolve("content/pages/impressum.md"), "(news/eroeffnung.md)", "(aktuelles/eroeffnung/)");
        List<Diagnostic> byAddress = build(site, TestSites.TODAY, false).result().diagnostics().sorted();
        assertEquals(List.of("broken-link"), byAddress.stream().map(x -> x.code().id()).toList());
        assertTrue(byAddress.get(0).hint().startsWith("that is the page of content/news/eroeffnung.md, which is dated 10.12.2026"), byAddress.get(0).hint());
        // also without the closing slash
        TestSites.replace(site.resolve("content/pages/impressum.md"), "(aktuelles/eroeffnung/)", "(aktuelles/eroeffnung)");
        List<Diagnostic> noSlash = build(site, TestSites.TODAY, false).result().diagnostics().sorted();
        assertEquals(List.of("broken-link"), noSlash.stream().map(x -> x.code().id()).toList());
        assertTrue(noSlash.get(0).hint().startsWith("that is the page of content/news/eroeffnung.md"), noSlash.get(0).hint());
    }

    @Test
    void aNewsItemThatAppearsTheSameDayOrLaterMayLinkToIt() throws Exception {
        Path site = siteWithNewsOn("2026-12-10");
        news(site, "rueckblick", "2026-12-10", "Siehe [Eröffnung](news/eroeffnung.md) und [dort](aktuelles/eroeffnung/).");
        news(site, "vorschau", "2026-12-09", "Bald: [Eröffnung](news/eroeffnung.md).");
        Built b = build(site, TestSites.TODAY, false);
        assertEquals(List.of("error ref-to-waiting content/news/vorschau.md:5:19"), TestSites.lines(b.result()));
    }

    @Test
    void wherePreviewShowsItALinkToItIsAWarningAtTheSamePlace() throws Exception {
        Path site = siteWithNewsOn("2026-12-10");
        TestSites.append(site.resolve("content/pages/impressum.md"), "\n[Neues Büro](news/eroeffnung.md)\n");
        List<Diagnostic> errors = TestSites.check(site).diagnostics().sorted();
        Built shown = built(site, TestSites.TODAY, true);
        List<Diagnostic> warnings = shown.result().diagnostics().sorted();
        assertEquals(List.of("warning ref-to-waiting content/pages/impressum.md:" + errors.get(0).at().line() + ":" + errors.get(0).at().column()),
                TestSites.lines(shown.result()));
        assertTrue(warnings.get(0).message().contains("is dated 10.12.2026") && warnings.get(0).message().endsWith("until then `build` and `check` without `--drafts` stop at this with an error"),
                warnings.get(0).message());
        // a news item due before it warns as its build fails; one due the same day does not
        news(site, "vorschau", "2026-12-09", "Bald: [Eröffnung](news/eroeffnung.md).");
        news(site, "rueckblick", "2026-12-10", "Siehe [Eröffnung](news/eroeffnung.md).");
        TestSites.replace(site.resolve("content/pages/impressum.md"), "\n[Neues Büro](news/eroeffnung.md)\n", "\n");
        assertEquals(List.of("error ref-to-waiting content/news/vorschau.md:5:19"), TestSites.lines(TestSites.check(site)));
        assertEquals(List.of("warning ref-to-waiting content/news/vorschau.md:5:19"), TestSites.lines(built(site, TestSites.TODAY, true).result()));
        Files.delete(site.resolve("content/news/vorschau.md"));
        Files.delete(site.resolve("content/news/rueckblick.md"));
        TestSites.append(site.resolve("content/pages/impressum.md"), "\n[Neues Büro](news/eroeffnung.md)\n");
        // a draft pointed at from a published record: the same
        TestSites.replace(site.resolve("content/pages/impressum.md"), "(news/eroeffnung.md)", "(pages/entwurf.md)");
        Files.writeString(site.resolve("content/pages/entwurf.md"), "---\ntitle: Entwurf\ndraft: true\n---\nBald.\n");
        assertEquals(List.of("error ref-to-draft"), TestSites.check(site).diagnostics().sorted().stream()
                .map(d -> d.severity().name().toLowerCase() + " " + d.code().id()).toList());
        assertEquals(List.of("warning ref-to-draft"), built(site, TestSites.TODAY, true).result().diagnostics().sorted().stream()
                .map(d -> d.severity().name().toLowerCase() + " " + d.code().id()).toList());
        // a draft may point at a draft
        TestSites.replace(site.resolve("content/pages/impressum.md"), "title: Impressum\n", "title: Impressum\ndraft: true\n");
        assertTrue(built(site, TestSites.TODAY, true).result().diagnostics().sorted().isEmpty());
    }
}
