package de.quartier.load;

import de.quartier.TestSites;
import de.quartier.diag.Code;
import de.quartier.diag.Diagnostic;
import de.quartier.diag.Diagnostics;
import de.quartier.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteLoaderTest {
    @TempDir
    Path site;

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void readsEveryCollectionAndListsMedia() throws Exception {
        TestSites.copyBase(site);
        LoadedSite loaded = new SiteLoader(diagnostics).load(site);
        assertTrue(loaded.config().isPresent());
        assertEquals(10, loaded.records().size());
        assertTrue(loaded.mediaFiles().contains("media/buero.svg"));
        SourceFile awo = loaded.records().stream().filter(f -> f.path().equals("content/operators/awo.yml")).findFirst().orElseThrow();
        assertEquals(SourceFile.Format.YAML, awo.format());
        assertEquals("awo", awo.slug());
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
    }

    @Test
    void byteOrderMarkIsTolerated() throws Exception {
        TestSites.copyBase(site);
        Path p = site.resolve("content/pages/impressum.md");
        byte[] text = Files.readAllBytes(p);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(p, withBom);
        LoadedSite loaded = new SiteLoader(diagnostics).load(site);
        SourceFile f = loaded.records().stream().filter(r -> r.slug().equals("impressum")).findFirst().orElseThrow();
        assertTrue(f.text().startsWith("---"));
        assertTrue(diagnostics.sorted().isEmpty());
    }

    @Test
    void aFolderInsideASiteNamesTheSite() throws Exception {
        TestSites.copyBase(site);
        new SiteLoader(diagnostics).load(site.resolve("content"));
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals(Code.MISSING_CONFIG, d.code());
        assertTrue(d.hint().contains("this folder lies inside a site: run the command in " + site.toAbsolutePath().normalize()), d.hint());
        // from a collection's folder, two levels down, too
        Diagnostics deeper = new Diagnostics();
        new SiteLoader(deeper).load(site.resolve("content/offerings"));
        assertTrue(deeper.sorted().get(0).hint().contains("run the command in " + site.toAbsolutePath().normalize()), deeper.sorted().get(0).hint());
    }

    @Test
    void latin1UmlautIsReportedAtItsLineAndColumn() throws Exception {
        TestSites.copyBase(site);
        Files.write(site.resolve("content/pages/kaputt.md"),
                "---\ntitle: Quartiersb\u00fcro\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        new SiteLoader(diagnostics).load(site);
        Diagnostic d = diagnostics.sorted().get(0);
        assertEquals(Code.NOT_UTF8, d.code());
        assertEquals("content/pages/kaputt.md:2:18", d.at().toString());
    }

    @Test
    void otherFilesAndFoldersAreWarnedAbout() throws Exception {
        TestSites.copyBase(site);
        Files.createDirectories(site.resolve("content/angebote"));
        Files.writeString(site.resolve("content/angebote/x.md"), "---\ntitle: X\n---\n");
        Files.writeString(site.resolve("content/pages/notiz.txt"), "x");
        Files.writeString(site.resolve("content/pages/foto.jpg"), "x");
        Files.writeString(site.resolve("content/readme.md"), "x");
        Files.writeString(site.resolve("content/pages/.hidden.md"), "x");
        // hidden files that are no one's records: the system's, Git's, an editor's swap file, a Mac's copy of the resource fork
        for (String name : List.of(".DS_Store", ".gitkeep", ".impressum.md.swp", "._impressum.md")) Files.writeString(site.resolve("content/pages/" + name), "x");
        Files.writeString(site.resolve("content/pages/impressum.md.bak"), "x");
        // records in a folder inside a collection, also as .yml: not read, so an error too
        Files.createDirectories(site.resolve("content/operators/2025"));
        Files.writeString(site.resolve("content/operators/2025/caritas.YML"), "title: Caritas\n");
        Files.createDirectories(site.resolve("content/entwuerfe"));
        Files.writeString(site.resolve("content/entwuerfe/ideen.txt"), "x");
        new SiteLoader(diagnostics).load(site);
        List<String> codes = diagnostics.sorted().stream().map(d -> d.severity() + " " + d.code().id() + " " + d.at().path()).toList();
        // a record in a folder Quartier does not read would be missing from the site: an error; other files a warning
        assertEquals(List.of("ERROR unknown-folder content/angebote/", "WARNING unknown-folder content/entwuerfe/", "ERROR unknown-folder content/operators/2025/",
                "WARNING ignored-file content/pages/.hidden.md", "WARNING ignored-file content/pages/foto.jpg", "WARNING ignored-file content/pages/impressum.md.bak", "WARNING ignored-file content/pages/notiz.txt",
                "WARNING ignored-file content/readme.md"), codes);
        assertEquals("content/angebote/ is not a collection folder: its record (x.md) would not be published", diagnostics.sorted().get(0).message());
        assertEquals("move it to content/offerings/; to keep a record unpublished, give it `draft: true` there", diagnostics.sorted().get(0).hint());
        // a text file is probably a record with the wrong extension; a picture belongs in media/
        assertEquals("folders inside content/operators/ are not read: its record (caritas.YML) would not be published", diagnostics.sorted().get(2).message());
        // a hidden record-like file is named, not lost without a word
        assertEquals("a file whose name begins with a dot is hidden, and not read", diagnostics.sorted().get(3).message());
        assertEquals("if it is a record, rename it to hidden.md", diagnostics.sorted().get(3).hint());
        assertEquals("images and documents belong in content/media/", diagnostics.sorted().get(4).hint());
        assertEquals("a copy of a record, it seems: delete it, or keep it outside content/", diagnostics.sorted().get(5).hint());
        assertEquals("if it is a record, rename it to notiz.md", diagnostics.sorted().get(6).hint());
    }

    @Test
    void aRecordWithItsExtensionInCapitalsIsAnErrorNotLeftOut() throws Exception {
        // a warning would let the build pass with the record missing from the site
        TestSites.copyBase(site);
        Files.writeString(site.resolve("content/offerings/spielen-im-park.MD"), "---\ntitle: X\n---\n");
        Files.writeString(site.resolve("content/pages/Ueber Uns.Yml"), "title: X\n");
        Files.writeString(site.resolve("content/offerings/spielmobil.tr.MD"), "---\ntitle: X\n---\n");
        new SiteLoader(diagnostics).load(site);
        assertEquals(List.of("bad-file-name content/offerings/spielen-im-park.MD", "bad-file-name content/offerings/spielmobil.tr.MD",
                        "bad-file-name content/pages/Ueber Uns.Yml"),
                diagnostics.sorted().stream().map(d -> d.code().id() + " " + d.at().path()).toList());
        assertEquals("`spielen-im-park.MD`: a record's extension is written in lowercase: .md", diagnostics.sorted().get(0).message());
        assertEquals("rename it to spielen-im-park.md", diagnostics.sorted().get(0).hint());
        assertEquals("rename it to spielmobil.tr.md", diagnostics.sorted().get(1).hint(), "a translation's name stays one");
        assertEquals("rename it to ueber-uns.yml", diagnostics.sorted().get(2).hint());
    }

    @Test
    void aReloadOfChangedRecordFilesGivesWhatAFullLoadGives() throws Exception {
        // the preview patches the path-ordered list in place: a file added in the middle, one deleted, a translation added
        TestSites.copyBase(site);
        LoadedSite before = new SiteLoader(diagnostics).load(site);
        Files.writeString(site.resolve("content/offerings/malkurs.md"), "---\ntitle: Malkurs\n---\n");
        Files.delete(site.resolve("content/offerings/lesefest.md"));
        Files.writeString(site.resolve("content/offerings/spielmobil.tr.md"), "---\ntitle: Oyun otobüsü\n---\n");
        java.util.Optional<LoadedSite> again = new SiteLoader(new Diagnostics()).reload(before,
                List.of("content/offerings/malkurs.md", "content/offerings/lesefest.md", "content/offerings/spielmobil.tr.md"));
        LoadedSite full = new SiteLoader(new Diagnostics()).load(site);
        assertTrue(again.isPresent());
        assertEquals(full.records(), again.get().records());
        assertEquals(full.texts(), again.get().texts());
    }

    @Test
    void missingConfigIsAnError() throws Exception {
        TestSites.copyBase(site);
        Files.delete(site.resolve("site-config.yml"));
        LoadedSite loaded = new SiteLoader(diagnostics).load(site);
        assertTrue(loaded.config().isEmpty());
        assertEquals(Code.MISSING_CONFIG, diagnostics.sorted().get(0).code());
    }
}
