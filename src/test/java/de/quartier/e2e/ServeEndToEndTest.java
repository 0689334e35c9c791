package de.quartier.e2e;

import de.quartier.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code quartier serve} as an editor uses it, in a process of its own, with the example site and
 * headless Chromium: a saved change shows in the open page without a manual reload (where the
 * reader was on the page stays), a mistake shows in the browser with its file and line, the fix
 * brings the page back, and a change of opening hours shows on the office's page and its
 * quarter's page alike. Ctrl-C's signal stops the server cleanly.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ServeEndToEndTest {
    private static final String OFFICE = "content/contact-points/buergerhaus-batenbrock.md";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path site;
    private static Process serve;
    private static Path errFile;
    private static String url;
    private static BrowserSupport browser;

    @BeforeAll
    static void startServeAndBrowser() throws Exception {
        TestSites.copyExample(site, true);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        errFile = Files.createTempFile("quartier-serve-", ".err");
        serve = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "de.quartier.cli.QuartierCommand",
                "serve", "--site", site.toString(), "--port", "0").redirectError(errFile.toFile()).start();
        CompletableFuture<String> address = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    Matcher m = Pattern.compile("the site is at (http://127\\.0\\.0\\.1:\\d+/\\S*)").matcher(line);
                    if (m.find()) return m.group(1);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("quartier serve ended without an address: " + err());
        });
        url = address.get(60, TimeUnit.SECONDS);
        assertEquals("/quartiersentwicklung/", java.net.URI.create(url).getPath());
        browser = BrowserSupport.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (serve == null) return;
        serve.destroy();   // SIGTERM, as Ctrl-C's SIGINT: the same shutdown
        assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "quartier serve stops within 20 s");
        String err = err();
        Files.delete(errFile);
        assertTrue(err.contains("quartier serve: stopped"), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void editsShowUpInTheOpenPages() throws Exception {
        WebDriver driver = browser.driver();
        driver.get(url + "anlaufstellen/buergerhaus-batenbrock/");
        assertEquals("Bürgerhaus Batenbrock", driver.findElement(By.tagName("h1")).getText());
        ((JavascriptExecutor) driver).executeScript("document.body.style.minHeight = '4000px'; window.scrollTo(0, 600); window.quartierMarker = 1;");

        // a new title: the page reloads by itself and keeps its place
        edit(OFFICE, "title: Bürgerhaus Batenbrock", "title: Bürgerhaus Batenbrock im Volkspark");
        waitFor(driver, d -> d.findElement(By.tagName("h1")).getText().equals("Bürgerhaus Batenbrock im Volkspark"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertEquals(null, js.executeScript("return window.quartierMarker === undefined ? null : 1"), "a reload, not the old page");
        long y = ((Number) js.executeScript("return window.scrollY")).longValue();
        assertTrue(y > 0, "the reader stays where he was on the page (scrollY " + y + ")");

        // a broken reference: the page shows the error with file, line and column, the line and the hint
        edit(OFFICE, "quarters: batenbrock-suedwest", "quarters: batenbrok-suedwest");
        waitFor(driver, d -> d.getTitle().contains("Fehler"));
        String shown = driver.findElement(By.tagName("main")).getText();
        assertTrue(shown.contains(OFFICE + ":5:11: error:"), shown);
        assertTrue(shown.contains("quarters: batenbrok-suedwest"), shown);
        assertTrue(shown.contains("did you mean `batenbrock-suedwest`?"), shown);
        assertEquals(List.of(), new AccessibilityCheck(driver).checkCurrentPage("error page"), "the error page is accessible");

        // fixed: the page comes back by itself
        edit(OFFICE, "quarters: batenbrok-suedwest", "quarters: batenbrock-suedwest");
        waitFor(driver, d -> d.findElement(By.tagName("h1")).getText().equals("Bürgerhaus Batenbrock im Volkspark"));

        // new opening hours: the office's page and its quarter's page (in a second tab) both show them
        String office = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(url + "quartiere/batenbrock-suedwest/");
        String quarter = driver.getWindowHandle();
        assertFalse(driver.getPageSource().contains("09:00–13:30"));
        edit(OFFICE, "Fr 09:00-14:00", "Fr 09:00-13:30");
        waitFor(driver, d -> d.findElement(By.tagName("main")).getText().contains("13:30"));
        driver.switchTo().window(office);
        waitFor(driver, d -> d.findElement(By.tagName("main")).getText().contains("13:30"));
        driver.switchTo().window(quarter).close();
        driver.switchTo().window(office);
    }

    private static void edit(String rel, String from, String to) throws IOException {
        Path file = site.resolve(rel);
        String text = Files.readString(file);
        assertTrue(text.contains(from), rel + " contains " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void waitFor(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT, Duration.ofMillis(50)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    private static String err() {
        try {
            return Files.readString(errFile);
        } catch (IOException e) {
            return "(stderr unreadable: " + e + ")";
        }
    }
}
