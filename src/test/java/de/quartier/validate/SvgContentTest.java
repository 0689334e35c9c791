package de.quartier.validate;

import de.quartier.TestSites;
import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import de.quartier.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An SVG in content/media/ is published as it is: one that can run script or loads from elsewhere is an error. */
class SvgContentTest {
    @TempDir
    Path temp;

    private static List<Diagnostic> check(String svg) {
        Diagnostics d = new Diagnostics();
        SvgContent.check("content/media/logo.svg", svg.getBytes(StandardCharsets.UTF_8), d);
        return d.sorted();
    }

    private static List<String> places(List<Diagnostic> d) {
        return d.stream().map(x -> x.at().line() + ":" + x.at().column()).toList();
    }

    @Test
    void aScriptAnEventHandlerAndHtmlInsideAreErrorsWhereTheyAreWritten() {
        List<Diagnostic> d = check("""
                <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">
                  <script>alert(2)</script>
                  <svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(3)</svg:script>
                  <foreignObject><iframe src="x"/></foreignObject>
                  <a xlink:href="java\tscript:alert(4)"><text>x</text></a>
                  <set attributeName="href" to="JavaScript:alert(5)"/>
                  <animate attributeName="href" values="#a;javascript:alert(6)"/>
                  <a href="data:text/html,&lt;script&gt;alert(7)&lt;/script&gt;"/>
                </svg>
                """);
        assertEquals(List.of("1:41", "2:3", "3:3", "4:3", "4:18", "5:6", "6:29", "7:33", "8:6"), places(d), d.toString());
        assertTrue(d.stream().allMatch(x -> x.code() == Code.SVG_SCRIPT));
        assertEquals("`logo.svg`: an SVG with the script in onload=\"…\" is not published: it could run script on the site's own address",
                d.get(0).message());
        assertEquals("`logo.svg`: an SVG with <script> is not published: it could run script on the site's own address", d.get(1).message());
        assertTrue(d.get(0).hint().contains("publish it as PNG"), d.get(0).hint());
    }

    @Test
    void picturesAndStylesFromAnotherSiteAreErrorsSinceTheyAskItBeforeTheReaderAgreed() {
        List<Diagnostic> d = check("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <image xlink:href="https://tracker.example/p.png"/>
                  <style>@import url(https://fonts.example/a.css);</style>
                  <rect style="fill: url(//cdn.example/p.svg#g)"/>
                </svg>
                """);
        assertEquals(List.of("2:10", "3:3", "4:9"), places(d), d.toString());
        assertEquals("`logo.svg`: an SVG with <image> loading https://tracker.example/p.png from another site is not published: "
                + "it would ask that site before the reader agreed", d.get(0).message());
    }

    @Test
    void anOrdinaryDrawingWithEmbeddedPicturesLinksAndInternalReferencesPasses() {
        assertEquals(List.of(), check("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
                  <title>Logo</title>
                  <defs><linearGradient id="g"/></defs>
                  <rect fill="url(#g)" width="10" height="10" style="stroke: #000"/>
                  <use xlink:href="#g"/>
                  <image href="data:image/png;base64,iVBORw0KGgo="/>
                  <a href="https://www.bottrop.de/"><text>Bottrop</text></a>
                  <style>rect { fill: url(#g); }</style>
                </svg>
                """));
    }

    @Test
    void theSitesSvgFilesAreCheckedInTheBuildAndTheExampleSitesPass() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Files.writeString(site.resolve("content/media/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        var result = TestSites.check(site);
        List<Diagnostic> d = result.diagnostics().sorted();
        assertEquals(List.of("content/media/logo.svg:1:41"), d.stream().map(x -> x.at().path() + ":" + x.at().line() + ":" + x.at().column()).toList());
        // the message quotes the drawing's line with a caret under the script, as it does for records
        String printed = new de.quartier.diag.DiagnosticPrinter(result.loaded()::text).format(d.get(0));
        assertTrue(printed.contains("  1 | <svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\n"
                + "    | " + " ".repeat(40) + "^"), printed);
        for (Path svg : List.of(Path.of("content/media/nachbarschaft.svg"), Path.of("content/media/kartenpin.svg"), Path.of("content/media/quartiersbuero.svg")))
            assertEquals(List.of(), check(Files.readString(svg)), svg.toString());
    }

    @Test
    void aDrawingIsReadOncePerContentAndReportedOnEveryCheck() {
        byte[] bad = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            Diagnostics d = new Diagnostics();
            SvgContent.check(java.util.Map.of("media/logo.svg", bad, "media/foto.jpg", new byte[]{1}), d);
            assertEquals(List.of("content/media/logo.svg:1:41"), d.sorted().stream().map(x -> x.at().path() + ":" + x.at().line() + ":" + x.at().column()).toList(),
                    "check " + (i + 1));
        }
        // the same bytes under another name are reported under that name; mended bytes are read again
        Diagnostics other = new Diagnostics();
        SvgContent.check(java.util.Map.of("media/logo-alt.svg", bad), other);
        assertEquals("content/media/logo-alt.svg", other.sorted().get(0).at().path());
        Diagnostics mended = new Diagnostics();
        SvgContent.check(java.util.Map.of("media/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)), mended);
        assertEquals(List.of(), mended.sorted());
    }
}
