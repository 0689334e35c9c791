package de.quartier.build;

import java.io.Writer;

/**
 * Where a template writes one page: a plain, unsynchronised buffer. Each thread keeps one and
 * empties it for its next page ({@link #forThisThread}): a new buffer per page, grown and widened
 * to two bytes a character at the first "–", was a fifth of what a large build allocated.
 */
final class PageBuffer extends Writer {
    private static final ThreadLocal<PageBuffer> BUFFERS = ThreadLocal.withInitial(PageBuffer::new);

    private final StringBuilder text = new StringBuilder(32 * 1024);

    /** This thread's buffer, empty. */
    static PageBuffer forThisThread() {
        PageBuffer b = BUFFERS.get();
        b.text.setLength(0);
        return b;
    }

    @Override
    public void write(char[] chars, int off, int len) {
        text.append(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        text.append(s, off, off + len);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
