package de.quartier.render;

import de.quartier.TestSites;
import de.quartier.build.BuildOptions;
import de.quartier.build.BuildResult;
import de.quartier.build.Pipeline;
import de.quartier.write.MemorySink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One rendered page per page kind, from the small base test site, compared with a golden file in
 * src/test/resources/golden/. After an intended change, rewrite them with
 * {@code ./mvnw test -Dtest=GoldenPagesTest -Dgolden.update=true} and review the diff.
 */
class GoldenPagesTest {
    private static final Path GOLDEN = TestSites.RESOURCES.resolve("golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static MemorySink sink;
    @org.junit.jupiter.api.io.TempDir
    static Path temp;

    @BeforeAll
    static void build() throws IOException {
        sink = new MemorySink();
        // a copy outside the repository: its pages carry no dates of this repository's commits ("Stand: …"),
        // which would change with every commit that touches the test site
        Path site = TestSites.copyBase(temp.resolve("site"));
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false,
                "https://example.org/quartiersentwicklung/"), sink);
        assertTrue(r.ok(), TestSites.lines(r).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "index.html",
            "quartiere/index.html", "quartiere/altstadt/index.html",
            "anlaufstellen/index.html", "anlaufstellen/quartiersbuero-altstadt/index.html",
            "angebote/index.html", "angebote/sprechstunde/index.html", "angebote/lesefest/index.html", "angebote/spielmobil/index.html",
            "traeger/index.html", "traeger/awo/index.html",
            "programme/index.html", "programme/soziale-stadt/index.html",
            "aktuelles/index.html", "aktuelles/eroeffnung/index.html",
            "impressum/index.html",
            "bezirke/index.html", "bezirke/bottrop-mitte/index.html", "arten/quartiersbuero/index.html",
            "zielgruppen/alle/index.html", "themen/beratung/index.html", "sprachen/tr/index.html",
            "404.html"})
    void pageMatchesItsGoldenFile(String page) throws IOException {
        byte[] bytes = sink.files().get(page);
        assertNotNull(bytes, "not rendered: " + page);
        String actual = new String(bytes, StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(page.replace("/index.html", "").replace('/', '_').replace(".html", "") + ".html");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dgolden.update=true");
        assertEquals(Files.readString(golden).replace("\r\n", "\n"), actual, "page " + page + " differs from " + golden);
    }
}
