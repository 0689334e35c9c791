package de.quartier.e2e;

import de.quartier.cli.QuartierCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds one of the repository's example sites (Bottrop at the top level, the other cities under
 * examples/: one subclass each) for publication below a sub-path, then checks the output the way
 * a visitor's browser and the W3C's checkers would see it: valid HTML on every page, no WCAG 2.1
 * A/AA violations found by axe-core on one page of each kind, no link that leads to a 404 or out
 * of the site's path, and the same bytes from a second build on one thread.
 *
 * <p>Pages "of each kind" are discovered from the output, not listed here: the home page, every
 * other top-level {@code .html} file (such as {@code 404.html}), and for each top-level folder its
 * own {@code index.html} (a list or an info page) and its first child page (by name).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExampleSiteEndToEndTest {
    private final Path site;
    private final String baseUrl;
    private final String prefix;

    Path temp;

    Path out;
    SiteServer server;

    private final List<String> ownWords;
    private final List<String> foreignWords;

    /**
     * @param site         the site's folder; it is published below {@code http://127.0.0.1/<path>/}
     * @param ownWords     words of the city's own vocabulary that its pages must use
     * @param foreignWords words of another city's vocabulary that no page of it may show
     */
    ExampleSiteEndToEndTest(Path site, String path, List<String> ownWords, List<String> foreignWords) {
        this.site = site;
        this.ownWords = ownWords;
        this.foreignWords = foreignWords;
        this.baseUrl = "http://127.0.0.1/" + path + "/";
        this.prefix = URI.create(baseUrl).getPath();
    }

    @BeforeAll
    void buildAndServe(@TempDir Path dir) throws IOException {
        temp = dir;
        out = temp.resolve("public");
        long t0 = System.nanoTime();
        int exit = QuartierCommand.run("build", "--site", site.toString(), "--out", out.toString(), "--today", "2026-11-21",
                "--base-url", baseUrl);
        assertEquals(0, exit, "`quartier build` of " + site + " failed (see its messages above)");
        assertTrue(Files.isRegularFile(out.resolve("index.html")), "no index.html in " + out);
        log("built %s in %d ms", site, (System.nanoTime() - t0) / 1_000_000);
        server = SiteServer.start(out, prefix);
    }

    @AfterAll
    void stopServer() {
        if (server != null) server.close();
    }

    @Test
    void thePagesSpeakTheCitysOwnVocabulary() throws IOException {
        StringBuilder all = new StringBuilder();
        List<String> foreign = new ArrayList<>();
        for (Path page : htmlFiles()) {
            String text = org.jsoup.Jsoup.parse(Files.readString(page)).text();
            all.append(text).append('\n');
            for (String word : foreignWords)
                if (text.contains(word)) foreign.add(out.relativize(page) + ": " + word);
        }
        for (String word : ownWords) assertTrue(all.indexOf(word) >= 0, "no page says " + word);
        assertTrue(foreign.isEmpty(), () -> "words of another city:\n" + lines(foreign));
    }

    @Test
    void noPageNamesItsTitleTwiceInTheBrowsersTab() throws IOException {
        // the work's own page is often named like the site ("Quartiersmanagement in Aachen – Quartiersmanagement in Aachen")
        List<String> twice = new ArrayList<>();
        for (Path page : htmlFiles()) {
            String title = org.jsoup.Jsoup.parse(Files.readString(page)).title();
            String[] parts = title.split(" – ");
            if (parts.length == 2 && parts[0].equals(parts[1])) twice.add(out.relativize(page) + ": " + title);
        }
        assertTrue(twice.isEmpty(), () -> "titles named twice:\n" + lines(twice));
    }

    @Test
    @Timeout(120)
    void aSecondBuildOnOneThreadWritesTheSameBytes() throws IOException {
        Path again = temp.resolve("again");
        assertEquals(0, QuartierCommand.run("build", "--site", site.toString(), "--out", again.toString(), "--today", "2026-11-21",
                "--base-url", baseUrl, "--threads", "1"));
        java.util.Map<String, byte[]> a = de.quartier.TestSites.files(out);
        java.util.Map<String, byte[]> b = de.quartier.TestSites.files(again);
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertTrue(java.util.Arrays.equals(a.get(k), b.get(k)), k);
    }

    @Test
    @Timeout(180)
    void everyPageIsValidHtml() throws IOException {
        long t0 = System.nanoTime();
        HtmlValidation validation = new HtmlValidation();
        long t1 = System.nanoTime();
        List<HtmlValidation.HtmlError> errors = validation.validateDirectory(out);
        log("Nu Html Checker: set up in %d ms, checked %d pages in %d ms, %d errors", (t1 - t0) / 1_000_000,
                htmlFiles().size(), (System.nanoTime() - t1) / 1_000_000, errors.size());
        assertTrue(errors.isEmpty(), () -> errors.size() + " HTML errors (Nu Html Checker):\n" + lines(errors));
    }

    @Test
    @Timeout(300)
    void pagesOfEachKindHaveNoAccessibilityViolations() throws IOException {
        List<String> pages = pagesOfEachKind(out);
        assertFalse(pages.isEmpty());
        List<AccessibilityCheck.Violation> violations = new ArrayList<>();
        long t0 = System.nanoTime();
        server.clearRequests();
        try (BrowserSupport browser = BrowserSupport.start()) {
            long t1 = System.nanoTime();
            AccessibilityCheck axe = new AccessibilityCheck(browser.driver());
            for (String page : pages) violations.addAll(axe.check(server.uri(page), prefix + page));
            log("axe-core: Chromium started in %d ms, checked %d pages in %d ms: %s", (t1 - t0) / 1_000_000, pages.size(),
                    (System.nanoTime() - t1) / 1_000_000, pages);
        }
        // what the browser itself requested while showing these pages: style sheets, scripts,
        // images, data; none may fail (the browser's own /favicon.ico probe aside)
        List<SiteServer.Request> failed = server.requests().stream()
                .filter(r -> r.status() >= 400 && !r.path().equals("/favicon.ico"))
                .toList();
        assertAll(
                () -> assertTrue(violations.isEmpty(), () -> violations.size() + " accessibility violations (axe-core, "
                        + AccessibilityCheck.TAGS + "):\n" + lines(violations)),
                () -> assertTrue(failed.isEmpty(), () -> "requests of the browser that failed:\n" + lines(failed)));
    }

    @Test
    @Timeout(180)
    void everyLinkLeadsToAServedFileInsideTheSite() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        SiteCrawler.Result result = new SiteCrawler(server, URI.create(baseUrl)).crawl();
        log("crawl: %d pages, %d other files, %d external links (not fetched) in %d ms, %d problems", result.pages().size(),
                result.resources().size(), result.external().size(), (System.nanoTime() - t0) / 1_000_000, result.problems().size());
        assertTrue(result.pages().contains(prefix), "the start page " + prefix + " was not served as HTML");
        assertTrue(result.problems().isEmpty(), () -> result.problems().size() + " broken links:\n" + lines(result.problems()));
    }

    /**
     * One page of each kind, as paths relative to the site root ("" for the home page, "angebote/x/",
     * "impressum/", "404.html").
     */
    /** The languages whose pages axe checks kind by kind (Nu and the crawl check every page in every language). */
    static final java.util.Set<String> RECHECKED_LANGUAGES = java.util.Set.of("ar", "tr");

    static List<String> pagesOfEachKind(Path site) throws IOException {
        List<String> pages = new ArrayList<>();
        if (Files.isRegularFile(site.resolve("index.html"))) pages.add("");
        for (Path p : sortedChildren(site)) {
            String name = p.getFileName().toString();
            if (Files.isRegularFile(p) && name.endsWith(".html") && !name.equals("index.html")) pages.add(name);
        }
        for (Path dir : sortedChildren(site)) {
            if (!Files.isDirectory(dir)) continue;
            String name = dir.getFileName().toString();
            if (name.equals("admin")) continue;   // Decap CMS's own pages: WebEditorEndToEndTest
            if (name.matches("[a-z]{2,3}") && Files.isDirectory(dir.resolve("anlaufstellen"))) {
                // the pages in another language: each kind again in Arabic (right to left) and Turkish
                if (RECHECKED_LANGUAGES.contains(name)) for (String p : pagesOfEachKind(dir)) pages.add(name + "/" + p);
                continue;
            }
            if (Files.isRegularFile(dir.resolve("index.html"))) pages.add(name + "/");
            for (Path child : sortedChildren(dir)) {
                String c = child.getFileName().toString();
                if (Files.isDirectory(child) && Files.isRegularFile(child.resolve("index.html"))) {
                    pages.add(name + "/" + c + "/");
                    break;
                }
                if (Files.isRegularFile(child) && c.endsWith(".html") && !c.equals("index.html")) {
                    pages.add(name + "/" + c);
                    break;
                }
            }
        }
        // kinds that live deeper: a quarter's print sheet, finder pages with one and with two values
        try (Stream<Path> all = Files.walk(site)) {
            List<String> deep = all.filter(f -> f.getFileName().toString().equals("index.html"))
                    .map(f -> site.relativize(f.getParent()).toString().replace('\\', '/') + "/").sorted().toList();
            for (java.util.regex.Pattern kind : List.of(java.util.regex.Pattern.compile("quartiere/[^/]+/druck/"),
                    java.util.regex.Pattern.compile("angebote/finden/[^/]+/[^/]+/"),
                    java.util.regex.Pattern.compile("angebote/finden/[^/]+/[^/]+/[^/]+/[^/]+/")))
                deep.stream().filter(d -> kind.matcher(d).matches()).findFirst().ifPresent(pages::add);
        }
        return pages;
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private List<Path> htmlFiles() throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static String lines(List<?> items) {
        return items.stream().map(i -> "  " + i).collect(Collectors.joining("\n"));
    }

    private static void log(String format, Object... args) {
        System.out.println("[e2e] " + String.format(format, args));
    }
}
