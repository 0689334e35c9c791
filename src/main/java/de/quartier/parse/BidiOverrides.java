package de.quartier.parse;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;

/**
 * The two Unicode characters that force a direction on the text after them, U+202D and U+202E
 * (left-to-right and right-to-left override): invisible in an editor, they show "Anmeldung" on
 * the page as "gnudlemnA" until the paragraph ends, and can make a title or an address read as
 * something else than what the file says. Arabic and Hebrew text needs neither: the page sets its
 * direction, and the marks U+200E and U+200F (which stay allowed) do the rest. Each is a warning
 * where it stands; the text is published as written.
 */
final class BidiOverrides {
    private BidiOverrides() {
    }

    static void report(String path, String text, Diagnostics diagnostics) {
        int first = Math.min(index(text, '\u202D'), index(text, '\u202E'));
        if (first == Integer.MAX_VALUE) return;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if ((c == '\u202D' || c == '\u202E') && i >= first) {
                diagnostics.warning(Code.BIDI_OVERRIDE, new SourceSpan(path, line, i - lineStart + 1, 1),
                        "an invisible " + (c == '\u202E' ? "right-to-left" : "left-to-right") + " override (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                                + ") turns the text after it round on the page",
                        "delete it: the page sets the direction of Arabic or Hebrew text by itself");
            }
        }
    }

    private static int index(String text, char c) {
        int i = text.indexOf(c);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
