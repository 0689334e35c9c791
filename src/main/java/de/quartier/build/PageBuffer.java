package de.quartier.build;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a template writes one page: its UTF-8 bytes, in a plain, unsynchronised buffer. Each
 * thread keeps one and empties it for its next page ({@link #forThisThread}). Encoding each piece
 * as it is written (most are Latin-1 template text, copied as they are) and never holding the page
 * as characters took half the time of a StringBuilder made into a String made into bytes, and a
 * fifth of what a large build allocated went to those buffers.
 */
final class PageBuffer extends Writer {
    private static final ThreadLocal<PageBuffer> BUFFERS = ThreadLocal.withInitial(PageBuffer::new);

    private byte[] bytes = new byte[64 * 1024];
    private int length;
    /** A high surrogate that ended the last piece: its pair comes with the next one. */
    private char pendingHigh;

    /** This thread's buffer, empty. */
    static PageBuffer forThisThread() {
        PageBuffer b = BUFFERS.get();
        // a rare huge page does not keep its buffer for the thread's life (serve's threads run for hours)
        if (b.bytes.length > 1 << 20) b.bytes = new byte[64 * 1024];
        b.length = 0;
        b.pendingHigh = 0;
        return b;
    }

    @Override
    public void write(String s, int off, int len) {
        if (len <= 0) return;
        if (pendingHigh != 0) {
            String joined = pendingHigh + s.substring(off, off + len);
            pendingHigh = 0;
            write(joined, 0, joined.length());
            return;
        }
        if (Character.isHighSurrogate(s.charAt(off + len - 1))) {
            pendingHigh = s.charAt(off + len - 1);
            len--;
            if (len == 0) return;
        }
        byte[] utf8 = (off == 0 && len == s.length() ? s : s.substring(off, off + len)).getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
    }

    @Override
    public void write(char[] chars, int off, int len) {
        write(new String(chars, off, len), 0, len);
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

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
