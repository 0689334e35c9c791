package de.quartier.validate;

import de.quartier.TestSites;
import de.quartier.build.BuildResult;
import de.quartier.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class MediaReferencesTest {
    @TempDir
    Path temp;

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
    void pathsAreWorkedOutSegmentBySegmentKeepingQueryAndFragment() {
        assertEquals("contact-points/x.md#a", MediaReferences.normalised("offerings/../contact-points/x.md#a"));
        assertEquals("angebote/", MediaReferences.normalised("anlaufstellen/../angebote/"));
        assertEquals("offerings/y.md", MediaReferences.normalised("./offerings/y.md"));
        assertEquals("", MediaReferences.normalised("quartiere/.."));
        assertEquals("a/b/?x=../..", MediaReferences.normalised("a//b/./?x=../.."));
        assertEquals("/../x", MediaReferences.normalised("/../x"), "a path from the root is not relative");
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
