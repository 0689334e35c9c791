package de.quartier.e2e;

import de.quartier.cli.QuartierCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * Builds the repository's example site (the repository root is the site) for publication below
 * {@code /quartiersentwicklung/}, then checks the output the way a visitor's browser and the
 * W3C's checkers would see it: valid HTML on every page, no WCAG 2.1 A/AA violations found by
 * axe-core on one page of each kind, and no link that leads to a 404 or out of the site's path.
 *
 * <p>Pages "of each kind" are discovered from the output, not listed here: the home page, every
 * other top-level {@code .html} file (such as {@code 404.html}), and for each top-level folder its
 * own {@code index.html} (a list or an info page) and its first child page (by name).
 */
class ExampleSiteEndToEndTest {
    static final String BASE_URL = "http://127.0.0.1/quartiersentwicklung/";
    static final String PREFIX = URI.create(BASE_URL).getPath();

    @TempDir
    static Path temp;

    static Path out;
    static SiteServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        out = temp.resolve("public");
        long t0 = System.nanoTime();
        int exit = QuartierCommand.run("build", "--site", ".", "--out", out.toString(), "--today", "2026-11-21", "--base-url", BASE_URL);
        assertEquals(0, exit, "`quartier build` of the example site failed (see its messages above)");
        assertTrue(Files.isRegularFile(out.resolve("index.html")), "no index.html in " + out);
        log("built the example site in %d ms", (System.nanoTime() - t0) / 1_000_000);
        server = SiteServer.start(out, PREFIX);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
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
            for (String page : pages) violations.addAll(axe.check(server.uri(page), PREFIX + page));
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
        SiteCrawler.Result result = new SiteCrawler(server, URI.create(BASE_URL)).crawl();
        log("crawl: %d pages, %d other files, %d external links (not fetched) in %d ms, %d problems", result.pages().size(),
                result.resources().size(), result.external().size(), (System.nanoTime() - t0) / 1_000_000, result.problems().size());
        assertTrue(result.pages().contains(PREFIX), "the start page " + PREFIX + " was not served as HTML");
        assertTrue(result.problems().isEmpty(), () -> result.problems().size() + " broken links:\n" + lines(result.problems()));
    }

    /**
     * One page of each kind, as paths relative to the site root ("" for the home page, "angebote/x/",
     * "impressum/", "404.html").
     */
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

    private static List<Path> htmlFiles() throws IOException {
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
