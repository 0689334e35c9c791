package de.quartier.write;

import de.quartier.model.RenderedFile;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Keeps the built site in memory: for tests and the preview server. */
public final class MemorySink implements OutputSink {
    private volatile Map<String, byte[]> files = Map.of();

    @Override
    public void write(List<RenderedFile> rendered) {
        Map<String, byte[]> m = new TreeMap<>();
        for (RenderedFile f : rendered) m.put(f.path(), f.content());
        files = Collections.unmodifiableMap(m);
    }

    /** The last site written, by path, sorted. */
    public Map<String, byte[]> files() {
        return files;
    }
}
