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

    /** A mistake in a site's own synonyms.txt is reported where it is written, with a hint about the file, not about templates. */
    @Test
    void aSitesOwnFilesMistakeIsReportedAtItsEntry(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        java.nio.file.Path site = de.quartier.TestSites.copyBase(temp.resolve("site"));
        java.nio.file.Files.writeString(site.resolve("site-config.yml"), java.nio.file.Files.readString(site.resolve("site-config.yml")) + "theme: stadt\n");
        java.nio.file.Files.createDirectories(site.resolve("themes/stadt"));
        java.nio.file.Files.writeString(site.resolve("themes/stadt/synonyms.txt"), "Kita, Kindergarten\nSenioren, ältere Menschen\n");
        var found = new de.quartier.build.Pipeline().build(new de.quartier.build.BuildOptions(site, de.quartier.TestSites.TODAY, false, null),
                new de.quartier.write.MemorySink()).diagnostics().sorted();
        assertEquals(java.util.List.of("error template-error themes/stadt/synonyms.txt:2:11"), found.stream().map(de.quartier.TestSites::line).toList());
        assertEquals(15, found.get(0).at().length());
        assertEquals("each line of synonyms.txt is a group of single words, separated by commas", found.get(0).hint());
    }

    @Test
    void aWordThatBeginsWithAGroupWordStandsForIt() {
        SearchSynonyms s = read("Kita, Kindergarten\nRat, Beirat\n");
        // "Kitas", "Kitaplätze": from four letters on
        assertEquals(2, s.expand(Map.of("kitas", 2)).get("kindergart"));
        assertEquals(5, s.expand(Map.of("kitaplatz", 5)).get("kindergart"));
        // a shorter group word only as a whole word: "Ratgeber" is no "Beirat"
        assertEquals(Map.of("ratgeb", 3), s.expand(Map.of("ratgeb", 3)));
        assertEquals(3, s.expand(Map.of("rat", 3)).get("beirat"));
    }

    /** Only prefixes as long as the longest group word are looked up: a 300,000-letter word took minutes before. */
    @Test
    @org.junit.jupiter.api.Timeout(10)
    void aVeryLongWordCostsNoMoreThanItsLongestPossiblePrefix() {
        SearchSynonyms s = read("Kita, Kindergarten\n");
        String word = "kita" + "x".repeat(300_000);
        for (int i = 0; i < 20; i++) assertEquals(7, s.expand(Map.of(word, 7)).get("kindergart"));
        assertEquals(Map.of(word.substring(1), 1), s.expand(Map.of(word.substring(1), 1)));
    }

    @Test
    void entriesThatAreNotOneSearchableWordAreProblemsAtTheirLine() {
        String file = "# groups\nältere Menschen, Senioren\n\n , \nDeutsch-Kurs, Sprachkurs\nKita,  Die, Kindergarten\n";
        assertEquals(java.util.List.of(
                        new SearchSynonyms.Problem(2, 1, 15, "`ältere Menschen` is 2 words, and the search finds single words: write one (`ältereMenschen`) or leave it out"),
                        new SearchSynonyms.Problem(5, 1, 12, "`Deutsch-Kurs` is 2 words, and the search finds single words: write one (`DeutschKurs`) or leave it out"),
                        new SearchSynonyms.Problem(6, 8, 3, "`Die` is too common a word to be searched for: leave it out")),
                read(file).problems());
        // the rest of the file holds: Kita and Kindergarten
        assertEquals(2, read(file).expand(Map.of("kita", 2)).get("kindergart"));
        assertEquals(Map.of("senior", 3), read(file).expand(Map.of("senior", 3)), "a group of one word is none");
        assertEquals(Map.of("x", 1), SearchSynonyms.NONE.expand(Map.of("x", 1)));
        assertEquals(SearchSynonyms.NONE, SearchSynonyms.read(null));
        assertEquals(java.util.List.of(), SearchSynonyms.read(readBuiltIn()).problems(), "the theme's own list has none");
    }

    private static byte[] readBuiltIn() {
        try (var in = SearchSynonymsTest.class.getResourceAsStream("/themes/bottrop/synonyms.txt")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A site's own list with a mistake: the build says where, as for its templates. */
    @Test
    void aSitesOwnListWithAnEntryOfTwoWordsIsAnErrorAtItsLine() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Files.writeString(site.resolve("site-config.yml"), "theme: eigen\n" + Files.readString(site.resolve("site-config.yml")));
        Files.createDirectories(site.resolve("themes/eigen"));
        Files.writeString(site.resolve("themes/eigen/synonyms.txt"), "Kita, Kindergarten\nältere Menschen, Senioren\n");
        var result = new de.quartier.build.Pipeline().build(new de.quartier.build.BuildOptions(site, TestSites.TODAY, false, null),
                new de.quartier.write.MemorySink());
        assertEquals(java.util.List.of("error themes/eigen/synonyms.txt:2"),
                TestSites.lines(result).stream().map(l -> l.replaceFirst("^(\\S+ )\\S+ (\\S+?):(\\d+):\\d+$", "$1$2:$3")).toList());
    }

    /**
     * Words of a group must not begin like short everyday words: a reader's "Tee" would find every
     * record with "Teenager", "Rente" every one with "Rentner". The example site finds the same for
     * such words with the theme's list as without it.
     */
    @Test
    void shortEverydayWordsFindTheSameWithAndWithoutTheList() throws Exception {
        Path with = TestSites.copyExample(temp.resolve("with"), false);
        Path without = TestSites.copyExample(temp.resolve("without"), false);
        Files.writeString(without.resolve("site-config.yml"), "theme: ohne\n" + Files.readString(without.resolve("site-config.yml")));
        Files.createDirectories(without.resolve("themes/ohne"));
        Files.writeString(without.resolve("themes/ohne/synonyms.txt"), "# none\n");
        ShardLookup a = new ShardLookup(TestSites.buildInMemory(with)::get);
        ShardLookup b = new ShardLookup(TestSites.buildInMemory(without)::get);
        // (some find more, rightly: "Treff" a Sprachcafé, which is also a "Sprachtreff"; "Kind" a Kita, which is a
        // "Kindergarten"; "Lern" a Hausaufgabenhilfe, "Migr" a text about Zugewanderte)
        java.util.List<String> differ = new java.util.ArrayList<>();
        for (String q : java.util.List.of("tee", "rente", "rat", "kur", "alt", "arbeit", "hilf", "sprach", "begegn", "amt", "hand",
                "job", "frei", "nach", "haus", "beh", "schutz", "zug", "ge"))
            if (b.search(java.util.List.of(SearchText.normalize(q))).size() != a.search(java.util.List.of(SearchText.normalize(q))).size())
                differ.add(q + ": " + b.search(java.util.List.of(SearchText.normalize(q))).size() + " → " + a.search(java.util.List.of(SearchText.normalize(q))).size());
        assertEquals(java.util.List.of(), differ);
        // and the list does its work
        assertTrue(a.search(java.util.List.of(SearchText.normalize("Flüchtlinge"))).size()
                > b.search(java.util.List.of(SearchText.normalize("Flüchtlinge"))).size(), "Flüchtlinge finds more with the list");
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
        assertNotNull(index.postings("gefloh"), "every word of the group");
        assertNull(index.postings("asyl"), "none the theme does not list");
    }
}
