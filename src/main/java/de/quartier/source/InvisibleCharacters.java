package de.quartier.source;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;

import java.util.Locale;

/**
 * Characters that take no room on screen, or look like a blank and are none, in values that must
 * be exact: a phone number, an address, a date, the name of a quarter. Text copied from a web page,
 * a PDF or an e-mail brings them along (a zero width space after every hyphen, a no-break space
 * between the digits of a number), and the value is then wrong in a way its editor cannot see:
 * "`02041 70-0260` is not a phone number". Free text (titles, summaries, bodies) is left alone:
 * there, joiners belong to emoji and to Persian and Arabic words.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    /** The name of an invisible or blank-looking character, or null for any other. */
    public static String name(char c) {
        return switch (c) {
            case '\u00A0' -> "no-break space";
            case '\u00AD' -> "soft hyphen";
            case '\u061C' -> "Arabic letter mark";
            case '\u180E' -> "Mongolian vowel separator";
            case '\u2007' -> "figure space";
            case '\u2009' -> "thin space";
            case '\u200A' -> "hair space";
            case '\u200B' -> "zero width space";
            case '\u200C' -> "zero width non-joiner";
            case '\u200D' -> "zero width joiner";
            case '\u200E' -> "left-to-right mark";
            case '\u200F' -> "right-to-left mark";
            case '\u202F' -> "narrow no-break space";
            case '\u2060' -> "word joiner";
            case '\uFEFF' -> "zero width no-break space";
            default -> c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' ? "direction control"
                    : c >= '\u2061' && c <= '\u2064' ? "invisible operator" : null;
        };
    }

    /** Whether the character looks like a blank: in a phone number it is read as one. */
    static boolean blankLike(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u200A' || c == '\u202F';
    }

    /**
     * Reports the first such character of the value, at its own column, and says so; false if it
     * has none. (One per value: the editor retypes the value, which mends the rest.)
     */
    public static boolean reported(Node.Scalar s, String name, Diagnostics d) {
        String v = s.value();
        for (int i = 0; i < v.length(); i++) {
            String what = name(v.charAt(i));
            if (what == null) continue;
            String code = String.format(Locale.ROOT, "U+%04X", (int) v.charAt(i));
            boolean blank = what.endsWith("space") && !what.startsWith("zero");
            // at an end of the value nothing has to be typed again
            boolean atEnd = v.substring(0, i).isBlank() || v.substring(i + 1).isBlank();
            d.error(Code.INVISIBLE_CHARACTER, s.charAt(i, 1), "`" + name + "` holds " + (blank ? "a character that looks like a blank: " : "an invisible character: ")
                            + code + " (" + what + ")",
                    "it came with text copied from a web page, a PDF or an e-mail: "
                            + (atEnd ? "delete it" : blank ? "delete the blank and type it again"
                            : "delete the characters on both sides of the marked place and type them again"));
            return true;
        }
        return false;
    }
}
