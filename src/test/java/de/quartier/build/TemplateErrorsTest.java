package de.quartier.build;

import de.quartier.TestSites;
import de.quartier.diag.Diagnostic;
import de.quartier.diag.DiagnosticPrinter;
import de.quartier.write.MemorySink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site's own theme is the site's to get right: a template that cannot be read, one that fails on
 * a page's data, and UI strings that lack keys are errors at the template's file and line, never an
 * internal error with a stack trace, and nothing is written. The preview shows them too.
 */
class TemplateErrorsTest {
    private static final String DETAIL = "themes/bottrop/templates/detail.peb";

    @TempDir
    Path site;

    @BeforeEach
    void siteWithItsOwnTheme() throws IOException {
        TestSites.copyBase(site);
        Files.writeString(site.resolve("site-config.yml"), Files.readString(site.resolve("site-config.yml")) + "theme: bottrop\n");
        Files.createDirectories(site.resolve("themes/bottrop/templates"));
        Files.copy(Path.of(DETAIL), site.resolve(DETAIL));
    }

    @Test
    void aTemplateThatCannotBeReadIsAnErrorAtItsLine() throws IOException {
        int line = replaceInDetail("{{ detail.title }}", "{{ detail.title ");
        List<Diagnostic> errors = buildErrors();
        assertEquals(1, errors.size(), errors.toString());
        Diagnostic d = errors.get(0);
        assertEquals("template-error", d.code().id());
        assertEquals(DETAIL, d.at().path());
        assertTrue(Math.abs(d.at().line() - line) <= 1, "reported near line " + line + ": " + d.at());
    }

    @Test
    void aTemplateThatFailsOnThePagesIsOneErrorNamingAPage() throws IOException {
        int line = replaceInDetail("{{ detail.title }}", "{{ detail.titel }}");
        List<Diagnostic> errors = buildErrors();
        assertEquals(1, errors.size(), "one error for all the pages it fails on: " + errors);
        Diagnostic d = errors.get(0);
        assertEquals(DETAIL + ":" + line + ":1", d.at().toString());
        assertTrue(d.message().matches("the template fails \\(on the page \\S+index\\.html and \\d+ others\\): .*titel.*"), d.message());
        String printed = new DiagnosticPrinter(p -> p.equals(DETAIL) ? readSilently(site.resolve(DETAIL)) : java.util.Optional.empty()).format(d);
        assertTrue(printed.contains("| <h1{% if detail.text.title is not empty %}") && printed.contains("{{ detail.titel }}</h1>"),
                "the template's line is shown: " + printed);
    }

    @Test
    void stringsTheBuiltInThemeHasAndTheSiteLacksAreAnError() throws IOException {
        Files.writeString(site.resolve("themes/bottrop/strings.properties"), "home.crumb=Start\n");
        List<Diagnostic> errors = buildErrors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("themes/bottrop/strings.properties:1:1", errors.get(0).at().toString());
        assertTrue(errors.get(0).message().startsWith("the theme's strings lack "), errors.get(0).message());
    }

    @Test
    void thePreviewShowsATemplateFailureOnThePageItFailsOn() throws IOException {
        Preview preview = new Preview(new BuildOptions(site, TestSites.TODAY, true, null));
        assertTrue(preview.refresh().ok());
        replaceInDetail("{{ detail.title }}", "{{ detail.titel }}");
        assertTrue(preview.refresh(Set.of(DETAIL)).ok(), "the site itself has no errors");
        Preview.PageFailure f = assertThrows(Preview.PageFailure.class, () -> preview.file("angebote/spielmobil/index.html"));
        assertEquals(DETAIL, f.diagnostic().at().path());
        assertTrue(preview.file("index.html").isPresent(), "pages without the template are shown");

        replaceInDetail("{{ detail.titel }", "{{ detail.title ");
        assertFalse(preview.refresh(Set.of(DETAIL)).ok(), "a template that cannot be read is an error of the site");
        assertEquals(DETAIL, preview.state().diagnostics().get(0).at().path());
    }

    /** Replaces the first occurrence in the site's detail template; returns its line. */
    private int replaceInDetail(String from, String to) throws IOException {
        Path file = site.resolve(DETAIL);
        String text = Files.readString(file);
        int at = text.indexOf(from);
        assertTrue(at >= 0, DETAIL + " has " + from);
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private List<Diagnostic> buildErrors() throws IOException {
        MemorySink sink = new MemorySink();
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), sink);
        assertFalse(r.ok());
        assertEquals(Map.of(), sink.files(), "nothing is written");
        return r.diagnostics().sorted();
    }

    private static java.util.Optional<String> readSilently(Path p) {
        try {
            return java.util.Optional.of(Files.readString(p));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
