package de.quartier.render;

import de.quartier.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor's words for target groups, topics and kinds on a page in another language: in that
 * language where site-config.yml's {@code translations.<lang>.terms} gives every one of a line,
 * else as written, marked German (a line does not mix the page's words with German ones).
 */
class LanguageMarksTest {
    @TempDir
    Path temp;

    private Map<String, byte[]> build(String terms) throws Exception {
        Path site = inEnglishToo("site" + terms.hashCode(), "{" + terms + "}");
        TestSites.replace(site.resolve("content/contact-points/quartiersbuero-altstadt.md"), "topics: [Beratung]", "topics: [Beratung, Wohnen]");
        return TestSites.buildInMemory(site);
    }

    /** The test site, published in English too, with these terms (YAML after {@code terms:}). */
    private Path inEnglishToo(String dir, String terms) throws Exception {
        Path site = TestSites.copyBase(temp.resolve(dir));
        TestSites.replace(site.resolve("site-config.yml"), "language: de\n",
                "language: de\nlanguages: [de, en]\ntranslations:\n  en:\n    terms: " + terms + "\n");
        return site;
    }

    private static Element fact(Map<String, byte[]> files, String label) {
        Document page = Jsoup.parse(new String(files.get("en/anlaufstellen/quartiersbuero-altstadt/index.html"), StandardCharsets.UTF_8));
        return page.selectFirst("dl.facts dt:matchesOwn(^" + label + "$) + dd");
    }

    @Test
    void termsAreShownInThePagesLanguageWhereTheSiteGivesThem() throws Exception {
        Map<String, byte[]> files = build("Beratung: advice, Wohnen: housing, Quartiersbüro: neighbourhood office");
        assertEquals("advice, housing", fact(files, "Topics").text());
        assertEquals(0, fact(files, "Topics").select("[lang]").size(), "in the page's language, unmarked");
        assertEquals("neighbourhood office", fact(files, "Type").text());
        assertEquals(0, fact(files, "Type").select("[lang]").size());
        // "Alle" needs no term: the theme says it
        assertEquals("Everyone", fact(files, "Who it is for").text());
        // the quarter's map lists its office with its kind in English, unmarked (only its untranslated name is marked)
        Element place = quarterMapPlaces(files);
        assertTrue(place.text().contains("(neighbourhood office)"), place.text());
        assertTrue(place.select("[lang]").stream().allMatch(e -> e.text().equals("Quartiersbüro Altstadt")), place.html());
    }

    /** Words match as the finder's values do (case and spaces aside); two spellings of "everyone" and one term are said once. */
    @Test
    void termsMatchLooselyAndAreSaidOnce() throws Exception {
        Path site = inEnglishToo("loose", "{beratung: advice, wohnen: housing, Wohnen  und  Leben: housing}");
        TestSites.replace(site.resolve("content/contact-points/quartiersbuero-altstadt.md"), "topics: [Beratung]", "topics: [Beratung, Wohnen, Wohnen und Leben]");
        TestSites.replace(site.resolve("content/contact-points/quartiersbuero-altstadt.md"), "target_groups: [Alle]", "target_groups: [Alle, für alle]");
        Map<String, byte[]> files = TestSites.buildInMemory(site);
        assertEquals("advice, housing", fact(files, "Topics").text());
        assertEquals("Everyone", fact(files, "Who it is for").text());
    }

    /** Two keys for one word are an error at the second; an empty term a warning; the build says both in one run. */
    @Test
    void aWordGivenTwiceIsAnErrorAndAnEmptyTermAWarning() throws Exception {
        Path site = inEnglishToo("twice", "\n      Frauen: women\n      frauen: ladies\n      Kinder: ''");
        var r = new de.quartier.build.Pipeline().build(new de.quartier.build.BuildOptions(site, TestSites.TODAY, false, null),
                new de.quartier.write.MemorySink());
        assertEquals(java.util.List.of("error duplicate-key site-config.yml:9:7", "warning bad-value site-config.yml:10:7"), TestSites.lines(r));
    }

    /** The finder's groups on a page in another language in that language's order, "everyone" first. */
    @Test
    void theFindersChoicesFollowThePagesAlphabet() throws Exception {
        Path site = inEnglishToo("order", "{Zugewanderte: immigrants, Alleinerziehende: single parents, Kinder: children}");
        TestSites.replace(site.resolve("content/offerings/sprechstunde.md"), "schedule: We 15:00-17:00", "schedule: We 15:00-17:00\ntarget_groups: [Zugewanderte, Alleinerziehende]");
        TestSites.replace(site.resolve("content/offerings/spielmobil.md"), "schedule: Fr 15:00-18:00", "schedule: Fr 15:00-18:00\ntarget_groups: [Kinder, Alle]");
        Map<String, byte[]> files = TestSites.buildInMemory(site);
        Document en = Jsoup.parse(new String(files.get("en/angebote/index.html"), StandardCharsets.UTF_8));
        assertEquals(java.util.List.of("Everyone", "children", "immigrants", "single parents"),
                en.select("#filter-zielgruppe option[value]:not([value=''])").eachText());
    }

    private static Element quarterMapPlaces(Map<String, byte[]> files) {
        return Jsoup.parse(new String(files.get("en/quartiere/altstadt/index.html"), StandardCharsets.UTF_8)).selectFirst("ul.places li");
    }

    @Test
    void aLineWithAWordWithoutTermStaysAsWrittenMarkedGerman() throws Exception {
        Map<String, byte[]> files = build("Beratung: advice");
        Element topics = fact(files, "Topics");
        assertEquals("Beratung, Wohnen", topics.text());
        assertEquals("de", topics.selectFirst("span").attr("lang"));
        assertEquals("Quartiersbüro", fact(files, "Type").text());
        assertEquals("de", fact(files, "Type").selectFirst("[lang]").attr("lang"));
        // and on the map's list, marked German too
        assertEquals("de", quarterMapPlaces(files).selectFirst("span[lang]").attr("lang"));
        assertEquals(java.util.List.of("Quartiersbüro Altstadt", "Quartiersbüro", "Quartiersbüro Altstadt"),
                quarterMapPlaces(files).select("[lang=de]").eachText(), "the name, the kind, the name in the route link's words");
    }
}
