package de.quartier.write;

import de.quartier.model.RenderedFile;

import java.io.IOException;
import java.util.List;

/** Where a build's files go. A sink takes the whole site at once: all of it lands, or none. */
public interface OutputSink {
    void write(List<RenderedFile> files) throws IOException;
}
