package de.quartier.build;

import de.quartier.TestSites;
import de.quartier.write.MemorySink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A news item dated after the build's day waits for it: left out, named in the summary, shown marked in the preview. */
class WaitingNewsTest {
    private static final String PAGE = "aktuelles/eroeffnung/index.html";

    @TempDir
    Path temp;

    private Path siteWithNewsOn(String date) throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.replace(site.resolve("content/news/eroeffnung.md"), "date: 2026-03-01", "date: " + date);
        return site;
    }

    private static Map<String, byte[]> built(Path site, LocalDate today, boolean drafts, BuildResult[] result) throws Exception {
        MemorySink sink = new MemorySink();
        result[0] = new Pipeline().build(new BuildOptions(site, today, drafts, null), sink);
        assertTrue(result[0].ok(), TestSites.lines(result[0]).toString());
        return sink.files();
    }

    @Test
    void aNewsItemDatedAfterTodayIsLeftOutAndNamedInTheSummary() throws Exception {
        Path site = siteWithNewsOn("2026-12-10");
        BuildResult[] r = new BuildResult[1];
        Map<String, byte[]> files = built(site, TestSites.TODAY, false, r);
        assertFalse(files.containsKey(PAGE), "published before its date");
        String listing = new String(files.get("aktuelles/index.html"), StandardCharsets.UTF_8);
        assertFalse(listing.contains("Büro eröffnet"), "listed before its date");
        assertFalse(files.keySet().stream().anyMatch(p -> p.endsWith(".xml") && new String(files.get(p), StandardCharsets.UTF_8)
                .contains("Büro eröffnet")), "in a feed before its date");
        assertTrue(r[0].summary().endsWith("; 1 news item waits for its date: content/news/eroeffnung.md (2026-12-10)"), r[0].summary());
        assertFalse(r[0].summary().contains("draft"), r[0].summary());
        assertEquals(0, r[0].site().orElseThrow().news().size());
    }

    @Test
    void onItsDateItIsPublished() throws Exception {
        Path site = siteWithNewsOn("2026-12-10");
        BuildResult[] r = new BuildResult[1];
        Map<String, byte[]> files = built(site, LocalDate.of(2026, 12, 10), false, r);
        assertTrue(files.containsKey(PAGE));
        assertFalse(new String(files.get(PAGE), StandardCharsets.UTF_8).contains("Erscheint am"));
        assertFalse(r[0].summary().contains("waits"), r[0].summary());
    }

    @Test
    void thePreviewShowsItMarkedWithItsDate() throws Exception {
        Path site = siteWithNewsOn("2026-12-10");
        BuildResult[] r = new BuildResult[1];
        Map<String, byte[]> files = built(site, TestSites.TODAY, true, r);
        String page = new String(files.get(PAGE), StandardCharsets.UTF_8);
        assertTrue(page.contains("Erscheint am 10. Dezember 2026"), page);
        assertTrue(page.contains("erst an ihrem Datum"), page);
        assertFalse(r[0].summary().contains("waits"), r[0].summary());
    }

    @Test
    void itsMistakesAreReportedBeforeItsDate() throws Exception {
        Path site = siteWithNewsOn("2026-12-10");
        TestSites.replace(site.resolve("content/news/eroeffnung.md"), "quarters: [altstadt]", "quarters: [neustadt]");
        BuildResult r = TestSites.check(site);
        assertFalse(r.ok());
        assertEquals(java.util.List.of("error dangling-ref content/news/eroeffnung.md:4:12"), TestSites.lines(r));
    }

    @Test
    void aLinkToItBeforeItsDateIsAnErrorNamingTheDate() throws Exception {
        Path site = siteWithNewsOn("2026-12-10");
        TestSites.append(site.resolve("content/pages/impressum.md"), "\n[Neues Büro](news/eroeffnung.md)\n");
        BuildResult r = TestSites.check(site);
        assertEquals(1, r.diagnostics().sorted().size(), TestSites.lines(r).toString());
        de.quartier.diag.Diagnostic d = r.diagnostics().sorted().get(0);
        assertEquals("ref-to-waiting", d.code().id());
        assertTrue(d.message().contains("is dated 10.12.2026"), d.message());
        assertTrue(new Pipeline().check(new BuildOptions(site, LocalDate.of(2026, 12, 10), false, null)).ok());
    }
}
