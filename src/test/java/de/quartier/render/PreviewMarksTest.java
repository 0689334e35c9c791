package de.quartier.render;

import de.quartier.TestSites;
import de.quartier.build.BuildOptions;
import de.quartier.build.BuildResult;
import de.quartier.build.Pipeline;
import de.quartier.write.MemorySink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every place that shows a draft in the preview says it is one; a published build says it nowhere. */
class PreviewMarksTest {
    private static final String OFFICE = "content/contact-points/quartiersbuero-altstadt.md";

    @TempDir
    Path temp;

    private Map<String, byte[]> build(Path site, boolean drafts) throws java.io.IOException {
        MemorySink sink = new MemorySink();
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, drafts, null), sink);
        assertTrue(r.ok(), TestSites.lines(r).toString());
        return sink.files();
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    /** The search index's files that name the office: its result line is there. */
    private static String searchEntries(Map<String, byte[]> files) {
        StringBuilder out = new StringBuilder();
        files.forEach((path, bytes) -> {
            String t = new String(bytes, StandardCharsets.UTF_8);
            if (path.startsWith("suche/") && t.contains("Quartiersbüro Altstadt")) out.append(t);
        });
        return out.toString();
    }

    @Test
    void aDraftOfficeIsMarkedOnItsPageItsCardThePrintSheetAndInSearch() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.replace(site.resolve(OFFICE), "title: Quartiersbüro Altstadt", "title: Quartiersbüro Altstadt\ndraft: true");
        Map<String, byte[]> shown = build(site, true);
        assertTrue(text(shown, "anlaufstellen/quartiersbuero-altstadt/index.html").contains("Diese Seite ist nicht veröffentlicht"));
        String quarter = text(shown, "quartiere/altstadt/index.html");
        assertTrue(quarter.matches("(?s).*Quartiersbüro Altstadt.{0,800}Entwurf.*"), "the card on the quarter's page");
        String sheet = text(shown, "quartiere/altstadt/druck/index.html");
        assertTrue(sheet.contains("Quartiersbüro Altstadt (Entwurf)"), sheet);
        String search = searchEntries(shown);
        assertTrue(search.contains("Entwurf · "), "the search result's line: " + search);

        // published: a draft is left out, and no file says "Entwurf" of anything
        TestSites.replace(site.resolve(OFFICE), "title: Quartiersbüro Altstadt\ndraft: true", "title: Quartiersbüro Altstadt");
        TestSites.replace(site.resolve("content/pages/impressum.md"), "title: Impressum", "title: Impressum\ndraft: true");
        assertTrue(text(build(site, true), "impressum/index.html").contains("Entwurf"), "shown as a draft");
        Map<String, byte[]> published = build(site, false);
        assertFalse(published.containsKey("impressum/index.html"));
        published.forEach((path, bytes) -> assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("Entwurf"), path));
    }
}
