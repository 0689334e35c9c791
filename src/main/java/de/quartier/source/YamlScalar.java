package de.quartier.source;

import java.util.regex.Pattern;

/**
 * A text as an editor can paste it after {@code key: } in a record: as it is where YAML reads it
 * back unchanged, else in single quotes. Used by hints ("schedule: '…'") and by the files
 * Quartier writes for editors (templates, skeletons), which say the same thing one way.
 */
public final class YamlScalar {
    /** Words YAML 1.1 and Quartier's own fields read as yes/no or nothing. */
    private static final Pattern SPECIAL_WORD = Pattern.compile("(?i)yes|no|true|false|on|off|y|n|ja|nein|null|~");
    /** The characters a plain scalar must not begin with. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private YamlScalar() {
    }

    /**
     * {@code text} as a YAML value on one line: "Stadt Aachen", but "'Stadt: Aachen'", "'ja'",
     * "'# 1'", "'10:00'"; a line break or another control character in double quotes as an
     * escape ("\"Zeile 1\\nZeile 2\""), which single quotes would fold into a space or drop.
     */
    public static String of(String text) {
        if (text.chars().anyMatch(YamlScalar::needsEscape)) return doubleQuoted(text);
        return plain(text) ? text : "'" + text.replace("'", "''") + "'";
    }

    private static boolean needsEscape(int c) {
        return c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (needsEscape(c)) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean plain(String text) {
        if (text.isEmpty() || !text.equals(text.strip())) return false;
        char first = text.charAt(0);
        // a digit or sign first may read as a number, a time or a date
        if (INDICATORS.indexOf(first) >= 0 || Character.isDigit(first) || first == '+' || first == '.') return false;
        if (text.contains(": ") || text.contains(" #") || text.endsWith(":")) return false;
        if (SPECIAL_WORD.matcher(text).matches()) return false;
        return true;
    }
}
