package de.quartier.cli;

import de.quartier.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `quartier new`: a skeleton with what a record needs, and `check --drafts` names exactly what is left to fill. */
class NewCommandTest {
    @TempDir
    Path temp;
    @org.junit.jupiter.api.extension.RegisterExtension
    final CapturedErr err = new CapturedErr();

    private int run(String... args) {
        err.reset();
        return QuartierCommand.run(args);
    }

    /** The headlines "path:line:col: severity: message" printed. */
    private Set<String> headlines(String path) {
        Set<String> out = new TreeSet<>();
        for (String l : err.text().lines().toList())
            if (l.startsWith(path + ":")) out.add(l);
        return out;
    }

    @Test
    void aNewOfferingNamesWhatIsLeftAndCheckWithDraftsSaysExactlyThat() throws Exception {
        Path site = TestSites.copyExample(temp.resolve("site"), false);
        assertEquals(0, run("new", "offering", "test", "--site", site.toString(), "--today", "2026-11-21"));
        String path = "content/offerings/test.md";
        String text = Files.readString(site.resolve(path));
        assertTrue(text.startsWith("---\n") && text.contains("\ndraft: true"), text);
        assertTrue(text.contains("– vorhanden: anlaufstelle-stadterneuerung-fuhlenbrock"), "a reference lists the slugs it may take");
        assertTrue(text.contains("\n# contact_point: anlaufstelle-stadterneuerung-fuhlenbrock "), "its example is one of them: " + text);
        assertTrue(text.contains("\n# quarters: [" + firstSlug(site, "quarters") + "] "), "a list of references, too: " + text);
        Set<String> named = headlines(path);
        assertFalse(named.isEmpty(), err.text());

        assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-21", "--drafts"));
        assertEquals(named, headlines(path), "check --drafts reports what `new` said");
        assertTrue(err.text().contains("quartier check: " + named.size() + " errors, 0 warnings"),
                "nothing else in the site: " + err);
        assertTrue(named.stream().anyMatch(l -> l.contains("`title` is required")), named.toString());
        assertTrue(named.stream().anyMatch(l -> l.contains("needs a place")), named.toString());
    }

    @Test
    void aNewContactPointAsYamlNamesItsSchemaAndEveryRequiredField() throws Exception {
        Path site = TestSites.copyExample(temp.resolve("site"), false);
        assertEquals(0, run("new", "anlaufstellen", "neues-buero", "--format", "yml", "--site", site.toString(), "--today", "2026-11-21"));
        String path = "content/contact-points/neues-buero.yml";
        assertTrue(Files.readString(site.resolve(path)).startsWith("# yaml-language-server: $schema=../../schemas/contact-points.schema.json\n"));
        List<String> fields = headlines(path).stream().map(l -> l.replaceAll(".*`([a-z_.]+)` is required.*", "$1")).sorted().toList();
        assertEquals(List.of("address.city", "address.postal_code", "address.street", "geo", "operators", "quarters", "title"), fields);
    }

    private static String firstSlug(Path site, String folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(site.resolve("content").resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("[a-z0-9-]+\\.(md|yml)"))
                    .map(n -> n.substring(0, n.lastIndexOf('.'))).sorted().findFirst().orElseThrow();
        }
    }

    /** A copy of an example site with a new record made in it by `quartier new`; the copy's folder. */
    private Path newIn(String example, String kind, String slug) throws Exception {
        Path site = temp.resolve(example);
        TestSites.copyTree(Path.of("examples", example), site);
        assertEquals(0, run("new", kind, slug, "--site", site.toString(), "--today", "2026-11-21"));
        return site;
    }

    /** Erkelenz's first contact point (by slug) names no phone: the area code comes from the first that does. */
    @Test
    void thePhoneExampleComesFromTheFirstOfficeWithANumber() throws Exception {
        String text = Files.readString(newIn("erkelenz", "anlaufstelle", "treffpunkt").resolve("content/contact-points/treffpunkt.md"));
        assertTrue(text.matches("(?s).*\\bphone: 02431 000-000\\b.*"), text);
        assertTrue(text.contains("Erkelenz"), text);
        assertFalse(text.contains("02041"), text);
    }

    /** What is left to fill in is hinted with the site's own examples: each taken as it stands, the record has no error. */
    @Test
    void theHintsOfWhatIsLeftAreTheSitesOwnExamples() throws Exception {
        Path site = newIn("aachen", "anlaufstelle", "testbuero");
        java.util.Map<String, String> hints = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\n  hint: for example ([a-z_]+): ([^\n]+)").matcher(err.text());
        while (m.find()) hints.put(m.group(1), m.group(2));
        assertEquals(List.of("title", "quarters", "operators", "street", "postal_code", "city", "geo"), List.copyOf(hints.keySet()), err.text());
        assertEquals("Aachen", hints.get("city"));
        assertFalse(hints.get("quarters").contains("altstadt"), "Aachen has no quarter altstadt: " + hints);
        Path file = site.resolve("content/contact-points/testbuero.md");
        String text = Files.readString(file);
        for (var hint : hints.entrySet())
            text = text.replaceFirst("(?m)^(\\s*)" + hint.getKey() + ":\\s+#.*$", "$1" + hint.getKey() + ": " + java.util.regex.Matcher.quoteReplacement(hint.getValue()));
        Files.writeString(file, text);
        assertEquals(0, run("check", "--drafts", "--site", site.toString(), "--today", "2026-11-21"), err.text() + "\n" + text);
    }

    /** Another city gets its own examples: its city, a position inside its map, its own operators, its owner as a credit. */
    @Test
    void examplesComeFromTheSiteItself() throws Exception {
        Path site = newIn("gelsenkirchen", "angebot", "treff");
        String text = Files.readString(site.resolve("content/offerings/treff.md"));
        assertTrue(text.contains("# city: Gelsenkirchen "), text);
        assertTrue(text.contains("# credit: Stadt Gelsenkirchen "), text);
        // the city's area code, not Bottrop's, and no real office's number
        assertTrue(text.contains("# phone: 0209 000-0000 "), text);
        assertFalse(text.contains("Bottrop") || text.contains("02041"), text);
        // the venue as the template suggests it, uncommented, with a title and a schedule: no error
        String venue = text.lines().dropWhile(l -> !l.startsWith("# venue:")).takeWhile(l -> l.strip().startsWith("#") && !l.startsWith("# mobile"))
                .map(l -> l.replaceFirst("^(\\s*)# ", "$1").replaceFirst("\\s+#.*$", "")).collect(java.util.stream.Collectors.joining("\n"));
        Files.writeString(site.resolve("content/offerings/treff.md"), "---\ntitle: Treff\nschedule: We 15:00-17:00\noperator: "
                + firstSlug(site, "operators") + "\nquarters: [" + firstSlug(site, "quarters") + "]\n" + venue + "\n---\n");
        assertEquals(0, run("check", "--site", site.toString(), "--today", "2026-11-21"), err.text() + "\n" + venue);
    }

    @Test
    void aYamlRecordInASiteWithoutSchemasSaysHowToWriteThem() throws Exception {
        Path site = temp.resolve("ge");
        TestSites.copyTree(Path.of("examples/gelsenkirchen"), site);
        assertEquals(0, run("new", "angebot", "treff", "--format", "yml", "--site", site.toString(), "--today", "2026-11-21"));
        String said = err.text();
        assertTrue(said.contains("schemas/offerings.schema.json, which does not exist yet: `quartier schema --site "), said);
        assertEquals(0, run("schema", "--site", site.toString()));
        assertTrue(Files.exists(site.resolve("schemas/offerings.schema.json")));
        assertEquals(0, run("new", "angebot", "treff-zwei", "--format", "yml", "--site", site.toString(), "--today", "2026-11-21"));
        assertFalse(err.text().contains("does not exist yet"), "said only while it is missing");
    }

    /** The preview's address is named only when this site's preview has the new page (not another site's preview, not nothing). */
    @Test
    void thePreviewAddressOnlyWhenThisSitesPreviewHasThePage() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            x.getResponseHeaders().set("X-Quartier-Site", "a1b2");
            // a draft with errors: the preview's page of what is left to fill in
            x.sendResponseHeaders(x.getRequestURI().getPath().equals("/qe/angebote/treff/") ? 500 : 404, -1);
            x.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            assertTrue(NewCommand.previewShows(port, "a1b2", "/qe/angebote/treff/"));
            assertFalse(NewCommand.previewShows(port, "c3d4", "/qe/angebote/treff/"), "another site's preview");
            assertFalse(NewCommand.previewShows(port, "a1b2", "/qe/angebote/anderes/"), "a preview without drafts");
        } finally {
            server.stop(0);
        }
        int free;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            free = s.getLocalPort();
        }
        assertFalse(NewCommand.previewShows(free, "a1b2", "/qe/angebote/treff/"), "no preview runs");
    }

    @Test
    void aCollectionMayBeNamedByOneOfItsRecordsInGerman() throws Exception {
        Path site = TestSites.copyExample(temp.resolve("site"), false);
        assertEquals(0, run("new", "angebot", "lesecafe", "--site", site.toString(), "--today", "2026-11-21"));
        assertTrue(Files.exists(site.resolve("content/offerings/lesecafe.md")));
        assertEquals(0, run("new", "anlaufstelle", "neues-buero", "--site", site.toString(), "--today", "2026-11-21"));
        assertTrue(Files.exists(site.resolve("content/contact-points/neues-buero.md")));
    }

    @Test
    void aWrongOrTakenNameIsRefusedAndNothingIsWritten() throws Exception {
        Path site = TestSites.copyExample(temp.resolve("site"), false);
        assertEquals(1, run("new", "offerings", "Neues Angebot", "--site", site.toString()));
        assertTrue(err.text().contains("is not a valid file name: lowercase a-z, 0-9 and - only, e.g. neues-angebot"),
                err.text());
        assertFalse(Files.exists(site.resolve("content/offerings/Neues Angebot.md")));

        Path existing = site.resolve("content/quarters/altstadt.md");
        byte[] before = Files.readAllBytes(existing);
        assertEquals(1, run("new", "quarters", "altstadt", "--format", "yml", "--site", site.toString()));
        assertTrue(err.text().contains("content/quarters/altstadt.md exists already"), err.text());
        assertArrayEquals(before, Files.readAllBytes(existing));
        assertFalse(Files.exists(site.resolve("content/quarters/altstadt.yml")));
        assertEquals(2, run("new", "stadtteile", "x", "--site", site.toString()), "an unknown collection is a usage error");
        // the names to choose from include the German ones the guide uses
        assertTrue(err.text().contains("use one of quarters (quartier), contact-points (anlaufstelle), offerings (angebot), "
                + "operators (träger), programs (programm), pages (seite), news (meldung)"), err.text());
        assertEquals(0, run("new", "meldungen", "neu-im-quartier", "--site", site.toString()), "the German plural of a news item, too");
        assertTrue(Files.exists(site.resolve("content/news/neu-im-quartier.md")));
        assertEquals(0, run("new", "Angebot", "neues-angebot", "--site", site.toString()), "a German noun as German writes it");
        assertTrue(Files.exists(site.resolve("content/offerings/neues-angebot.md")));
        for (String reserved : List.of("suche", "admin")) {
            assertEquals(1, run("new", "pages", reserved, "--site", site.toString()), reserved);
            assertTrue(err.text().contains("is a name the site's own pages use"), err.text());
            assertFalse(Files.exists(site.resolve("content/pages/" + reserved + ".md")), reserved);
        }
    }
}
