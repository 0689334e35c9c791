package de.quartier.write;

import de.quartier.model.RenderedFile;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps the built site in memory: for tests (the preview renders files when asked and keeps them itself). */
public final class MemorySink implements OutputSink {
    private volatile Map<String, byte[]> files = Map.of();

    @Override
    public Staging open() {
        Map<String, byte[]> staged = new ConcurrentHashMap<>();
        return new Staging() {
            @Override
            public void write(RenderedFile file) throws IOException {
                if (staged.putIfAbsent(file.path(), file.content()) != null) throw new IOException("written twice: " + file.path());
            }

            @Override
            public void commit() {
                files = Collections.unmodifiableMap(new TreeMap<>(staged));
            }

            @Override
            public void close() {
            }
        };
    }

    /** The last site committed, by path, sorted. */
    public Map<String, byte[]> files() {
        return files;
    }
}
