package de.quartier.model;

/** German umlauts and ß spelt out as they are where a name cannot hold them (addresses, file names, keys). */
public final class Umlauts {
    private Umlauts() {
    }

    /** "Bürgerhaus Straße" → "Buergerhaus Strasse"; the case of each letter is kept. */
    public static String spellOut(String text) {
        if (text.chars().noneMatch(c -> c == 'ä' || c == 'ö' || c == 'ü' || c == 'Ä' || c == 'Ö' || c == 'Ü' || c == 'ß')) return text;
        return text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
    }
}
