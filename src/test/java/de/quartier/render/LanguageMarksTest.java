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
        Path site = TestSites.copyBase(temp.resolve("site" + terms.hashCode()));
        TestSites.replace(site.resolve("site-config.yml"), "language: de\n",
                "language: de\nlanguages: [de, en]\ntranslations:\n  en:\n    terms: {" + terms + "}\n");
        TestSites.replace(site.resolve("content/contact-points/quartiersbuero-altstadt.md"), "topics: [Beratung]", "topics: [Beratung, Wohnen]");
        return TestSites.buildInMemory(site);
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
        // the quarter's map lists its office with its kind in English, unmarked
        Element place = quarterMapPlaces(files);
        assertTrue(place.text().contains("(neighbourhood office)"), place.text());
        assertEquals(0, place.select("[lang]").size());
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
        assertEquals("Quartiersbüro", quarterMapPlaces(files).selectFirst("span[lang]").text());
    }
}
