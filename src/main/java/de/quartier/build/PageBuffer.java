package de.quartier.build;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a template writes one page: its UTF-8 bytes, in a plain, unsynchronised buffer. Each
 * thread keeps one and empties it for its next page ({@link #forThisThread}). Encoding each piece
 * as it is written and never holding the page as characters took half the time of a StringBuilder
 * made into a String made into bytes. Each piece is encoded straight into the buffer: through
 * String.getBytes, a new array for every piece was 15 % of all a 2,000-offering build allocated.
 */
final class PageBuffer extends Writer implements de.quartier.render.PartTag.PartSink {
    private static final ThreadLocal<PageBuffer> BUFFERS = ThreadLocal.withInitial(PageBuffer::new);

    private byte[] bytes = new byte[64 * 1024];
    /** A written string's characters, copied out at once (an intrinsic), then encoded in one pass without allocating. */
    private char[] chars = new char[8 * 1024];
    private int length;
    /** A high surrogate that ended the last piece: its pair comes with the next one. */
    private char pendingHigh;

    /** Where each part copied into this page starts, and the part. */
    private int[] partOffsets = new int[64];
    private de.quartier.model.RenderedPart[] partsCopied = new de.quartier.model.RenderedPart[64];
    private int partCount;

    /** A page's bytes, and where it holds parts copied whole (see {@link de.quartier.render.RenderedParts}). */
    record Rendered(byte[] html, int[] partOffsets, de.quartier.model.RenderedPart[] parts) {
    }

    /** This thread's buffer, empty. */
    static PageBuffer forThisThread() {
        PageBuffer b = BUFFERS.get();
        b.partCount = 0;
        // a rare huge page does not keep its buffer for the thread's life (serve's threads run for hours)
        if (b.bytes.length > 1 << 20) b.bytes = new byte[64 * 1024];
        if (b.chars.length > 1 << 18) b.chars = new char[8 * 1024];
        b.length = 0;
        b.pendingHigh = 0;
        return b;
    }

    @Override
    public void write(String s, int off, int len) {
        if (len <= 0) return;
        if (chars.length < len) chars = new char[Math.max(len, chars.length * 2)];
        s.getChars(off, off + len, chars, 0);
        put(chars, 0, len);
    }

    @Override
    public void write(char[] c, int off, int len) {
        if (len > 0) put(c, off, off + len);
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public Writer append(CharSequence s) {
        String text = String.valueOf(s);
        write(text, 0, text.length());
        return this;
    }

    /** A part's bytes, as encoding its text would give them. */
    @Override
    public void write(de.quartier.model.RenderedPart part) {
        byte[] utf8 = part.utf8();
        if (pendingHigh != 0) {
            // the last piece ended in half a character pair, which the part's first character may complete
            String text = new String(utf8, StandardCharsets.UTF_8);
            write(text, 0, text.length());
            return;
        }
        ensure(utf8.length);
        if (partCount == partOffsets.length) {
            partOffsets = Arrays.copyOf(partOffsets, partCount * 2);
            partsCopied = Arrays.copyOf(partsCopied, partCount * 2);
        }
        partOffsets[partCount] = length;
        partsCopied[partCount++] = part;
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
    }

    /** Characters from..to, a surrogate pair split between two writes joined again. */
    private void put(char[] c, int from, int to) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            ensure(4);
            if (Character.isLowSurrogate(c[from])) {
                codePoint(Character.toCodePoint(high, c[from]));
                from++;
            } else bytes[length++] = '?';
            if (from == to) return;
        }
        if (Character.isHighSurrogate(c[to - 1])) {
            pendingHigh = c[to - 1];
            to--;
        }
        ensure((to - from) * 3);
        encode(c, from, to);
    }

    /** UTF-8 as String.getBytes makes it: a surrogate without its pair becomes '?'. The buffer has room for three bytes a character. */
    private void encode(char[] c, int from, int to) {
        byte[] b = bytes;
        int p = length;
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                b[p++] = (byte) ch;
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xC0 | ch >> 6);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (!Character.isSurrogate(ch)) {
                b[p++] = (byte) (0xE0 | ch >> 12);
                b[p++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < to && Character.isLowSurrogate(c[i + 1])) {
                length = p;
                codePoint(Character.toCodePoint(ch, c[++i]));
                p = length;
            } else {
                b[p++] = '?';
            }
        }
        length = p;
    }

    /** A character beyond the BMP: four bytes (two characters' room, which ensure gave). */
    private void codePoint(int cp) {
        bytes[length++] = (byte) (0xF0 | cp >> 18);
        bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
        bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
        bytes[length++] = (byte) (0x80 | cp & 0x3F);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The page as written (a lone high surrogate at its very end becomes "?", as String.getBytes makes it). */
    byte[] toBytes() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            bytes[length++] = '?';
        }
        return Arrays.copyOf(bytes, length);
    }

    /** The page as written, with the parts copied into it. */
    Rendered rendered() {
        byte[] html = toBytes();
        return new Rendered(html, Arrays.copyOf(partOffsets, partCount), Arrays.copyOf(partsCopied, partCount));
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
