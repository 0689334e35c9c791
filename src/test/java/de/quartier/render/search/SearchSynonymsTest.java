package de.quartier.render.search;

import de.quartier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchSynonymsTest {
    @TempDir
    Path temp;

    private static SearchSynonyms read(String text) {
        return SearchSynonyms.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWordOfAGroupBringsTheOthersAtItsWeight() {
        SearchSynonyms s = read("# a comment\nFlüchtlinge, Geflüchtete,  Schutzsuchende # and one after a group\nKita, Kindergarten\n");
        Map<String, Integer> words = new TreeMap<>(s.expand(Map.of("gefluchtet", 6, "kindergart", 2, "marktplatz", 20)));
        assertEquals(Map.of("gefluchtet", 6, "fluchtling", 6, "schutzsuchend", 6, "kindergart", 2, "kita", 2, "marktplatz", 20), words);
        // the best weight of the words a synonym stands for
        assertEquals(20, s.expand(Map.of("kita", 20, "kindergart", 2)).get("kindergart"));
    }

    @Test
    void entriesOfSeveralWordsAndEmptyLinesAreLeftOut() {
        SearchSynonyms s = read("ältere Menschen, Senioren\n\n , \nSenioren\n");
        assertEquals(Map.of("senior", 3), s.expand(Map.of("senior", 3)));
        assertEquals(Map.of("x", 1), SearchSynonyms.NONE.expand(Map.of("x", 1)));
        assertEquals(SearchSynonyms.NONE, SearchSynonyms.read(null));
    }

    /** The theme's list at work: a text that says "Geflüchtete" is found by "Flüchtlinge". */
    @Test
    void theThemesListFindsARecordByAWordItDoesNotHave() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.append(site.resolve("content/offerings/spielmobil.md"), "\nAuch Geflüchtete sind willkommen.\n");
        Map<String, byte[]> files = TestSites.buildInMemory(site);
        ShardLookup index = new ShardLookup(files::get);
        int[] postings = index.postings("fluchtling");
        assertNotNull(postings, "'Flüchtlinge' finds something");
        assertEquals(2, postings.length, "one record");
        assertTrue(index.document(postings[0]).get(1).endsWith("/angebote/spielmobil/"), index.document(postings[0]).toString());
        assertNotNull(index.postings("schutzsuchend"), "every word of the group");
        assertNull(index.postings("asyl"), "none the theme does not list");
    }
}
