package de.quartier.e2e;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Headless Chromium for end-to-end tests, driven by Selenium with the system's Chromium and
 * chromedriver (Debian packages {@code chromium} and {@code chromium-driver}; {@code .ci/run}
 * installs them). Selenium Manager is never asked to download anything: both binaries are given
 * explicitly. A missing browser is a failure with instructions, never a skipped test.
 *
 * <p>The paths can be overridden with the system properties {@code quartier.e2e.chromium} and
 * {@code quartier.e2e.chromedriver}.
 */
public final class BrowserSupport implements AutoCloseable {
    public static final Path CHROMIUM = Path.of(System.getProperty("quartier.e2e.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("quartier.e2e.chromedriver", "/usr/bin/chromedriver"));

    /**
     * Selenium warns that its newest CDP bindings are older than the system's Chromium. The tests
     * use WebDriver only (no CDP), so the warning is noise. Kept in a field: JUL holds loggers weakly.
     */
    private static final Logger CDP_VERSION_LOGGER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOGGER.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private BrowserSupport(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    /** Starts one headless Chromium with a fresh profile; close it when done. */
    public static BrowserSupport start() throws IOException {
        return start(true);
    }

    /** @param javascript false: a browser with JavaScript switched off, as some readers have it */
    public static BrowserSupport start(boolean javascript) throws IOException {
        requireExecutable(CHROMIUM, "Chromium");
        requireExecutable(CHROMEDRIVER, "chromedriver");
        Path profile = Files.createTempDirectory("quartier-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1280,1024");
        // the console (CSP violations are reported there): read by consoleErrors()
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        if (!javascript) options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(profile);
            throw new IllegalStateException("could not start headless Chromium (" + CHROMIUM + " via " + CHROMEDRIVER
                    + "); are the packages complete and of the same version? `apt-get install chromium chromium-driver`: " + e.getMessage(), e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new BrowserSupport(driver, service, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    /** The console's messages of level SEVERE since the last call (errors, CSP violations among them). */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(e -> e.getMessage()).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
        }
    }

    private static void requireExecutable(Path binary, String what) {
        if (!Files.isRegularFile(binary) || !Files.isExecutable(binary))
            throw new IllegalStateException(what + " not found at " + binary + ". The end-to-end tests need the system's"
                    + " headless Chromium and its driver: install them with `apt-get install chromium chromium-driver`"
                    + " (Debian; .ci/run does this in CI), or point -Dquartier.e2e.chromium / -Dquartier.e2e.chromedriver"
                    + " at another installation.");
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
