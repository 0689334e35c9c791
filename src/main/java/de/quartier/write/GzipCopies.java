package de.quartier.write;

import de.quartier.model.RenderedFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a gzip copy ({@code page.html.gz}) beside each text file over 1 KB, for web servers that
 * send a precompressed file where one is present (nginx's gzip_static, see deploy/): compressed
 * once at build time at the highest level instead of on every request. The copies are the same
 * bytes for the same file (gzip's header carries no time here), so builds stay byte-identical.
 */
public final class GzipCopies implements OutputSink {
    /** Smaller files gain too little to be worth a second file. */
    static final int MIN_BYTES = 1024;
    private static final Set<String> TEXT = Set.of("html", "css", "js", "json", "geojson", "ics", "vcf", "csv", "xml", "txt", "svg",
            "webmanifest");

    private final OutputSink target;

    public GzipCopies(OutputSink target) {
        this.target = target;
    }

    @Override
    public Staging open() throws IOException {
        Staging staging = target.open();
        return new Staging() {
            @Override
            public void write(RenderedFile file) throws IOException {
                staging.write(file);
                if (compressible(file)) staging.write(new RenderedFile(file.path() + ".gz", gzip(file.content())));
            }

            @Override
            public void commit() throws IOException {
                staging.commit();
            }

            @Override
            public void close() throws IOException {
                staging.close();
            }
        };
    }

    static boolean compressible(RenderedFile file) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return file.content().length > MIN_BYTES && dot > 0 && TEXT.contains(name.substring(dot + 1));
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(content);
        }
        return out.toByteArray();
    }
}
