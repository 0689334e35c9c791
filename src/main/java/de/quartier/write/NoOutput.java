package de.quartier.write;

/**
 * Keeps no file: for {@code quartier check}, which renders every page (the link check needs them)
 * and writes nothing. A path written twice is refused by the build itself, before any sink.
 */
public final class NoOutput implements OutputSink {
    @Override
    public Staging open() {
        return new Staging() {
            @Override
            public void write(de.quartier.model.RenderedFile file) {
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
