package de.quartier.write;

import de.quartier.model.RenderedFile;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps no file: for {@code quartier check}, which renders every page (the link check needs them)
 * and writes nothing. Only the paths are kept, so a path written twice is still an error.
 */
public final class NoOutput implements OutputSink {
    @Override
    public Staging open() {
        Set<String> paths = ConcurrentHashMap.newKeySet();
        return new Staging() {
            @Override
            public void write(RenderedFile file) throws IOException {
                if (!paths.add(file.path())) throw new IOException("written twice: " + file.path());
            }

            @Override
            public void commit() {
            }

            @Override
            public void close() {
            }
        };
    }
}
