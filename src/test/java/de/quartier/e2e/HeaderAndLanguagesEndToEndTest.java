package de.quartier.e2e;

import de.quartier.TestSites;
import de.quartier.cli.QuartierCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The header on a phone (390 × 844), in German and in Arabic: the page's own heading starts on the
 * first screen, the menu sits behind a button that works without JavaScript, the search and the
 * languages stay in reach; on a wide screen the menu is open without a click. And the search on a
 * page in another language leads to that language's pages.
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeaderAndLanguagesEndToEndTest {
    SiteServer server;
    String contactPoint;

    @BeforeAll
    void build(@TempDir Path temp) throws Exception {
        Path site = TestSites.copyExample(temp.resolve("site"), false);
        Path out = temp.resolve("public");
        assertEquals(0, QuartierCommand.run("build", "--site", site.toString(), "--out", out.toString(), "--today", "2026-11-21",
                "--base-url", "http://127.0.0.1/quartiersentwicklung/"));
        try (Stream<Path> s = Files.list(out.resolve("anlaufstellen"))) {
            contactPoint = "anlaufstellen/" + s.filter(p -> Files.exists(p.resolve("index.html")) && !p.getFileName().toString().equals("seite"))
                    .map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow() + "/";
        }
        server = SiteServer.start(out, "/quartiersentwicklung/");
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    private static void phone(WebDriver d) {
        ((ChromeDriver) d).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
    }

    private static double top(WebDriver d, String selector) {
        return ((Number) ((JavascriptExecutor) d).executeScript(
                "const e = document.querySelector(arguments[0]); return e.getBoundingClientRect().top + window.scrollY;", selector)).doubleValue();
    }

    /** Whether every menu link is rendered (Selenium's isDisplayed() treats a closed details' content as hidden even where CSS shows it). */
    private static boolean menuShown(WebDriver d) {
        return (Boolean) ((JavascriptExecutor) d).executeScript(
                "return [...document.querySelectorAll('nav.menu a')].every(a => a.checkVisibility() && a.getBoundingClientRect().height > 0);");
    }

    @Test
    void onAPhoneTheHeadingIsOnTheFirstScreenAndTheMenuOpensWithoutScript() throws Exception {
        for (boolean javascript : List.of(true, false)) {
            try (BrowserSupport browser = BrowserSupport.start(javascript)) {
                WebDriver d = browser.driver();
                phone(d);
                // in German and in Arabic (right to left, with the language bar above the title)
                for (String page : List.of("", contactPoint, "ar/", "ar/" + contactPoint)) {
                    d.get(server.uri(page).toString());
                    double h1 = top(d, "main h1");
                    assertTrue(h1 < 400, "/" + page + ": the heading starts at " + h1 + " px (JavaScript " + javascript + ")");
                    assertTrue(d.findElement(By.cssSelector("form.site-search input")).isDisplayed(), "the search is in reach");
                    assertTrue(d.findElement(By.cssSelector("nav.site-languages a[lang=tr]")).isDisplayed(), "the languages are in reach");
                    if (page.startsWith("ar/")) {
                        assertEquals("rtl", ((JavascriptExecutor) d).executeScript("return getComputedStyle(document.body).direction;"));
                        // mirrored: the title starts at the right edge, the search field lies left of its title
                        double right = ((Number) ((JavascriptExecutor) d).executeScript(
                                "return window.innerWidth - document.querySelector('.site-title a').getBoundingClientRect().right;")).doubleValue();
                        assertTrue(right < 40, "/" + page + ": the title starts " + right + " px from the right edge");
                    }
                }
                assertFalse(d.findElements(By.cssSelector("nav.menu a")).isEmpty());
                assertFalse(menuShown(d), "the menu is closed");
                d.findElement(By.cssSelector("details.site-menu > summary")).click();
                assertTrue(menuShown(d), "the button opens the menu (JavaScript " + javascript + ")");
                if (javascript) {
                    // Escape from inside the open menu closes it and gives the focus back to its button
                    d.findElement(By.cssSelector("nav.menu a")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
                    assertFalse(menuShown(d), "Escape closes the menu");
                    assertEquals("SUMMARY", ((JavascriptExecutor) d).executeScript("return document.activeElement.tagName;"));
                }
            }
        }
    }

    @Test
    void theSearchInTurkishLeadsToTurkishPagesAndNamesItsGroupsInTurkish() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("tr/suche/?q=Eigen").toString());
            new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(20))
                    .until(x -> !x.findElements(By.cssSelector("#suchergebnisse a")).isEmpty());
            List<String> hrefs = d.findElements(By.cssSelector("#suchergebnisse a")).stream().map(a -> a.getAttribute("href")).toList();
            assertTrue(hrefs.stream().anyMatch(h -> h.endsWith("/quartiersentwicklung/tr/anlaufstellen/quartiersbuero-eigen/")), hrefs.toString());
            assertTrue(hrefs.stream().noneMatch(h -> h.matches(".*/quartiersentwicklung/(quartiere|anlaufstellen|angebote)/[a-z0-9-]+/")),
                    "no hit leads to the German version of a page that has a Turkish one: " + hrefs);
            List<String> headings = d.findElements(By.cssSelector("#suchergebnisse h2, .search-results h2")).stream().map(WebElement::getText).toList();
            assertFalse(headings.isEmpty());
            assertTrue(headings.stream().noneMatch(h -> h.startsWith("Anlaufstellen") || h.startsWith("Angebote")), "group names in Turkish: " + headings);
            // a word only Turkish texts have ("komşuları": its neighbours) finds the office and the info page
            // translated into Turkish, and leads to their Turkish pages
            d.get(server.uri("tr/suche/?q=komşuları").toString());
            new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(20))
                    .until(x -> !x.findElements(By.cssSelector("#suchergebnisse a")).isEmpty());
            hrefs = d.findElements(By.cssSelector("#suchergebnisse a")).stream().map(a -> a.getAttribute("href")).toList();
            assertEquals(List.of("/quartiersentwicklung/tr/anlaufstellen/quartiersbuero-eigen/", "/quartiersentwicklung/tr/ueber-diese-seite/"),
                    hrefs.stream().map(h -> h.replaceFirst("^https?://[^/]+", "")).sorted().toList());
            // the office has a Turkish title: shown as the hit's title, not marked German
            WebElement office = d.findElement(By.cssSelector("#suchergebnisse a[href$='/tr/anlaufstellen/quartiersbuero-eigen/']"));
            assertEquals("Quartiersbüro Eigen (Mahalle Ofisi)", office.getText());
            assertEquals("", office.getAttribute("lang"));
            // a page whose translation has a summary shows it as its line; an office's line is its address and its kind in Turkish
            WebElement aboutLine = d.findElement(By.xpath("//*[@id='suchergebnisse']//a[contains(@href,'/tr/ueber-diese-seite/')]/following-sibling::p"));
            assertTrue(aboutLine.getText().startsWith("Bottrop'taki mahalle çalışmaları"), aboutLine.getText());
            assertEquals("", aboutLine.getAttribute("lang"));
            WebElement officeLine = office.findElement(By.xpath("following-sibling::p"));
            assertEquals("Schattige Buche (AWO-Seniorenzentrum), 46240 Bottrop · mahalle bürosu", officeLine.getText());
            assertEquals("", officeLine.getAttribute("lang"));
            // a page without a Turkish title keeps the German one, marked as German
            d.get(server.uri("tr/suche/?q=Batenbrock").toString());
            new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(20))
                    .until(x -> !x.findElements(By.cssSelector("#suchergebnisse a")).isEmpty());
            WebElement first = d.findElement(By.cssSelector("#suchergebnisse a"));
            assertEquals("de", first.getAttribute("lang"), first.getText());
        }
    }

    @Test
    void onAWideScreenTheMenuIsOpenWithoutAClick() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("").toString());
            assertFalse(d.findElement(By.cssSelector("details.site-menu > summary")).isDisplayed(), "no button");
            assertTrue(menuShown(d), "every menu item shown");
        }
    }
}
