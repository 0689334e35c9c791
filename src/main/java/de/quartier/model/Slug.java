package de.quartier.model;

/** The name of a record, taken from its file name: lowercase a-z, 0-9 and '-'. */
public record Slug(String value) implements Comparable<Slug> {
    public Slug {
        if (!isValid(value)) throw new IllegalArgumentException("not a slug: " + value);
    }

    /** Words of a-z and 0-9 joined by single '-' ({@code [a-z0-9]+(-[a-z0-9]+)*}), at most 120 characters. */
    public static boolean isValid(String text) {
        // by hand, not by a regular expression: every record file and every reference is a slug, on every save in the preview
        if (text == null || text.isEmpty() || text.length() > 120) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (i == 0 || i == text.length() - 1 || text.charAt(i - 1) == '-') return false;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    /** A slug an editor probably meant: umlauts spelt out, spaces and other signs as '-'. */
    public static String suggest(String text) {
        String s = Umlauts.spellOut(text.toLowerCase(java.util.Locale.ROOT));
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "seite" : s;
    }

    /** A file's name as it is best written: the stem as {@link #suggest} makes it, the extension in lowercase ("Foto Eingang.JPG" → "foto-eingang.jpg"). */
    public static String suggestFileName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? suggest(name.substring(0, dot)) + name.substring(dot).toLowerCase(java.util.Locale.ROOT) : suggest(name);
    }

    // by hand: slugs key most maps of a build and of every refresh of the preview
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Slug s && value.equals(s.value);
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
