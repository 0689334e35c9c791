package de.quartier.build;

import de.quartier.load.LoadedSite;
import de.quartier.model.Collection;
import de.quartier.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which problems belong to a draft left out of the preview: its file's and its translations'. */
class BrokenDraftsTest {
    private static SourceFile file(String path, Collection c, String slug, String language) {
        SourceFile.Format format = path.endsWith(".yml") ? SourceFile.Format.YAML : SourceFile.Format.MARKDOWN;
        return new SourceFile(path, c, slug, format, "").asTranslation(language);
    }

    @Test
    void aDraftsProblemsAreThoseOfItsFileAndItsTranslations() {
        LoadedSite loaded = new LoadedSite(Path.of("site"), Optional.empty(), List.of(
                file("content/offerings/treff.md", Collection.OFFERINGS, "treff", null),
                file("content/offerings/treff.tr.md", Collection.OFFERINGS, "treff", "tr"),
                file("content/quarters/altstadt.yml", Collection.QUARTERS, "altstadt", null),
                file("content/quarters/altstadt.en.md", Collection.QUARTERS, "altstadt", "en"),
                file("content/offerings/treff-2.md", Collection.OFFERINGS, "treff-2", null),
                file("content/offerings/treffpunkt.md", Collection.OFFERINGS, "treffpunkt", null),
                file("content/offerings/treffpunkt.tr.md", Collection.OFFERINGS, "treffpunkt", "tr"),
                file("content/pages/treff.md", Collection.PAGES, "treff", null)), Set.of(), Map.of(), Map.of(), Map.of());
        Set<String> drafts = BrokenDrafts.filesOf(loaded, List.of("content/offerings/treff.md", "content/quarters/altstadt.yml"));
        assertTrue(drafts.contains("content/offerings/treff.md"));
        assertTrue(drafts.contains("content/offerings/treff.tr.md"));
        assertTrue(drafts.contains("content/quarters/altstadt.en.md"));
        assertFalse(drafts.contains("content/offerings/treff-2.md"));
        assertFalse(drafts.contains("content/offerings/treffpunkt.tr.md"));
        assertFalse(drafts.contains("content/offerings/treff.a.b.md"));
        assertFalse(drafts.contains("content/pages/treff.md"));
    }
}
