package de.quartier.render.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the search reads German: the spellings of one word meet, the forms of one word meet, and
 * different words stay apart. Every pair here is one a German reader would call the same word
 * (or clearly not).
 */
class SearchTextTest {
    private static void meet(String... words) {
        String first = SearchText.normalize(words[0]);
        for (String w : words) assertEquals(first, SearchText.normalize(w), words[0] + " and " + w + " should be found by each other");
    }

    private static void apart(String a, String b) {
        assertNotEquals(SearchText.normalize(a), SearchText.normalize(b), a + " and " + b + " are different words");
    }

    @Test
    void umlautSpellingsMeet() {
        meet("Frühstück", "Fruehstueck", "FRUEHSTUECK", "frühstück", "FRÜHSTÜCK");
        // Turkish: the dotless ı as typed on a German keyboard, the cedilla and the breve dropped
        meet("kahvaltı", "kahvalti", "KAHVALTI", "Kahvaltı");
        meet("Işık", "isik", "ışık");
        meet("çay", "Cay");
        assertEquals("fruhstuck", SearchText.normalize("Frühstück"));
        meet("Straße", "Strasse", "STRASSE");
        meet("Öffnungszeiten", "Oeffnungszeiten", "öffnungszeiten");
        meet("Bürgerhaus", "Buergerhaus");
        meet("Nähcafé", "Naehcafe", "Nähcafe");
        meet("Größe", "Groesse");
    }

    @Test
    void accentsAreDropped() {
        meet("Café", "Cafe", "CAFÉ");
    }

    @Test
    void formsOfOneWordMeet() {
        meet("Kinder", "Kindern", "Kind", "Kindes");
        meet("Familie", "Familien");
        meet("Beratung", "Beratungen");
        meet("Frühstück", "Frühstücks");
        meet("Zeit", "Zeiten");
        meet("Spiel", "Spiele", "Spielen");
        meet("Garten", "Gärten");
        meet("Haus", "Häuser", "Hauses");
        meet("Jugendliche", "Jugendlichen");
        meet("Senior", "Senioren");
        meet("Schule", "Schulen");
        meet("Tag", "Tage", "Tagen");
    }

    @Test
    void ueAfterQIsNoUmlaut() {
        assertEquals("quelle", SearchText.fold("Quelle"));
        meet("Quelle", "Quellen");
        assertTrue(SearchText.normalize("Quelle").startsWith("que"), SearchText.normalize("Quelle"));
        apart("Quelle", "Qülle");
    }

    @Test
    void shortWordsAreNotCut() {
        assertEquals("tee", SearchText.normalize("Tee"));
        assertEquals("eis", SearchText.normalize("Eis"));
        assertEquals("amt", SearchText.normalize("Amt"));
        assertEquals("rat", SearchText.normalize("Rat"));
        assertEquals("tur", SearchText.normalize("Tür"), "folded, but not cut");
    }

    @Test
    void wordsWithDigitsAreKeptWhole() {
        assertEquals("46236", SearchText.normalize("46236"));
        assertEquals("b224", SearchText.normalize("B224"));
        assertEquals(List.of("plz", "46236", "bottrop"), SearchText.words("PLZ 46236 Bottrop"));
    }

    @Test
    void wordsSplitsDropsStopWordsAndNormalizes() {
        assertEquals(List.of("fruhstuck", "kind", SearchText.normalize("Eltern"), "46236", "bottrop", "montag"),
                SearchText.words("Das Frühstück für die Kinder und Eltern in 46236 Bottrop, am Montag!"));
        assertEquals(List.of(), SearchText.words("Der, die, das – und oder für"));
        assertEquals(List.of(), SearchText.words("FÜR DIE"), "stop words in any case");
        assertEquals(List.of(), SearchText.words(""));
        assertEquals(List.of(), SearchText.words(null));
        assertEquals(List.of("kaffe", "kuch"), SearchText.words("Kaffee & Kuchen"));
    }

    @Test
    void differentWordsStayApart() {
        apart("Kind", "Kino");
        apart("Schule", "Schulter");
        apart("Garten", "Karten");
        apart("Familie", "Filiale");
        apart("Rat", "Rad");
        apart("Beratung", "Betreuung");
    }

    /**
     * A "u" between vowels is a consonant, not half of a spelled "ü" (Snowball's german2 marks it
     * so): "Frauen" is the plural of "Frau", and "neuen" is not the number "neun".
     */
    @Test
    void uBetweenVowelsIsNotAnUmlautSpelling() {
        meet("Frau", "Frauen");
        meet("neu", "neue", "neuen");
        apart("neuen", "neun");
    }

    /** Snowball leaves "Kurse" as "kurs" but "Kurs" as "kur"; a query for "Kurse" would miss "Kurs". */
    @Test
    void aBareSAfterAnEndingGoesToo() {
        meet("Kurs", "Kurse", "Kursen", "Kurses");
        meet("Nähkurs", "Nähkurse");
        meet("Haus", "Hauses");
    }
}
