package de.quartier.build;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which problems belong to a draft left out of the preview: its file's and its translations'. */
class BrokenDraftsTest {
    @Test
    void aDraftsProblemsAreThoseOfItsFileAndItsTranslations() {
        List<String> drafts = List.of("content/offerings/treff.md", "content/quarters/altstadt.yml");
        assertTrue(BrokenDrafts.of("content/offerings/treff.md", drafts));
        assertTrue(BrokenDrafts.of("content/offerings/treff.tr.md", drafts));
        assertTrue(BrokenDrafts.of("content/quarters/altstadt.en.md", drafts));
        assertFalse(BrokenDrafts.of("content/offerings/treff-2.md", drafts));
        assertFalse(BrokenDrafts.of("content/offerings/treffpunkt.tr.md", drafts));
        assertFalse(BrokenDrafts.of("content/offerings/treff.a.b.md", drafts));
        assertFalse(BrokenDrafts.of("content/pages/treff.md", drafts));
    }
}
