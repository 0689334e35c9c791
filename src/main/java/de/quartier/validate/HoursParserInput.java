package de.quartier.validate;

import java.io.IOException;
import java.io.Reader;

/**
 * The text an opening-hours parser reads. The generated parser learns of the text's end from an
 * exception: when its reader says "no more" it closes the reader and throws a new
 * {@code IOException}, and a later read of the closed reader throws another one. Both fill in a
 * stack trace, about 1.5 of them per text (3,000 in a build of 2,000 offerings). This reader
 * throws one shared exception without a trace at the end instead, which the parser takes the same
 * way: it catches any {@code IOException} there as the end. Only for the parser's
 * {@code SimpleCharStream}: every read at the end throws, {@code read()} and {@code skip()} too,
 * where another reader would return -1.
 */
final class HoursParserInput extends Reader {
    /**
     * Thrown at the end of every text, by every thread: without a trace, and with its cause set
     * (to none) so that nobody can set one later. The parser only catches it.
     */
    static final IOException END = new IOException("end of the opening hours", null) {
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    };

    private final String text;
    private int next;

    HoursParserInput(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        if (length == 0) return 0;
        if (next >= text.length()) throw END;
        int n = Math.min(length, text.length() - next);
        text.getChars(next, next + n, into, offset);
        next += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release; reading on after the end throws END again, as it did the first time
    }
}
