package de.quartier.parse;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Invisible control characters in a file, such as text pasted from a word processor or a PDF
 * brings along: HTML forbids them (U+0001–U+0008, U+000B, U+000E–U+001F, U+007F–U+009F,
 * noncharacters; U+000C is allowed there but not in XML), XML feeds and calendars break on them,
 * and YAML refuses them with a message that names neither the line nor the character. Each is
 * reported where it stands.
 */
final class ControlCharacters {
    /** Enough to show the pattern; a file full of them gets one more line saying how many. */
    private static final int REPORTED_PER_FILE = 10;

    private ControlCharacters() {
    }

    /** Whether HTML, XML or a calendar cannot carry {@code c} (tab, line feed and carriage return can). */
    static boolean forbidden(char c) {
        if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
        if (c < 0x7F) return false;
        if (c <= 0x9F) return true;
        return noncharacter(c);
    }

    /**
     * Reports every forbidden character of {@code text} (a whole file) at its line and column and
     * returns the text without them, so that the rest of the file is still read and its other
     * mistakes found in the same run. Removed, not blanked: a blank at the start of a line would
     * indent it and make YAML report a mistake that is not there. The problems found later on such
     * a line are moved back to the file's columns by {@link Diagnostics#characterRemoved}. The text
     * itself when there is none.
     */
    static String report(String path, String text, Diagnostics diagnostics) {
        int first = firstForbidden(text, 0);
        if (first < 0) return text;
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        int line = 1;
        int lineStart = 0;
        int found = 0;
        int scanned = 0;
        List<Diagnostics.Removal> removed = new ArrayList<>();
        for (int i = first; i >= 0; ) {
            for (; scanned < i; scanned++)
                if (text.charAt(scanned) == '\n') {
                    line++;
                    lineStart = scanned + 1;
                }
            int width = forbiddenAt(text, i);
            for (int k = 0; k < width; k++) removed.add(new Diagnostics.Removal(path, line, i - lineStart + 1 + k));
            if (++found <= REPORTED_PER_FILE)
                diagnostics.error(Code.CONTROL_CHARACTER, new SourceSpan(path, line, i - lineStart + 1, width),
                        (width == 1 && !noncharacter(text.charAt(i)) ? "an invisible control character, " : "a code that Unicode keeps free of any character, ")
                                + codePoint(text.codePointAt(i)) + ", is in the text; web pages, feeds and calendars cannot contain it",
                        hint(text.charAt(i)));
            int next = firstForbidden(text, i + width);
            out.append(text, i + width, next < 0 ? text.length() : next);
            i = next;
        }
        if (found > REPORTED_PER_FILE)
            diagnostics.error(Code.CONTROL_CHARACTER, SourceSpan.startOf(path),
                    (found - REPORTED_PER_FILE) + " more invisible control characters in this file",
                    "paste the text again as plain text (without formatting), or retype the lines named above");
        // after the reports above, which name the file's own columns: what is found later is moved
        removed.forEach(diagnostics::characterRemoved);
        return out.toString();
    }

    /** U+FDD0–U+FDEF, U+FFFE, U+FFFF: no character at all, not a control character. */
    private static boolean noncharacter(char c) {
        return c >= '\uFDD0' && c <= '\uFDEF' || c == '\uFFFE' || c == '\uFFFF';
    }

    /** A value of a quoted YAML string that an escape ({@code \a}, {@code \x07}, {@code \0}) gave a forbidden character. */
    static void reportEscaped(String value, SourceSpan at, Diagnostics diagnostics) {
        int i = firstForbidden(value, 0);
        if (i < 0) return;
        diagnostics.error(Code.CONTROL_CHARACTER, at,
                "this value contains " + (Character.isSurrogate(value.charAt(i)) ? "half of a character (a lone surrogate), "
                        : noncharacter(value.charAt(i)) ? "a code that Unicode keeps free of any character, " : "an invisible control character, ")
                        + codePoint(value.codePointAt(i)) + ", written as a `\\` escape; web pages, feeds and calendars cannot contain it",
                "remove the escape (such as `\\a`, `\\x07` or `\\0`) from the quoted text");
    }

    private static int firstForbidden(String s, int from) {
        for (int i = from; i < s.length(); i++)
            if (forbiddenAt(s, i) > 0) return i;
        return -1;
    }

    /**
     * How many chars at {@code i} make up a character that HTML, XML or a calendar cannot carry:
     * 0 (none), 1, or 2 for a noncharacter beyond U+FFFF (U+1FFFE, U+10FFFF), a surrogate pair.
     */
    private static int forbiddenAt(String s, int i) {
        char c = s.charAt(i);
        if (forbidden(c)) return 1;
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
            return (Character.toCodePoint(c, s.charAt(i + 1)) & 0xFFFE) == 0xFFFE ? 2 : 0;
        // half of a pair alone ("\uD800" in quotes): no character, and UTF-8 cannot write it (it became "?")
        if (Character.isSurrogate(c) && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) return 1;
        return 0;
    }

    /** "U+0007 (bel)", "U+001B (escape)": the name helps to find where it came from. */
    private static String codePoint(int c) {
        return de.quartier.source.InvisibleCharacters.described(c);
    }

    private static String hint(char c) {
        java.util.Optional<String> meant = de.quartier.source.InvisibleCharacters.windows1252(c);
        if (meant.isPresent()) return "delete it; it is probably a wrongly converted `" + meant.get() + "`: type that character again in its place";
        return "delete it (it is invisible: put the cursor at the column named and delete one character); it often comes along with text copied from another program";
    }
}
