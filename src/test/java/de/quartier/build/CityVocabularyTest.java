package de.quartier.build;

import de.quartier.TestSites;
import de.quartier.write.MemorySink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What other cities need (issue: Aachen, Gelsenkirchen, Erkelenz): the site's own words for the
 * theme's strings, a notice on every page, a level between district and quarter, each operator's
 * own hours in a shared office, and a site style sheet that only changes colours.
 */
class CityVocabularyTest {
    @TempDir
    static Path temp;
    private static Map<String, byte[]> files;

    @BeforeAll
    static void build() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Files.writeString(site.resolve("site-config.yml"), Files.readString(site.resolve("site-config.yml")) + """
                theme: stadt
                notice: Die städtische Förderung endete 2023. Was weiterläuft, steht hier.
                strings:
                  nav.quarters: Stadtteile
                  field.area: REGE-Bezirk
                  field.district: Bezirk
                """);
        Path quarter = site.resolve("content/quarters/altstadt.md");
        Files.writeString(quarter, Files.readString(quarter).replaceFirst("\ndistrict: ([^\n]*)\n", "\ndistrict: $1\narea: Horst-Süd\n"));
        Path office = site.resolve("content/contact-points/quartiersbuero-altstadt.md");
        Files.writeString(office, Files.readString(office).replace("active: {from: 2020-03}\n", """
                active: {from: 2020-03}
                operator_hours:
                  - {operator: awo, opening_hours: "We 10:00-12:00", note: Sozialberatung}
                """));
        Path ended = site.resolve("content/offerings/sprechstunde.md");
        TestSites.replace(ended, "cost: kostenlos\n", "cost: kostenlos\nactive: {until: 2025-12-31}\n");
        Files.createDirectories(site.resolve("themes/stadt/assets"));
        Files.writeString(site.resolve("themes/stadt/assets/site.css"), ":root { --brand: #6b1d5c; }\n");
        MemorySink sink = new MemorySink();
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), sink);
        assertTrue(r.ok() && r.diagnostics().sorted().isEmpty(), TestSites.lines(r).toString());
        files = sink.files();
    }

    private static Document html(String path) {
        byte[] bytes = files.get(path);
        assertNotNull(bytes, path);
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void theSitesWordsReplaceTheThemes() {
        Document home = html("index.html");
        List<String> menu = home.select("nav.menu a").eachText();
        assertTrue(menu.contains("Stadtteile") && !menu.contains("Quartiere"), menu.toString());
        Document quarter = html("quartiere/altstadt/index.html");
        assertEquals("Bezirk", quarter.select("dl.facts dt").first().text());
    }

    /** A site's words under a key the theme renamed: told where they go now, not "did you mean" a neighbouring key. */
    @Test
    void aRenamedKeyIsNamedWithItsSuccessor() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("renamed"));
        Files.writeString(site.resolve("site-config.yml"), Files.readString(site.resolve("site-config.yml")) + "strings:\n  finder.only: nur\n");
        List<de.quartier.diag.Diagnostic> found = TestSites.check(site).diagnostics().sorted();
        assertEquals(List.of("error unknown-key site-config.yml:13:3"), found.stream().map(TestSites::line).toList());
        assertEquals("`strings.finder.only` is now `strings.finder.onlyValue`, so this text is not published", found.get(0).message());
        String hint = found.get(0).hint();
        assertEquals("write `finder.onlyValue: \"nur {value}\"`; {value} stands for the choice („kostenlose“)", hint);
    }

    @Test
    void theNoticeIsOnEveryPage() {
        for (String page : List.of("index.html", "404.html", "quartiere/altstadt/index.html", "angebote/sprechstunde/index.html")) {
            Element notice = html(page).selectFirst("p.site-notice[role=note]");
            assertNotNull(notice, page);
            assertEquals("Die städtische Förderung endete 2023. Was weiterläuft, steht hier.", notice.text());
        }
    }

    @Test
    void aQuarterShowsTheLevelBetweenDistrictAndQuarter() {
        Document quarter = html("quartiere/altstadt/index.html");
        Element area = quarter.select("dl.facts div").stream().filter(d -> d.select("dt").text().equals("REGE-Bezirk"))
                .findFirst().orElseThrow(() -> new AssertionError(quarter.select("dl.facts").outerHtml()));
        assertEquals("Horst-Süd", area.select("dd").text());
        assertTrue(new String(files.get("daten/quartiere.geojson"), StandardCharsets.UTF_8).contains("\"area\" : \"Horst-Süd\""));
    }

    @Test
    void aSharedOfficeShowsEachOperatorsOwnHours() {
        Element section = html("anlaufstellen/quartiersbuero-altstadt/index.html").getElementById("zeiten-der-traeger").parent();
        assertEquals("Zeiten der einzelnen Träger", section.selectFirst("h2").text());
        assertEquals(List.of("AWO Teststadt"), section.select("dt").eachText());
        assertEquals(List.of("Mi 10:00–12:00 Uhr · Sozialberatung"), section.select("dd").eachText());
    }

    @Test
    void aQuarterNamesWhatHasEndedThere() {
        Element section = html("quartiere/altstadt/index.html").getElementById("beendet").parent();
        assertEquals(List.of("Sprechstunde"), section.select("a").eachText());
        assertTrue(section.select("a").attr("href").endsWith("/angebote/sprechstunde/"));
        assertTrue(html("angebote/index.html").select("a[href$=/angebote/sprechstunde/]").isEmpty(), "not among the current offerings");
    }

    @Test
    void aSiteStyleSheetIsLinkedRightAfterTheThemes() {
        List<String> sheets = html("index.html").select("link[rel=stylesheet]:not([media])").eachAttr("href");
        assertTrue(sheets.get(0).contains("/assets/style."), sheets.toString());
        assertTrue(sheets.get(1).matches(".*/assets/site\\.[0-9a-f]{10}\\.css"), sheets.toString());
        assertFalse(files.keySet().stream().noneMatch(p -> p.matches("assets/site\\.[0-9a-f]{10}\\.css")));
    }
}
