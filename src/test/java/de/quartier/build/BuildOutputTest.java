package de.quartier.build;

import de.quartier.TestSites;
import de.quartier.diag.Diagnostic;
import de.quartier.render.Theme;
import de.quartier.write.MemorySink;
import de.quartier.write.StagedDirectorySink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildOutputTest {
    @TempDir
    Path temp;

    private static Map<String, byte[]> build(Path site) throws Exception {
        return build(site, 0);
    }

    private static Map<String, byte[]> build(Path site, int workers) throws Exception {
        MemorySink sink = new MemorySink();
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null, workers), sink);
        assertTrue(r.ok(), TestSites.lines(r).toString());
        return sink.files();
    }

    @Test
    void exampleSiteBuildsByteIdenticallyTwice() throws Exception {
        Map<String, byte[]> a = build(Path.of("."));
        Map<String, byte[]> b = build(Path.of("."));
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertTrue(Arrays.equals(a.get(k), b.get(k)), k);
        assertTrue(a.size() > 200, "files: " + a.size());
        assertTrue(a.containsKey("anlaufstellen/index.html") && a.containsKey("404.html")
                && a.keySet().stream().anyMatch(k -> k.matches("assets/style\\.[0-9a-f]{10}\\.css")), "style sheets carry a hash of their content");
    }

    @Test
    void outputIsTheSameWhateverTheNumberOfWorkers() throws Exception {
        Map<String, byte[]> one = build(Path.of("."), 1);
        for (int workers : new int[]{2, 8}) {
            Map<String, byte[]> many = build(Path.of("."), workers);
            assertEquals(one.keySet(), many.keySet(), workers + " workers");
            for (String k : one.keySet()) assertTrue(Arrays.equals(one.get(k), many.get(k)), k + " with " + workers + " workers");
        }
    }

    @Test
    void aBrokenLinkFoundAfterPagesWereWrittenLeavesThePreviousOutputUntouched() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path out = temp.resolve("public");
        BuildResult first = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), new StagedDirectorySink(out));
        assertTrue(first.ok(), TestSites.lines(first).toString());
        Map<String, byte[]> before = TestSites.files(out);
        Path page = site.resolve("content/pages/impressum.md");
        // the link is only known to be broken once every page is written
        TestSites.append(page, "\nMehr unter [Formulare](formulare/#download).\n");
        int line = Files.readAllLines(page).size();
        BuildResult second = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), new StagedDirectorySink(out));
        assertEquals(List.of("error broken-link content/pages/impressum.md:" + line + ":24"), TestSites.lines(second));
        assertEquals("link: `formulare/#download` (/quartiere/formulare/#download) does not exist", second.diagnostics().sorted().get(0).message());
        // the records' texts were let go after the check: the message still quotes the line, read again
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        new de.quartier.diag.DiagnosticPrinter(second.loaded()::text).print(second.diagnostics(), new java.io.PrintStream(printed, true, "UTF-8"));
        assertTrue(printed.toString(java.nio.charset.StandardCharsets.UTF_8).contains("Mehr unter [Formulare](formulare/#download)."), printed.toString());
        assertTrue(second.loaded().text("content/../../etc/passwd").isEmpty(), "never a file outside the site");
        Files.writeString(site.resolve("content/liesmich.txt"), "nicht gelesen");
        assertTrue(second.loaded().text("content/liesmich.txt").isEmpty(), "only records are read again");
        assertTrue(second.loaded().text("site-config.yml").isPresent(), "the configuration's text is kept");
        Map<String, byte[]> after = TestSites.files(out);
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) assertArrayEquals(before.get(k), after.get(k), k);
        try (Stream<Path> s = Files.list(temp)) {
            assertEquals(List.of("public", "site"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder left");
        }
    }

    @Test
    void aBrokenLinkInRawHtmlIsReportedWhereItWasWrittenAndNothingIsWritten() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path out = temp.resolve("public");
        Path page = site.resolve("content/pages/impressum.md");
        TestSites.append(page, "\n<img src=\"x\" alt=\"\">\n");
        int line = Files.readAllLines(page).size();
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), new StagedDirectorySink(out));
        // once, at the value in the body (not at 1:1 of the record for the rendered page)
        assertEquals(List.of("error broken-link content/pages/impressum.md:" + line + ":11"), TestSites.lines(r));
        assertEquals("link: `x` (/quartiere/x) does not exist", r.diagnostics().sorted().get(0).message());
        try (Stream<Path> s = Files.list(temp)) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "no output, no staging folder");
        }
    }

    @Test
    void aBrokenLinkInATranslationIsReportedInTheTranslationAtItsLine() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path config = site.resolve("site-config.yml");
        TestSites.replace(config, "language: de\n", "language: de\nlanguages: [de, tr]\n");
        Files.writeString(site.resolve("content/offerings/spielmobil.tr.md"),
                "---\ntitle: Oyun otobüsü\n---\nAyrıntılar [künye](impresum/) sayfasında, [saatler](#saatler) aşağıda.\n");
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), new MemorySink());
        // both where the translation wrote them, not in the German record nor at 1:1 of a page
        assertEquals(List.of("error broken-link content/offerings/spielmobil.tr.md:4:20",
                "error broken-link content/offerings/spielmobil.tr.md:4:53"), TestSites.lines(r));
    }

    @Test
    void linksInInlineRawHtmlAreCheckedAfterRenderingAtTheirValue() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path page = site.resolve("content/pages/impressum.md");
        TestSites.append(page, "\nDie <a href=\"anlaufstellen/\">Liste</a> ist da, "
                + "die <A HREF='anlaufstellen/#nirgends'>Stelle</A>\nnicht, und <a\n  href=\"formulare/\">das</a> auch nicht.\n");
        int line = Files.readAllLines(page).size() - 2;
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), new MemorySink());
        assertEquals(List.of("error broken-link content/pages/impressum.md:" + line + ":61",
                "error broken-link content/pages/impressum.md:" + (line + 2) + ":9"), TestSites.lines(r));
        assertEquals("link: `anlaufstellen/#nirgends` (/quartiere/anlaufstellen/#nirgends), but there is no #nirgends on that page",
                r.diagnostics().sorted().get(0).message());
    }

    @Test
    void theSitesFullAddressAndATypoInAnAnchorAreReportedWhereWrittenWithThePageOrAnchorMeant() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path page = site.resolve("content/pages/impressum.md");
        TestSites.append(page, "\nSiehe [Büro](https://example.org/quartiere/anlaufstellen/quartiersbuero-altstdt/) "
                + "und [Karte](anlaufstellen/quartiersbuero-altstadt/#kart).\n"
                + "[a](anlaufstellen/quartiersbuero-altstadt#kart) [b](anlaufstellen/quartiersbuero-altstdt/#karte)\n");
        int line = Files.readAllLines(page).size();
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), new MemorySink());
        assertEquals(List.of("error broken-link content/pages/impressum.md:" + (line - 1) + ":14",
                "error broken-link content/pages/impressum.md:" + (line - 1) + ":95", "error broken-link content/pages/impressum.md:" + line + ":5",
                "error broken-link content/pages/impressum.md:" + line + ":53"), TestSites.lines(r), "not at 1:1 of the page");
        List<Diagnostic> d = r.diagnostics().sorted();
        assertEquals(List.of("link: https://example.org/quartiere/anlaufstellen/quartiersbuero-altstdt/ does not exist",
                "link: `anlaufstellen/quartiersbuero-altstadt/#kart` (/quartiere/anlaufstellen/quartiersbuero-altstadt/#kart), but there is no #kart on that page"),
                d.stream().map(Diagnostic::message).toList().subList(0, 2));
        assertEquals(List.of("did you mean anlaufstellen/quartiersbuero-altstadt/?", "did you mean #karte?",
                        "did you mean #karte?", "did you mean anlaufstellen/quartiersbuero-altstadt/#karte?"),
                d.stream().map(Diagnostic::hint).toList(), "also without the page's closing slash, and a mistyped page with an anchor");
    }

    @Test
    void aRecordLinkedWithoutItsFolderOrExtensionGetsItsLinkAsHint() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path page = site.resolve("content/pages/impressum.md");
        TestSites.append(page, "\n[Fest](lesefest.md#termine), [Büro](contact-points/quartiersbuero-altstadt), [x](gibt-es-nicht.md), "
                + "[Alle](angebote.md)\n");
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), new MemorySink());
        String howTo = "links to pages of the site are written relative to content/, e.g. anlaufstellen/ or offerings/fruehstueck.md";
        assertEquals(List.of("write offerings/lesefest.md#termine", "write contact-points/quartiersbuero-altstadt.md", howTo, howTo),
                r.diagnostics().sorted().stream().map(Diagnostic::hint).toList(), "angebote.md is no record: no made-up pages/angebote.md");
    }

    @Test
    void aBrokenLinkInATemplateIsOneErrorForAllItsPages() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path cfg = site.resolve("site-config.yml");
        TestSites.append(cfg, "theme: eigen\n");
        Files.createDirectories(site.resolve("themes/eigen/templates"));
        String footer = new String(Theme.class.getClassLoader().getResourceAsStream("themes/bottrop/templates/_footer.peb").readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(footer.contains("</footer>"));
        Files.writeString(site.resolve("themes/eigen/templates/_footer.peb"),
                footer.replace("</footer>", "<a href=\"{{ page.basePath }}kontakt/\">Kontakt</a></footer>"));
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), new MemorySink());
        List<String> lines = TestSites.lines(r);
        assertEquals(1, lines.size(), lines.toString());
        String message = r.diagnostics().sorted().get(0).message();
        assertTrue(message.matches("the page .* links to /quartiere/kontakt/, which does not exist \\(as do \\d+ other pages\\)"), message);
    }

    @Test
    void siteThemeOverridesBuiltInFilesOneAtATime() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path cfg = site.resolve("site-config.yml");
        TestSites.append(cfg, "theme: eigen\n");
        Files.createDirectories(site.resolve("themes/eigen/templates"));
        Files.createDirectories(site.resolve("themes/eigen/assets"));
        Files.writeString(site.resolve("themes/eigen/templates/not-found.peb"),
                "{% extends \"base.peb\" %}{% block content %}<h1>Hier ist nichts</h1>{% endblock %}");
        Files.writeString(site.resolve("themes/eigen/assets/style.css"), "body { color: #000; }\n");
        Map<String, byte[]> out = build(site);
        assertTrue(new String(out.get("404.html"), StandardCharsets.UTF_8).contains("<h1>Hier ist nichts</h1>"));
        String style = out.keySet().stream().filter(k -> k.startsWith("assets/style.")).findFirst().orElseThrow();
        assertEquals("body { color: #000; }\n", new String(out.get(style), StandardCharsets.UTF_8));
        assertTrue(new String(out.get("index.html"), StandardCharsets.UTF_8).contains("/" + style + "\""), "pages link the file by its new name");
        assertTrue(out.keySet().stream().anyMatch(k -> k.startsWith("assets/print.")), "built-in files not overridden stay");
        assertTrue(new String(out.get("index.html"), StandardCharsets.UTF_8).contains("Zum Inhalt springen"));
    }
}
