package de.quartier.postprocess;

import de.quartier.model.RenderedPart;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page's ids and link targets straight from its UTF-8 bytes, without building a DOM: the
 * link check reads every page of a site, and a tree per page cost most of a large build's time and
 * memory. Bytes, not characters: the page is bytes once written, and the markup is ASCII (only
 * attribute values are decoded). Enough HTML for pages Quartier writes (its templates and
 * jsoup-cleaned bodies): tags with quoted or bare attribute values, comments, and script and style
 * contents skipped as raw text.
 */
final class TagScanner {
    /**
     * A page's ids (in order, as written) and the targets of its a[href], link[href], img[src] and
     * script[src]; and whether every tag, comment and script it opens ends in it, and no '<' stands
     * last (only then does a part of a page read alone give what it gives in the page).
     */
    record Page(List<String> ids, List<String> links, boolean closed) {
    }

    /**
     * Where a page holds parts copied whole (in order, not overlapping), the parts, and what was
     * read of each part before.
     */
    record Parts(int[] offsets, RenderedPart[] parts, PartsRead read) {
        static final Parts NONE = new Parts(new int[0], new RenderedPart[0], new PartsRead());

        /** The k-th part read alone, once (two workers may both read it first: the same result). */
        Page scanned(int k) {
            Page page = read.get(parts[k].number());
            if (page == null) {
                page = scan(parts[k].utf8());
                read.put(parts[k].number(), page);
            }
            return page;
        }
    }

    /**
     * What was read of each part, by the part's number: an array, not a map (a look-up in a map of
     * thousands of parts, for every part of every page, cost more than reading a part). Read without
     * a lock: a page seen late is read again; a {@link Page} is immutable once made.
     */
    static final class PartsRead {
        private volatile Page[] read = new Page[256];

        Page get(int number) {
            Page[] r = read;
            return number < r.length ? r[number] : null;
        }

        synchronized void put(int number, Page page) {
            if (number >= read.length) read = java.util.Arrays.copyOf(read, Math.max(read.length * 2, number + 1));
            read[number] = page;
        }
    }

    private static final byte[] HREF = ascii("href");
    private static final byte[] SRC = ascii("src");
    private static final byte[] ID = ascii("id");
    private static final byte[] A = ascii("a");
    private static final byte[] LINK = ascii("link");
    private static final byte[] IMG = ascii("img");
    private static final byte[] SCRIPT = ascii("script");
    private static final byte[] STYLE = ascii("style");

    private TagScanner() {
    }

    static Page scan(byte[] html) {
        return scan(html, Parts.NONE);
    }

    /**
     * A page whose parts were copied whole from parts read before (cards, header, footer): a part
     * that starts where no tag is open, and that is closed itself, is not read again; its ids and
     * links count where it stands.
     */
    static Page scan(byte[] html, Parts parts) {
        List<String> ids = new ArrayList<>();
        List<String> links = new ArrayList<>(64);
        int n = html.length;
        boolean closed = true;
        int next = 0;
        int i = indexOf(html, '<', 0);
        while (true) {
            // parts that start before the next tag (none open): their ids and links as read before
            while (next < parts.offsets().length && (i < 0 || i >= parts.offsets()[next])) {
                int end = parts.offsets()[next] + parts.parts()[next].utf8().length;
                Page part = parts.scanned(next++);
                if (!part.closed()) continue; // read through, as any bytes
                ids.addAll(part.ids());
                links.addAll(part.links());
                i = indexOf(html, '<', end);
            }
            if (i < 0 || i >= n - 1) break;
            // "<!" or "<!-" last: what follows decides (a part read alone stops here, open)
            if (html[i + 1] == '!' && i + 4 > n) {
                closed = false;
                break;
            }
            // a comment: '!' ahead of the full comparison, which costs a call at each of a page's tags
            if (html[i + 1] == '!' && startsWith(html, i, "<!--")) {
                int end = indexOf(html, "-->", i + 4);
                if (end < 0) closed = false;
                i = end < 0 ? -1 : indexOf(html, '<', end + 3);
                next = past(parts, next, end < 0 ? n : end + 3);
                continue;
            }
            int nameStart = i + 1;
            if (!isLetter(html[nameStart])) {
                i = indexOf(html, '<', i + 1);
                continue;
            }
            int p = nameStart;
            while (p < n && isNameByte(html[p])) p++;
            int nameLength = p - nameStart;
            // the only attribute holding a link on this tag (names compared without copying them)
            byte[] linkAttr = is(html, nameStart, nameLength, A) || is(html, nameStart, nameLength, LINK) ? HREF
                    : is(html, nameStart, nameLength, IMG) || is(html, nameStart, nameLength, SCRIPT) ? SRC : null;
            boolean rawText = is(html, nameStart, nameLength, SCRIPT) || is(html, nameStart, nameLength, STYLE);
            // attributes up to '>'
            while (p < n && html[p] != '>') {
                byte c = html[p];
                if (c >= 0 && c <= ' ' || c == '/') {
                    p++;
                    continue;
                }
                int a = p;
                while (p < n && ((c = html[p]) < 0 || c > ' ') && c != '=' && c != '>' && c != '/') p++;
                int attrLength = p - a;
                while (p < n && html[p] >= 0 && html[p] <= ' ') p++;
                if (p >= n || html[p] != '=') continue;
                p++;
                while (p < n && html[p] >= 0 && html[p] <= ' ') p++;
                int valueStart;
                int valueEnd;
                if (p < n && (html[p] == '"' || html[p] == '\'')) {
                    byte q = html[p];
                    valueStart = p + 1;
                    valueEnd = indexOf(html, q, valueStart);
                    if (valueEnd < 0) valueEnd = n;
                    p = Math.min(n, valueEnd + 1);
                } else {
                    valueStart = p;
                    while (p < n && (html[p] < 0 || html[p] > ' ') && html[p] != '>') p++;
                    valueEnd = p;
                }
                if (is(html, a, attrLength, ID)) ids.add(value(html, valueStart, valueEnd));
                else if (linkAttr != null && is(html, a, attrLength, linkAttr)) links.add(value(html, valueStart, valueEnd));
            }
            if (p >= n) closed = false;
            int after = Math.min(n, p + 1);
            if (rawText) {
                int close = closingTag(html, nameStart, nameLength, after);
                if (close < 0) closed = false;
                after = close < 0 ? n : close;
            }
            next = past(parts, next, after);
            i = indexOf(html, '<', after);
        }
        return new Page(ids, links, closed && i < 0); // (and not a '<' last)
    }

    /** The first part from {@code next} on that starts at or after {@code at}: those before began inside what was read. */
    private static int past(Parts parts, int next, int at) {
        while (next < parts.offsets().length && parts.offsets()[next] < at) next++;
        return next;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean isLetter(byte b) {
        // an ASCII letter, or the first byte of a non-ASCII character (Character.isLetter of the old scanner)
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b < 0;
    }

    private static boolean isNameByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b < 0;
    }

    /** Whether the name at {@code start} (of {@code length} bytes) is {@code name}, in any ASCII case. */
    private static boolean is(byte[] html, int start, int length, byte[] name) {
        if (length != name.length) return false;
        for (int k = 0; k < length; k++) {
            int b = html[start + k];
            if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
            if (b != name[k]) return false;
        }
        return true;
    }

    private static boolean startsWith(byte[] html, int at, String prefix) {
        if (at + prefix.length() > html.length) return false;
        for (int k = 0; k < prefix.length(); k++) if (html[at + k] != prefix.charAt(k)) return false;
        return true;
    }

    private static int indexOf(byte[] html, int b, int from) {
        for (int k = Math.max(0, from); k < html.length; k++) if (html[k] == b) return k;
        return -1;
    }

    private static int indexOf(byte[] html, String s, int from) {
        for (int k = indexOf(html, s.charAt(0), from); k >= 0; k = indexOf(html, s.charAt(0), k + 1))
            if (startsWith(html, k, s)) return k;
        return -1;
    }

    /** An attribute value as text: decoded, and unescaped where it holds an entity (jsoup sets up a parser per call). */
    private static String value(byte[] html, int start, int end) {
        boolean ascii = true;
        boolean entity = false;
        for (int k = start; k < end; k++) {
            byte b = html[k];
            if (b < 0) ascii = false;
            else if (b == '&') entity = true;
        }
        String v = new String(html, start, end - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        return entity ? Parser.unescapeEntities(v, true) : v;
    }

    /** Where "</script" (any case) starts, from {@code from}; -1 if nowhere. */
    private static int closingTag(byte[] html, int nameStart, int nameLength, int from) {
        for (int k = indexOf(html, '<', from); k >= 0; k = indexOf(html, '<', k + 1)) {
            if (k + 1 >= html.length || html[k + 1] != '/') continue;
            if (k + 2 + nameLength > html.length) return -1;
            boolean same = true;
            for (int j = 0; j < nameLength && same; j++) {
                int x = html[k + 2 + j];
                int y = html[nameStart + j];
                if (x >= 'A' && x <= 'Z') x += 'a' - 'A';
                if (y >= 'A' && y <= 'Z') y += 'a' - 'A';
                same = x == y;
            }
            if (same) return k;
        }
        return -1;
    }
}
