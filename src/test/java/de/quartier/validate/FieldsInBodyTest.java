package de.quartier.validate;

import de.quartier.TestSites;
import de.quartier.build.BuildResult;
import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldsInBodyTest {
    @TempDir
    Path temp;

    /** A `---` among the fields: the optional field below it would have been published as text without a word. */
    @Test
    void aFieldBelowAStrayDividerIsAnErrorAtItsLine() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("stray"));
        TestSites.replace(site.resolve("content/offerings/lesefest.md"), "registration: {required: yes, url: https://example.org/lesefest-anmeldung}\n---\n",
                "---\nregistration: {required: yes, url: https://example.org/lesefest-anmeldung}\ncost: 2 €\n---\nText\n");
        BuildResult r = TestSites.check(site);
        assertFalse(r.ok());
        List<Diagnostic> found = r.diagnostics().sorted().stream().filter(d -> d.code() == Code.FIELD_IN_BODY).toList();
        assertEquals(1, found.size(), r.diagnostics().sorted().toString());
        assertEquals("content/offerings/lesefest.md:12:1", found.get(0).at().toString());
        assertEquals(12, found.get(0).at().length());
        assertTrue(found.get(0).message().startsWith("`registration:` is in the text"), found.get(0).message());
        assertEquals(HINT, found.get(0).hint());
    }

    /** The same words for a record and a translation file (it said "a record" in both). */
    private static final String HINT = "all fields stand between the file's first `---` line and the next one: remove the `---` line above this one";

    /** German text that begins like a field is text; so is a field name further down the body. */
    @Test
    void textThatOnlyLooksLikeAFieldIsText() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("text"));
        TestSites.replace(site.resolve("content/offerings/lesefest.md"), "registration: {required: yes, url: https://example.org/lesefest-anmeldung}\n---\n",
                "registration: {required: yes, url: https://example.org/lesefest-anmeldung}\n---\nKosten: 2 €\nAnmeldung: im Büro\n\ncost: wie oben\n");
        BuildResult r = TestSites.check(site);
        assertTrue(r.diagnostics().sorted().stream().noneMatch(d -> d.code() == Code.FIELD_IN_BODY), r.diagnostics().sorted().toString());
    }

    /** A translation's summary below a stray `---` would be shown as its text. */
    @Test
    void aTranslationsSummaryBelowAStrayDividerIsAnErrorToo() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("translation"));
        java.nio.file.Files.writeString(site.resolve("content/offerings/lesefest.en.md"),
                "---\ntitle: Reading festival\n---\nsummary: Stories for children\n---\nText\n");
        BuildResult r = TestSites.check(site);
        List<Diagnostic> found = r.diagnostics().sorted().stream().filter(d -> d.code() == Code.FIELD_IN_BODY).toList();
        assertEquals(List.of("content/offerings/lesefest.en.md:4:1"), found.stream().map(d -> d.at().toString()).toList(), r.diagnostics().sorted().toString());
        assertEquals(HINT, found.get(0).hint());
    }
}
