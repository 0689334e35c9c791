package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import de.quartier.source.InvisibleCharacters;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric character references in a body ({@code &#7;}, {@code &#x1F;}, {@code &#128;}) that stand
 * for what a page cannot hold: the file itself is checked for control characters as it is read,
 * but a reference brings one in only when Markdown or the sanitiser decodes it, and the page is
 * then invalid HTML (and a feed invalid XML). Each is reported where it is written.
 */
final class CharacterReferences {
    /** As an HTML parser reads raw HTML: the semicolon may be missing. */
    private static final Pattern IN_HTML = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?");

    private CharacterReferences() {
    }

    /** A reference as written, and where. */
    record Written(String text, SourceSpan at) {
    }

    /** What the sanitiser drops with all it holds: comments, scripts and styles. */
    private static final Pattern DROPPED = Pattern.compile("<!--.*?(?:-->|$)|<(script|style)\\b.*?(?:</\\1\\s*>|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** The references in a piece of raw HTML that reach the page (not in a comment, script or style), as offsets into it and their lengths. */
    static void scan(CharSequence html, java.util.function.BiConsumer<Integer, Integer> found) {
        String text = html.toString();
        if (text.indexOf("&#") < 0) return;
        Matcher dropped = DROPPED.matcher(text);
        int from = 0;
        while (from < text.length()) {
            int end = dropped.find(from) ? dropped.start() : text.length();
            Matcher m = IN_HTML.matcher(text).region(from, end);
            while (m.find()) found.accept(m.start(), m.end() - m.start());
            if (end == text.length()) break;
            from = Math.max(dropped.end(), end + 1);
        }
    }

    static void report(List<Written> written, Diagnostics diagnostics) {
        for (Written w : written) {
            long cp = codePoint(w.text());
            if (cp < 0 || allowed(cp)) continue;
            diagnostics.error(Code.CONTROL_CHARACTER, w.at(), "`" + w.text() + "` " + meaning(cp),
                    hint(w.text(), cp));
        }
    }

    /** The number a reference gives ({@code &#x1F;} → 31), capped above Unicode's range; -1 if it is none. */
    static long codePoint(String ref) {
        Matcher m = IN_HTML.matcher(ref);
        if (!m.matches()) return -1;
        String hex = m.group(1);
        String digits = hex != null ? hex : m.group(2);
        int radix = hex != null ? 16 : 10;
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * radix + Character.digit(digits.charAt(i), radix);
            if (value > 0x10FFFF) return 0x110000;
        }
        return value;
    }

    /**
     * What HTML lets a reference stand for without a parse error, and XML 1.0 can carry: no
     * control character but tab and line feed (HTML refuses a reference to carriage return, XML
     * form feed), no C1 control, no surrogate, no noncharacter, nothing beyond U+10FFFF.
     */
    static boolean allowed(long cp) {
        if (cp < 0x20) return cp == '\t' || cp == '\n';
        if (cp >= 0x7F && cp <= 0x9F) return false;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        if (cp >= 0xFDD0 && cp <= 0xFDEF) return false;
        return (cp & 0xFFFE) != 0xFFFE && cp <= 0x10FFFF;
    }

    private static String meaning(long cp) {
        // browsers show these three as �
        if (cp == 0) return "stands for no character (zero): the page would show � in its place";
        if (cp > 0x10FFFF) return "is beyond the last character Unicode has: the page would show � in its place";
        // a carriage return may stand in a page as itself, but HTML forbids writing it so
        if (cp == '\r') return "stands for a carriage return, which HTML does not allow to be written as a reference";
        if (cp >= 0xD800 && cp <= 0xDFFF) return "stands for half of a character (a surrogate, " + hex(cp) + "): the page would show � in its place";
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
            return "stands for an invisible control character, " + InvisibleCharacters.described((int) cp) + "; web pages, feeds and calendars cannot contain it";
        return "stands for " + hex(cp) + ", which Unicode keeps free of any character; web pages, feeds and calendars cannot contain it";
    }

    private static String hint(String written, long cp) {
        // how old Windows programs number – “ ” € …; browsers guess so, feeds do not
        java.util.Optional<String> meant = cp <= 0x9F ? InvisibleCharacters.windows1252((char) cp) : java.util.Optional.empty();
        if (meant.isPresent())
            return "write the character itself, probably `" + meant.get() + "` (" + written + " is its number in an old Windows code page, not in Unicode)";
        // (&amp; works in Markdown and in raw HTML alike, a backslash only in Markdown)
        if (cp == '\r') return "delete it: a line break in the text is written as one";
        return "delete it; to show the code itself on the page, write `&amp;" + written.substring(1) + "`";
    }

    private static String hex(long cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
