package de.quartier.postprocess;

import de.quartier.TestSites;
import de.quartier.diag.Diagnostic;
import de.quartier.diag.Diagnostics;
import de.quartier.model.RenderedFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkCheckerTest {
    private static final String BASE = "https://example.org/quartiere/";

    private static RenderedFile page(String path, String body) {
        return new RenderedFile(path, ("<!DOCTYPE html><html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private List<Diagnostic> check(List<RenderedFile> files) {
        Diagnostics d = new Diagnostics();
        new LinkChecker(d).check(files, BASE, Map.of("a/index.html", "content/pages/a.md"));
        return d.sorted();
    }

    @Test
    void goodLinksPass() {
        List<Diagnostic> d = check(List.of(
                page("index.html", "<a href=\"/quartiere/a/\">a</a> <a href=\"a/#teil\">teil</a> <a href=\"https://other.example/x\">x</a>"
                        + " <a href=\"https://example.org/\">Stadt</a> <a href=\"mailto:x@example.org\">m</a> <img src=\"/quartiere/media/b.png\" alt=\"\">"),
                page("a/index.html", "<h2 id=\"teil\">Teil</h2><a href=\"../\">zurück</a> <a href=\"https://example.org/quartiere/a/\">selbst</a>"),
                new RenderedFile("media/b.png", new byte[]{1})));
        assertEquals(List.of(), d);
    }

    @Test
    void missingPageAndMissingAnchorAreErrorsAtTheSourceRecord() {
        List<Diagnostic> d = check(List.of(
                page("index.html", "<a href=\"/quartiere/a/\">a</a>"),
                page("a/index.html", "<a href=\"/quartiere/fehlt/\">x</a> <a href=\"/quartiere/#nirgends\">y</a> <a href=\"javascript:x()\">z</a>")));
        assertEquals(List.of("error broken-link content/pages/a.md:1:1", "error broken-link content/pages/a.md:1:1",
                "error broken-link content/pages/a.md:1:1"), d.stream().map(TestSites::line).toList());
        assertTrue(d.stream().anyMatch(x -> x.message().contains("/quartiere/fehlt/, which does not exist")));
        assertTrue(d.stream().anyMatch(x -> x.message().contains("no #nirgends")));
        assertTrue(d.stream().anyMatch(x -> x.message().contains("scheme javascript is not allowed")));
    }
}
