package de.quartier.build;

import de.quartier.TestSites;
import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** `check` hints a missing field with the site's own example, as `quartier new` does: Aachen has no quarter "altstadt". */
class SiteExamplesTest {
    @TempDir
    Path temp;

    @Test
    void aMissingFieldIsHintedWithTheSitesOwnExample() throws Exception {
        Path site = temp.resolve("aachen");
        TestSites.copyTree(Path.of("examples", "aachen"), site);
        Path office = site.resolve("content/contact-points/awo-begegnungszentrum-preuswald.md");
        TestSites.replace(office, "quarters: preuswald\n", "");
        TestSites.replace(office, "city: Aachen}", "city: }");
        BuildResult r = TestSites.check(site);
        List<String> hints = r.diagnostics().sorted().stream().filter(d -> d.code() == Code.MISSING_FIELD).map(Diagnostic::hint).toList();
        // the first quarter and the city of the first office by slug: the same as the comments of a new record
        assertEquals(List.of("for example quarters: [burtscheid]", "for example city: Aachen"), hints, r.diagnostics().sorted().toString());
    }

    /** Where the site has no example of its own (site-config.yml, a field no skeleton fills), the content model's stands. */
    @Test
    void elsewhereTheContentModelsExampleStands() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("base"));
        TestSites.replace(site.resolve("content/offerings/lesefest.md"), "title: Lesefest in der Schule\n", "");
        BuildResult r = TestSites.check(site);
        List<Diagnostic> missing = r.diagnostics().sorted().stream().filter(d -> d.code() == Code.MISSING_FIELD).toList();
        assertEquals(1, missing.size(), missing.toString());
        assertEquals(de.quartier.model.ContentFields.exampleOf("title"), missing.get(0).hint().substring("for example title: ".length()));
    }
}
