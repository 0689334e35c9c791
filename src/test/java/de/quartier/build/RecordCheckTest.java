package de.quartier.build;

import de.quartier.model.Collection;
import de.quartier.source.SourceFile;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file whose YAML cannot be read is a draft only by the line `draft: true` at the top of its front matter. */
class RecordCheckTest {
    private static SourceFile markdown(String text) {
        return new SourceFile("content/offerings/treff.md", Collection.OFFERINGS, "treff", SourceFile.Format.MARKDOWN, text);
    }

    @Test
    void theDraftLineCountsInTheFrontMatterAtItsTopLevelOnly() {
        assertTrue(RecordCheck.draftLine(markdown("---\ntitle: \"Treff\ndraft: true\n---\nText\n")));
        assertTrue(RecordCheck.draftLine(markdown("---\r\ntitle: \"Treff\r\ndraft: ja # bis Montag\r\n---\r\n")));
        assertTrue(RecordCheck.draftLine(markdown("---\ntitle: \"Treff\ndraft: Ja\n---\n")), "as the field reads it");
        assertTrue(RecordCheck.draftLine(markdown("---\ntitle: \"Treff\ndraft: \"true\"\n---\n")));
        assertFalse(RecordCheck.draftLine(markdown("---\ntitle: \"Treff\nDraft: true\n---\n")), "no key `draft`");
        assertFalse(RecordCheck.draftLine(markdown("---\ntitle: \"Treff\ndraft: false\n---\n")));
        assertFalse(RecordCheck.draftLine(markdown("---\ntitle: \"Treff\n  draft: true\n---\n")), "indented: part of another value");
        assertFalse(RecordCheck.draftLine(markdown("---\ntitle: \"Treff\n---\ndraft: true\n")), "in the body");
        assertFalse(RecordCheck.draftLine(markdown("title: Treff\ndraft: true\n")), "no front matter");
        assertTrue(RecordCheck.draftLine(new SourceFile("content/quarters/a.yml", Collection.QUARTERS, "a", SourceFile.Format.YAML,
                "title: \"A\ndraft: true\n")));
    }
}
