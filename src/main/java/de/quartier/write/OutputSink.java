package de.quartier.write;

import de.quartier.model.RenderedFile;

import java.io.IOException;
import java.util.List;

/**
 * Where a build's files go. Files are written one by one, by several workers at once, as they are
 * made; nothing of them is visible until the build commits, and then the new site replaces the
 * old one whole. A build that does not commit leaves the previous output exactly as it was.
 */
public interface OutputSink {
    /** Starts a new output. */
    Staging open() throws IOException;

    /** Writes a whole site at once: open, write every file, commit. */
    default void write(List<RenderedFile> files) throws IOException {
        try (Staging staging = open()) {
            for (RenderedFile f : files) staging.write(f);
            staging.commit();
        }
    }

    /** An output being written. {@link #write} may be called from several threads. */
    interface Staging extends AutoCloseable {
        /**
         * Writes one file. A path written twice is an error (two parts of the build would race for
         * it): the build refuses it before any sink, and a sink that can see it refuses it too.
         */
        void write(RenderedFile file) throws IOException;

        /** Puts what was written in place of the previous output. */
        void commit() throws IOException;

        /** Discards what was written unless it was committed; the previous output stays. */
        @Override
        void close() throws IOException;
    }
}
