package de.quartier.build;

import de.quartier.TestSites;
import de.quartier.write.MemorySink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildOutputTest {
    @TempDir
    Path temp;

    private static Map<String, byte[]> build(Path site) throws Exception {
        MemorySink sink = new MemorySink();
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), sink);
        assertTrue(r.ok(), TestSites.lines(r).toString());
        return sink.files();
    }

    @Test
    void exampleSiteBuildsByteIdenticallyTwice() throws Exception {
        Map<String, byte[]> a = build(Path.of("."));
        Map<String, byte[]> b = build(Path.of("."));
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertTrue(Arrays.equals(a.get(k), b.get(k)), k);
        assertTrue(a.size() > 200, "files: " + a.size());
        assertTrue(a.containsKey("anlaufstellen/index.html") && a.containsKey("404.html") && a.containsKey("assets/style.css"));
    }

    @Test
    void siteThemeOverridesBuiltInFilesOneAtATime() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path cfg = site.resolve("site-config.yml");
        Files.writeString(cfg, Files.readString(cfg) + "theme: eigen\n");
        Files.createDirectories(site.resolve("themes/eigen/templates"));
        Files.createDirectories(site.resolve("themes/eigen/assets"));
        Files.writeString(site.resolve("themes/eigen/templates/not-found.peb"),
                "{% extends \"base.peb\" %}{% block content %}<h1>Hier ist nichts</h1>{% endblock %}");
        Files.writeString(site.resolve("themes/eigen/assets/style.css"), "body { color: #000; }\n");
        Map<String, byte[]> out = build(site);
        assertTrue(new String(out.get("404.html"), StandardCharsets.UTF_8).contains("<h1>Hier ist nichts</h1>"));
        assertEquals("body { color: #000; }\n", new String(out.get("assets/style.css"), StandardCharsets.UTF_8));
        assertTrue(out.containsKey("assets/print.css"), "built-in files not overridden stay");
        assertTrue(new String(out.get("index.html"), StandardCharsets.UTF_8).contains("Zum Inhalt springen"));
    }
}
