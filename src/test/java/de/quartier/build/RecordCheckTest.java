package de.quartier.build;

import de.quartier.model.Collection;
import de.quartier.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.quartier.TestSites;
import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @TempDir
    Path temp;

    @Test
    void aReferenceAfterARemovedControlCharacterIsReportedAtTheFilesColumn() throws Exception {
        // the reference is checked after the record, against the whole site: its column is moved there too
        Path site = TestSites.copyBase(temp.resolve("site"));
        String line = "programs: [\u0007gibt-es-nicht]";
        java.nio.file.Files.writeString(site.resolve("content/offerings/zusatz.md"), java.nio.file.Files.readString(site.resolve("content/offerings/sprechstunde.md"))
                .replaceFirst("(?m)^title: .*$", "title: Zusatz\n" + line));
        List<Diagnostic> found = TestSites.check(site).diagnostics().sorted().stream()
                .filter(d -> d.at().path().equals("content/offerings/zusatz.md")).toList();
        Diagnostic dangling = found.stream().filter(d -> d.code() == Code.DANGLING_REF).findFirst().orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(line.indexOf("gibt-es-nicht") + 1, dangling.at().column(), found.toString());
        assertEquals(line.indexOf('\u0007') + 1, found.stream().filter(d -> d.code() == Code.CONTROL_CHARACTER).findFirst().orElseThrow().at().column());
    }

    @Test
    void aReferenceWithAnInvisibleCharacterIsStillLookedUp() throws Exception {
        // `programs: [gibt-es-nicht<U+200B>]`: both the character and the missing programme are named
        Path site = TestSites.copyBase(temp.resolve("site"));
        java.nio.file.Files.writeString(site.resolve("content/offerings/zusatz.md"), java.nio.file.Files.readString(site.resolve("content/offerings/sprechstunde.md"))
                .replaceFirst("(?m)^title: .*$", "title: Zusatz\nprograms: [gibt-es-nicht\u200B]"));
        List<Code> codes = TestSites.check(site).diagnostics().sorted().stream()
                .filter(d -> d.at().path().equals("content/offerings/zusatz.md")).map(Diagnostic::code).toList();
        assertEquals(List.of(Code.DANGLING_REF, Code.INVISIBLE_CHARACTER), codes, "the reference at its start, the character at its own column");
    }
}
