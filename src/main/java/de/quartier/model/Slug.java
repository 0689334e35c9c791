package de.quartier.model;

import java.util.regex.Pattern;

/** The name of a record, taken from its file name: lowercase a-z, 0-9 and '-'. */
public record Slug(String value) implements Comparable<Slug> {
    private static final Pattern SYNTAX = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public Slug {
        if (!isValid(value)) throw new IllegalArgumentException("not a slug: " + value);
    }

    public static boolean isValid(String text) {
        return text != null && text.length() <= 120 && SYNTAX.matcher(text).matches();
    }

    /** A slug an editor probably meant: umlauts spelt out, spaces and other signs as '-'. */
    public static String suggest(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "seite" : s;
    }

    @Override
    public int compareTo(Slug o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
