package de.quartier.validate;

import de.quartier.TestSites;
import de.quartier.build.BuildResult;
import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaReferencesTest {
    @TempDir
    Path temp;

    private static final String SPIELMOBIL = "content/offerings/spielmobil.md";

    /** The base site with {@code text} added to the Spielmobil's body, checked: its diagnostics in order. */
    private List<Diagnostic> checkWithText(String text) throws java.io.IOException {
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.append(site.resolve(SPIELMOBIL), text);
        return TestSites.check(site).diagnostics().sorted();
    }

    /** The line where text added by {@link #checkWithText} after its leading blank line begins. */
    private static int firstAddedLine() throws java.io.IOException {
        return Files.readAllLines(Path.of("src/test/resources/sites/base", SPIELMOBIL)).size() + 2;
    }

    @Test
    void anImageFieldNamingAFileWithABlankIsToldToRenameIt() throws Exception {
        // the page would carry src="/…/media/Foto Eingang.svg", an address the HTML checker refuses
        Path site = TestSites.copyBase(temp.resolve("site"));
        Files.writeString(site.resolve("content/media/Foto Eingang.SVG"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        TestSites.replace(site.resolve(SPIELMOBIL), "title: Spielmobil\n", "title: Spielmobil\nimage: {src: media/Foto Eingang.SVG, alt: Der Eingang}\n");
        List<Diagnostic> d = TestSites.check(site).diagnostics().sorted();
        assertEquals(List.of(Code.BAD_FILE_NAME), d.stream().map(Diagnostic::code).toList(), d.toString());
        assertEquals("`image.src`: the name of content/media/Foto Eingang.SVG has a blank or a sign a web address cannot hold", d.get(0).message());
        assertEquals("rename the file to content/media/foto-eingang.svg and write media/foto-eingang.svg", d.get(0).hint());
    }

    @Test
    void aMediaFileNamedWithBlanksIsToBeRenamedNotLinkedAsItIs() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Files.writeString(site.resolve("content/media/Flyer Sommerfest.pdf"), "%PDF");
        TestSites.append(site.resolve("content/offerings/spielmobil.md"), "\n[Flyer](media/flyer-sommerfest.pdf)\n");
        List<Diagnostic> d = TestSites.check(site).diagnostics().sorted();
        assertEquals(List.of(Code.MEDIA_MISSING), d.stream().map(Diagnostic::code).toList(), d.toString());
        // before: "did you mean media/Flyer Sommerfest.pdf?", a link that Markdown cannot read as one
        assertEquals("the file media/Flyer Sommerfest.pdf is probably meant: rename it to media/flyer-sommerfest.pdf "
                + "(a name without blanks can be linked anywhere)", d.get(0).hint());
    }

    @Test
    void aMissingImageIsNamedAnImageAndAMissingFileALink() throws Exception {
        List<String> messages = checkWithText("\n![Das Spielmobil](media/spielmobil.jpg)\n\n"
                + "<img src=\"media/bus.png\" alt=\"Bus\">\n\n[Fotos](media/fotos.jpg)\n\n![Logo][logo]\n\n[logo]: media/logo.png\n").stream().map(Diagnostic::message).toList();
        assertEquals(List.of("an image in the text: the file content/media/spielmobil.jpg does not exist",
                "an image in the text: the file content/media/bus.png does not exist",
                "a link in the text: the file content/media/fotos.jpg does not exist",
                "an image in the text: the file content/media/logo.png does not exist"), messages);
    }

    @Test
    void mailAndPhoneLinksInTheTextAreCheckedLikeTheirFields() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path record = site.resolve("content/offerings/spielmobil.md");
        TestSites.append(record, "\n[Mail](mailto:info-at-example.org) [Tel](tel:0800-FREECALL) [a](mailto:info@example.org?subject=Hallo) "
                + "[b](tel:+49%202041%20123) [c](tel:02041/123-45) [d](mailto:info@example.org%) "
                + "[e](mailto:a@example.org,b@example.org) [f](mailto:?to=a@example.org) [g](tel:+492041123;ext=5)\n");
        List<Diagnostic> d = TestSites.check(site).diagnostics().sorted();
        // a stray % was an internal error with a stack trace
        assertEquals(List.of(Code.BAD_EMAIL, Code.BAD_PHONE, Code.BAD_EMAIL), d.stream().map(Diagnostic::code).toList(), d.toString());
        assertEquals("leave the % out, or write it as %25", d.get(2).hint());
        assertEquals("link `tel:0800-FREECALL`: `0800-FREECALL` is not a phone number a phone can dial", d.get(1).message());
    }

    @Test
    void anAddressOfAnotherSchemeWrittenAsTextIsReportedWhereItIsWrittenSinceThePageWouldLinkIt() throws Exception {
        // no Markdown at all in the added text: the body is still read for it
        List<Diagnostic> d = checkWithText("\nDownload: ftp://files.example/tool.exe, oder file:///etc/passwd.\n"
                + "Auf https://www.bottrop.de/ und in `ftp://code.example/` bleibt es beim Alten.\n");
        assertEquals(List.of("link `ftp://files.example/tool.exe`: only http, https, mailto and tel links are allowed",
                "link `file:///etc/passwd`: only http, https, mailto and tel links are allowed"), d.stream().map(Diagnostic::message).toList(), d.toString());
        assertEquals(List.of(Code.BAD_URL, Code.BAD_URL), d.stream().map(Diagnostic::code).toList());
        int line = firstAddedLine();
        assertEquals(List.of(line, 11, line, 46), List.of(d.get(0).at().line(), d.get(0).at().column(), d.get(1).at().line(), d.get(1).at().column()));
        // inside a link's text it is no link of its own
        assertEquals(List.of(), checkWithText("\n[ftp://files.example/](https://www.bottrop.de/)\n").stream()
                .filter(x -> x.code() == Code.BAD_URL).toList());
    }

    @Test
    void aSitesAddressWithoutItsSchemeIsToldSo() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path record = site.resolve("content/offerings/spielmobil.md");
        String before = Files.readString(record);
        TestSites.append(record, "\n[Stadt](www.example.org)\n");
        // found by the check of the records, in the same run as their other mistakes, not after rendering
        List<Diagnostic> d = TestSites.check(site).diagnostics().sorted();
        assertEquals(List.of(Code.BROKEN_LINK), d.stream().map(Diagnostic::code).toList(), d.toString());
        assertEquals("a link to another site starts with https://: write https://www.example.org", d.get(0).hint());
        // a file is still told where files go; the links to pages are checked after rendering: a build
        Files.writeString(record, before + "\n[Flyer](flyer.pdf)\n");
        d = new de.quartier.build.Pipeline().build(new de.quartier.build.BuildOptions(site, TestSites.TODAY, false, null),
                new de.quartier.write.MemorySink()).diagnostics().sorted();
        assertEquals(List.of(Code.BROKEN_LINK), d.stream().map(Diagnostic::code).toList(), d.toString());
        assertEquals("images and other files belong in content/media/ and are linked as media/flyer.pdf", d.get(0).hint());
    }

    @Test
    void htmlThatThePageLeavesOutIsAWarningWhereItIsWritten() throws Exception {
        int line = firstAddedLine();
        List<Diagnostic> d = checkWithText("\n<iframe src=\"https://video.example.org/embed/1\"></iframe> <SCRIPT>alert(1)</SCRIPT> "
                + "<center>Mitte</center> <p><strong>bleibt</strong> <!-- <form> --></p>\n\nAls Code: `<video>`.\n");
        assertEquals(List.of(line + ":2 iframe", line + ":60 script", line + ":86 center"),
                d.stream().map(x -> x.at().line() + ":" + x.at().column() + " " + x.message().replaceAll("^`<([a-z]+)>`.*", "$1")).toList(), d.toString());
        assertTrue(d.stream().allMatch(x -> x.code() == Code.HTML_REMOVED && x.severity() == de.quartier.diag.Severity.WARNING), d.toString());
        assertEquals("link to it instead, e.g. [Video ansehen](https://…)", d.get(0).hint());
    }

    @Test
    void attributesThatThePageLeavesOutAreOneWarningEachAtTheirFirstName() throws Exception {
        int line = firstAddedLine();
        // as pasted from a word processor: class and style on every paragraph; a link that opens a new tab
        List<Diagnostic> d = checkWithText("\n<p class=\"MsoNormal\" style=\"color:red\">Eins</p>\n<p class=\"MsoNormal\">Zwei</p>\n\n"
                + "Mehr <a href=\"https://example.org/\" TARGET=\"_blank\" title=\"bleibt\">hier</a> <span lang=\"tr\">Merhaba</span> "
                + "<h2 id=\"bleibt\">x</h2>\n");
        assertEquals(List.of(line + ":4 `class` on `<p>` is left out of the page (2 times in this text)",
                        line + ":22 `style` on `<p>` is left out of the page",
                        (line + 3) + ":37 `target` on `<a>` is left out of the page",
                        (line + 3) + ":83 `lang` on `<span>` is left out of the page"),
                d.stream().map(x -> x.at().line() + ":" + x.at().column() + " " + x.message()).toList(), d.toString());
        assertTrue(d.stream().allMatch(x -> x.code() == Code.HTML_REMOVED && x.severity() == de.quartier.diag.Severity.WARNING), d.toString());
        assertEquals("links open in the same tab, as readers expect: leave `target` out", d.get(2).hint());
        assertTrue(d.get(0).hint().startsWith("the theme sets how a page looks"), d.get(0).hint());
    }

    @Test
    void imagesInTheTextWithoutADescriptionAreErrorsWhereTheyAreWritten() throws Exception {
        int line = firstAddedLine();
        List<Diagnostic> d = checkWithText("\n![](media/buero.svg) ![ ][bild] <img src=\"media/buero.svg\"> "
                + "<img alt=\"\" src=\"media/buero.svg\"> <IMG SRC=\"media/buero.svg\" ALT=\"Das Büro\"> ![Das Büro](media/buero.svg)\n"
                + "\n[bild]: media/buero.svg\n");
        // the Markdown image as a whole, the HTML image at its src; alt="" (decoration) and described images pass
        assertEquals(List.of(line + ":1", line + ":22", line + ":43"),
                d.stream().map(x -> x.at().line() + ":" + x.at().column()).toList(), d.toString());
        assertTrue(d.stream().allMatch(x -> x.code() == Code.MISSING_ALT && x.at().path().equals("content/offerings/spielmobil.md")), d.toString());
        assertEquals(20, d.get(0).at().length(), "the whole ![](media/buero.svg)");
    }

    @Test
    void linksThatAreNotPlainlyRelativeToContentAreReportedWithTheLinkAsMeant() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path record = site.resolve("content/offerings/spielmobil.md");
        TestSites.append(record, "\n[a](../contact-points/quartiersbuero-altstadt.md) [b](../bilder/x.png) "
                + "[c](..#inhalt) [d](media/../../bild.png) [e](./offerings/sprechstunde.md) [f](offerings//lesefest.md) [g](./#oben) "
                + "[h](%2e%2e/contact-points/quartiersbuero-altstadt.md) [i](angebote/%2E/)\n");
        BuildResult r = TestSites.check(site);
        List<Diagnostic> d = r.diagnostics().sorted();
        assertEquals(List.of(
                "link: `../contact-points/quartiersbuero-altstadt.md` leads out of content/: links are written relative to content/, not to this file",
                "link: `../bilder/x.png` leads out of content/",
                "link: `..#inhalt` leads out of content/",
                "link: `media/../../bild.png` leads out of content/",
                "link: `./offerings/sprechstunde.md` is not written plainly relative to content/ (it has ./, ../, //, \\ or %2e in its path)",
                "link: `offerings//lesefest.md` is not written plainly relative to content/ (it has ./, ../, //, \\ or %2e in its path)",
                "link: `./#oben` is not written plainly relative to content/ (it has ./, ../, //, \\ or %2e in its path)",
                "link: `%2e%2e/contact-points/quartiersbuero-altstadt.md` leads out of content/: links are written relative to content/, not to this file",
                "link: `angebote/%2E/` is not written plainly relative to content/ (it has ./, ../, //, \\ or %2e in its path)"),
                d.stream().map(Diagnostic::message).toList());
        // the link as meant only where it leads to a place links lead to; otherwise how links are written
        assertEquals(List.of("write contact-points/quartiersbuero-altstadt.md",
                "images and other files belong in content/media/ and are linked as media/x.png",
                "links to pages of the site are written relative to content/, e.g. anlaufstellen/ or offerings/fruehstueck.md",
                "images and other files belong in content/media/ and are linked as media/bild.png",
                "write offerings/sprechstunde.md", "write offerings/lesefest.md",
                "links to pages of the site are written relative to content/, e.g. anlaufstellen/ or offerings/fruehstueck.md",
                "write contact-points/quartiersbuero-altstadt.md", "write angebote/"),
                d.stream().map(Diagnostic::hint).toList());
    }

    @Test
    void addressesOfThePreviewAndTheSitesOwnPathAreReportedWhereTheyAreWritten() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path config = site.resolve("site-config.yml");
        TestSites.replace(config, "base_url: https://example.org/quartiere/", "base_url: https://example.org/qe/");
        Path record = site.resolve("content/offerings/spielmobil.md");
        TestSites.append(record, "\n[a](http://127.0.0.1:1313/qe/anlaufstellen/quartiersbuero-altstadt/#karte) "
                + "[b](http://localhost:1313/) [c](/qe/angebote/) [d](https://example.org/qe/angebote/) "
                + "[e](https://example.org/andere-seite/) [f](/qe-alt/) <http://localhost:8080/qe/angebote/>\n");
        Path office = site.resolve("content/contact-points/quartiersbuero-altstadt.md");
        TestSites.replace(office, "website: https://example.org/altstadt", "website: http://[::1]:1313/altstadt");
        List<Diagnostic> d = TestSites.check(site).diagnostics().sorted();
        assertEquals(List.of(
                "`website`: `http://[::1]:1313/altstadt` leads to this computer (an address of the preview), not to a page on the web",
                "link: `http://127.0.0.1:1313/qe/anlaufstellen/quartiersbuero-altstadt/#karte` leads to this computer (an address of the preview), not to the published site",
                "link: `http://localhost:1313/` leads to this computer (an address of the preview), not to the published site",
                "link: `/qe/angebote/` starts with the site's own path /qe/: links are written relative to content/",
                "link: `http://localhost:8080/qe/angebote/` leads to this computer (an address of the preview), not to the published site"),
                d.stream().map(Diagnostic::message).toList(), "the site's full address (d), other hosts (e) and other paths (f) are fine");
        assertEquals(List.of("write the address the page has on the web, e.g. https://www.example.org/…", "write anlaufstellen/quartiersbuero-altstadt/#karte",
                        "links to pages of the site are written relative to content/, e.g. anlaufstellen/ or offerings/fruehstueck.md",
                        "write angebote/", "write angebote/"),
                d.stream().map(Diagnostic::hint).toList());
    }

    @Test
    void addressesInALocalNetworkAreReportedWhereTheyAreWritten() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path record = site.resolve("content/offerings/spielmobil.md");
        TestSites.append(record, "\n[a](http://192.168.178.20:1313/quartiere/angebote/) [b](https://intranet.stadt.local/formulare/) "
                + "[c](https://192.169.1.1/) [d](https://www.local-news.example/)\n");
        Path office = site.resolve("content/contact-points/quartiersbuero-altstadt.md");
        TestSites.replace(office, "website: https://example.org/altstadt", "website: http://10.0.0.5/altstadt");
        List<Diagnostic> d = TestSites.check(site).diagnostics().sorted();
        assertEquals(List.of(
                "`website`: `http://10.0.0.5/altstadt` leads into a local network (a preview opened from another computer, an intranet), not to a page on the web",
                "link: `http://192.168.178.20:1313/quartiere/angebote/` leads into a local network (a preview opened from another computer, an intranet), not to the published site",
                "link: `https://intranet.stadt.local/formulare/` leads into a local network (a preview opened from another computer, an intranet), not to the published site"),
                d.stream().map(Diagnostic::message).toList(), "public addresses (c, d) are fine");
        assertEquals("write angebote/", d.get(1).hint());
    }

    @Test
    void aBasePathThatIsAlsoAPathOfTheSiteLeavesSuchLinksAlone() throws Exception {
        // base path /quartiere/ is also the quarters' URL word: /quartiere/altstadt/ is the quarter's page
        assertEquals(List.of(), checkWithText("\n[Altstadt](/quartiere/altstadt/)\n"));
    }

    @Test
    void theSiteConfigMayNameALocalServer() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path config = site.resolve("site-config.yml");
        TestSites.replace(config, "base_url: https://example.org/quartiere/", "base_url: http://127.0.0.1:8080/quartiere/");
        assertEquals(List.of(), TestSites.check(site).diagnostics().sorted(), "a test installation, not a link in a record");
    }

    @Test
    void aLinkWithBackslashesFromTheRootIsReportedWhereItIsWritten() throws Exception {
        List<Diagnostic> d = checkWithText("\n[Büro](\\..\\contact-points\\quartiersbuero-altstadt.md)\n");
        assertEquals(List.of("link: `\\..\\contact-points\\quartiersbuero-altstadt.md` is not written plainly relative to content/ "
                + "(it has ./, ../, //, \\ or %2e in its path)"), d.stream().map(Diagnostic::message).toList());
        assertEquals("write contact-points/quartiersbuero-altstadt.md", d.get(0).hint());
        assertTrue(d.get(0).at().line() > 1, "at its line, before anything is rendered: " + d.get(0).at());
    }

    @Test
    void aLinkWithoutSchemeToAnotherHostIsReportedWithTheSchemeToWrite() throws Exception {
        // with base path "/", "//host/p" would be published as a link to another host, unmarked as such
        Path site = TestSites.copyBase(temp.resolve("site"));
        TestSites.replace(site.resolve("site-config.yml"), "base_url: https://example.org/quartiere/", "base_url: https://example.org/");
        TestSites.append(site.resolve("content/offerings/spielmobil.md"),
                "\n[extern](//other.example/p) <a href=\"//other.example/q\">roh</a> [b](/\\\\other.example/r)\n");
        List<Diagnostic> d = TestSites.check(site).diagnostics().sorted();
        assertEquals(List.of("link `//other.example/p` has no scheme: browsers read it as a link to another host",
                "link `//other.example/q` has no scheme: browsers read it as a link to another host",
                "link `/\\\\other.example/r` has no scheme: browsers read it as a link to another host"), d.stream().map(Diagnostic::message).toList());
        assertEquals("write https://other.example/p for another site, or a path relative to content/ (e.g. anlaufstellen/) for a page of this one",
                d.get(0).hint());
        assertEquals(Code.BAD_URL, d.get(2).code());
    }

    @Test
    void aLinkMarkdownCannotReadIsReportedInsteadOfShownAsWritten() throws Exception {
        // a space in the target; plain brackets, a link with a title and code stay as they are
        List<Diagnostic> d = checkWithText("\nDen [Flyer](media/Spielmobil Flyer.PDF) und [Büro](angebote/ alle/) "
                + "gibt es [hier] (oder dort), `[x](a b)`, [ok](offerings/lesefest.md \"Titel\").\n");
        assertEquals(List.of("error broken-link content/offerings/spielmobil.md:9:5", "error broken-link content/offerings/spielmobil.md:9:45"),
                d.stream().map(TestSites::line).toList());
        assertEquals("`[Flyer](media/Spielmobil Flyer.PDF)` is not read as a link, because its target has a space: it would show as written",
                d.get(0).message());
        assertEquals(35, d.get(0).at().length());
        assertEquals("name the file without spaces, e.g. content/media/spielmobil-flyer.pdf, and link media/spielmobil-flyer.pdf", d.get(0).hint());
        assertEquals("write the target without spaces (name a file without them)", d.get(1).hint());
    }

    @Test
    void aSpaceInAPhoneNumberMailOrWebLinkGetsTheTargetWithout() throws Exception {
        // angle brackets do not help here: the Markdown reader takes no space in a target, so each hint writes it without
        List<Diagnostic> d = checkWithText("\n[Tel](tel:02041 703600), [Tel](<tel:+49 (0)2041 70>), [Mail](mailto:info @example.org), "
                + "[Web](<https://example.org/a b>), [Tel](tel:0209 555-1234 / 1235), [Mail](mailto:info@example.org?subject=Frage zum Kurs), "
                + "[Web](<https://www.bottrop .de/a b>)\n");
        assertEquals(List.of("write the number without spaces: [Tel](tel:02041703600)", "write the number without spaces: [Tel](tel:+49204170)",
                "write the address without spaces: [Mail](mailto:info@example.org)", "write each space as %20: [Web](https://example.org/a%20b)",
                // as a phone dials it: without the (0) after +49, without a second extension
                "write the number without spaces: [Tel](tel:02095551234)",
                "write the address without spaces: [Mail](mailto:info@example.org?subject=Frage%20zum%20Kurs)",
                "delete the space: [Web](https://www.bottrop.de/a%20b)"),
                d.stream().map(Diagnostic::hint).toList());
    }

    @Test
    void anEMailAddressAsALinksTargetIsToldToTakeMailto() throws Exception {
        // said in the first run, with the rest: as a page of the site it would be found missing only once the rest is mended
        List<Diagnostic> d = checkWithText("\nSchreiben Sie an [uns](info@bottrop.de) oder [hier](media/fehlt.pdf).\n");
        assertEquals(List.of("error broken-link content/offerings/spielmobil.md:" + firstAddedLine() + ":24", "error media-missing content/offerings/spielmobil.md:"
                + firstAddedLine() + ":53"), d.stream().map(TestSites::line).toList());
        assertEquals("link: `info@bottrop.de` is an e-mail address without mailto:, so it would lead to a page of this site that does not exist",
                d.get(0).message());
        assertEquals("write mailto:info@bottrop.de", d.get(0).hint());
    }

    @Test
    void anImageAndATargetWithBracketsAreReadWhole() throws Exception {
        List<Diagnostic> d = checkWithText("\n![Plakat](media/Mein Plakat.jpg)\n\n[Flyer](media/Flyer (2).pdf) ist da.\n");
        assertEquals(List.of("`![Plakat](media/Mein Plakat.jpg)` is not read as an image, because its target has a space: it would show as written",
                "`[Flyer](media/Flyer (2).pdf)` is not read as a link, because its target has a space: it would show as written"),
                d.stream().map(Diagnostic::message).toList());
        assertEquals("name the file without spaces, e.g. content/media/flyer-2.pdf, and link media/flyer-2.pdf", d.get(1).hint());
    }

    @Test
    void pathsAreWorkedOutSegmentBySegmentKeepingQueryAndFragment() {
        assertEquals("contact-points/x.md#a", MediaReferences.normalised("offerings/../contact-points/x.md#a"));
        assertEquals("angebote/", MediaReferences.normalised("anlaufstellen/../angebote/"));
        assertEquals("offerings/y.md", MediaReferences.normalised("./offerings/y.md"));
        assertEquals("", MediaReferences.normalised("quartiere/.."));
        assertEquals("a/b/?x=../..", MediaReferences.normalised("a//b/./?x=../.."));
        assertEquals("/x", MediaReferences.normalised("/../x"), "from the root, .. stays at the root, as in a browser");
        assertEquals("/contact-points/x.md", MediaReferences.normalised("\\..\\contact-points\\x.md"), "browsers read \\ as /");
        assertEquals("/angebote/?a=1#b", MediaReferences.normalised("/angebote/?a=1#b"));
        assertEquals("//example.org/../x", MediaReferences.normalised("//example.org/../x"), "another host's address");
    }

    @Test
    void aPathThatClimbsAboveItsStartLeavesContent() {
        assertNull(MediaReferences.normalised("../contact-points/x.md"));
        assertNull(MediaReferences.normalised("offerings/../../x"));
        assertNull(MediaReferences.normalised("..\\media\\x.jpg"));
        assertNull(MediaReferences.normalised(".."));
        assertNull(MediaReferences.normalised("%2e%2e/contact-points/x.md"), "browsers resolve %2e%2e as ..");
        assertNull(MediaReferences.normalised("offerings/.%2E/%2e./x"));
        assertEquals("angebote/", MediaReferences.normalised("%2E/angebote/"));
        assertEquals("media/x%2e.pdf", MediaReferences.normalised("media/x%2e.pdf"), "a %2e inside a name is not a dot segment");
        assertNotNull(MediaReferences.normalised("anlaufstellen/../angebote/#..%2F"));
        assertNotNull(MediaReferences.normalised("media/x.pdf"));
    }
}
