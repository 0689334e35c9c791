package de.quartier.build;

import java.io.Writer;

/** Where a template writes one page: a plain, unsynchronised buffer (one worker owns it). */
final class PageBuffer extends Writer {
    private final StringBuilder text = new StringBuilder(32 * 1024);

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
