package de.quartier.render;

import de.quartier.model.RenderedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Leaflet and Leaflet.markercluster from their WebJars on the class path, copied into the output
 * so maps never load code from another host. The versions are read from the WebJars themselves.
 */
public final class VendorAssets {
    private VendorAssets() {
    }

    /** The files under the given folder; read from the jar once per run. */
    public static List<RenderedFile> files(String folder) {
        List<RenderedFile> out = new ArrayList<>();
        for (RenderedFile f : Read.FILES) out.add(new RenderedFile(folder + f.path(), f.content()));
        return out;
    }

    private static final class Read {
        static final List<RenderedFile> FILES = read();
    }

    private static List<RenderedFile> read() {
        String leaflet = "META-INF/resources/webjars/leaflet/" + version("org.webjars.npm", "leaflet") + "/";
        String cluster = "META-INF/resources/webjars/leaflet-markercluster/" + version("org.webjars", "leaflet-markercluster") + "/";
        Map<String, String> copy = new LinkedHashMap<>();
        for (String f : List.of("leaflet.js", "leaflet.css", "images/layers.png", "images/layers-2x.png", "images/marker-icon.png",
                "images/marker-icon-2x.png", "images/marker-shadow.png"))
            copy.put("leaflet/" + f, leaflet + "dist/" + f);
        copy.put("leaflet/LICENSE", leaflet + "LICENSE");
        for (String f : List.of("leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css"))
            copy.put("leaflet.markercluster/" + f, cluster + f);
        // the WebJar lacks the MIT licence that must travel with the files
        copy.put("leaflet.markercluster/LICENSE", "de/quartier/render/vendor/leaflet.markercluster-LICENSE");
        List<RenderedFile> out = new ArrayList<>();
        copy.forEach((to, from) -> out.add(new RenderedFile(to, resource(from))));
        return out;
    }

    private static String version(String group, String artifact) {
        Properties p = new Properties();
        try (InputStream in = resourceStream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static byte[] resource(String path) {
        try (InputStream in = resourceStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resourceStream(String path) {
        InputStream in = VendorAssets.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing from the class path (a WebJar?): " + path);
        return in;
    }
}
