package de.quartier.build;

import de.quartier.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site writing "everyone" in several ways ("Alle", "Für alle", "Jedermann"): one value, one finder page, one browse page. */
class EveryoneSpellingsTest {
    @TempDir
    Path temp;

    @Test
    void everySpellingOfEveryoneIsOneValueWithOnePageInTheFinderAndInTheBrowsePages() throws IOException {
        Path site = TestSites.copyExample(temp.resolve("site"), false);
        List<Path> forAll;
        try (Stream<Path> files = Files.list(site.resolve("content/offerings"))) {
            forAll = files.filter(f -> text(f).contains("target_groups: [Alle")).sorted().toList();
        }
        assertTrue(forAll.size() >= 3, "the example has offerings for everyone: " + forAll);
        TestSites.replace(forAll.get(0), "target_groups: [Alle", "target_groups: [Für alle");
        TestSites.replace(forAll.get(1), "target_groups: [Alle", "target_groups: [Jedermann");
        Map<String, byte[]> out = TestSites.buildInMemory(site); // fails on a link to a page that was not made

        assertFalse(out.keySet().stream().anyMatch(f -> f.contains("/fuer-alle/") || f.contains("/jedermann/")), "no page per spelling");
        Document finder = html(out, "angebote/finden/zielgruppe/alle/index.html");
        int cards = finder.select("#treffer article.card").size();
        assertEquals("Angebote: Alle", finder.selectFirst("h1").text(), "the merged value keeps the name 'Alle' where one offering writes it");
        Document browse = html(out, "zielgruppen/alle/index.html");
        assertTrue(browse.select("a[href$=angebote/finden/zielgruppe/alle/]").text().contains(" " + cards + " Angebote"),
                "the browse page counts the finder page's offerings: " + browse.select("a[href$=angebote/finden/zielgruppe/alle/]").text() + ", " + cards);
        Document all = html(out, "angebote/index.html");
        assertEquals(1, all.select("#filter-zielgruppe option[value=alle]").size());
        assertTrue(all.select("#filter-zielgruppe option").stream().noneMatch(o -> o.text().equals("Für alle") || o.text().equals("Jedermann")));
        assertEquals(cards, all.select("article.card").stream().filter(c -> List.of(c.attr("data-zielgruppe").split(" ")).contains("alle")).count(),
                "every offering for everyone has the one value, whichever spelling it has");
    }

    private static String text(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Document html(Map<String, byte[]> out, String file) {
        assertTrue(out.containsKey(file), file);
        return Jsoup.parse(new String(out.get(file), StandardCharsets.UTF_8));
    }
}
