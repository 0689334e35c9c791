package de.quartier.source;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Characters that take no room on screen, or look like a blank and are none, in values that must
 * be exact: a phone number, an address, a date, the name of a quarter. Text copied from a web page,
 * a PDF or an e-mail brings them along (a zero width space after every hyphen, a no-break space
 * between the digits of a number), and the value is then wrong in a way its editor cannot see:
 * "`02041 70-0260` is not a phone number". Free text (titles, summaries, bodies) is not checked:
 * there, joiners belong to emoji and to Persian and Arabic words.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    /** Whether the character takes no room (Unicode's format characters: U+200B, U+FEFF, U+00AD, direction marks …). */
    static boolean invisible(char c) {
        return Character.getType(c) == Character.FORMAT;
    }

    /** Whether the character looks like a blank and is none (U+00A0, U+202F, U+2009, U+3000 …): in a phone number it is read as one. */
    public static boolean blankLike(char c) {
        return c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** The value as its editor sees it: blank-like characters as blanks, invisible ones left out. */
    public static String asSeen(String v) {
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (blankLike(c)) out.append(' ');
            else if (!invisible(c)) out.append(c);
        }
        return out.toString();
    }

    /**
     * Reports the value's first such character at its own column, if the value as its editor sees
     * it would be right ({@code rightAsSeen}); false otherwise, and then the value's own mistake is
     * the one to report. (One per value: the editor retypes the value, which mends the rest.)
     */
    public static boolean reported(Node.Scalar s, String name, Diagnostics d, Predicate<String> rightAsSeen) {
        String v = s.value();
        int i = first(v, 0);
        if (i < 0 || !rightAsSeen.test(asSeen(v).strip())) return false;
        char c = v.charAt(i);
        boolean blank = blankLike(c);
        String what = described(c);
        // at an end of the value (other such characters aside) nothing has to be typed again
        boolean atEnd = asSeen(v.substring(0, i)).isBlank() || asSeen(v.substring(i + 1)).isBlank();
        d.error(Code.INVISIBLE_CHARACTER, s.charAt(i, 1), "`" + name + "` holds "
                        + (blank ? "a character that looks like a blank: " : "an invisible character: ") + what,
                "it came with text copied from a web page, a PDF or an e-mail: "
                        + (atEnd ? "delete it" : blank ? "delete the blank and type it again"
                        : "delete the characters on both sides of the marked place and type them again"));
        return true;
    }

    /** "U+00A0 (no-break space)": the character's (or code point's) code and Unicode name, as a message names it; the code alone for one without a name (U+FFFE). */
    public static String described(int c) {
        String name = Character.getName(c);
        if (name == null) return String.format(Locale.ROOT, "U+%04X", c);
        // "FORM FEED (FF)": the short name in brackets is left out, so brackets do not nest
        return String.format(Locale.ROOT, "U+%04X (%s)", c, name.replaceAll(" \\([^)]*\\)$", "").toLowerCase(Locale.ROOT));
    }

    private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");

    /**
     * The character a C1 control (U+0080–U+009F) probably was: text in Windows-1252 (– “ ” € …) read
     * as if it were ISO-8859-1 gives these; nothing for a byte Windows-1252 leaves undefined.
     */
    public static java.util.Optional<String> windows1252(char c) {
        if (c < 0x80 || c > 0x9F) return java.util.Optional.empty();
        String meant = new String(new byte[]{(byte) c}, WINDOWS_1252);
        return meant.length() == 1 && meant.charAt(0) != '\uFFFD' && !Character.isISOControl(meant.charAt(0))
                ? java.util.Optional.of(meant) : java.util.Optional.empty();
    }

    /** The value with each blank-like character as the blank it looks like (a phone number copied from a web page). */
    static String blanksAsSeen(String v) {
        char[] out = null;
        for (int i = 0; i < v.length(); i++) {
            if (!blankLike(v.charAt(i))) continue;
            if (out == null) out = v.toCharArray();
            out[i] = ' ';
        }
        return out == null ? v : new String(out);
    }

    private static int first(String v, int from) {
        for (int i = from; i < v.length(); i++)
            if (invisible(v.charAt(i)) || blankLike(v.charAt(i))) return i;
        return -1;
    }
}
