import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Edit → reloaded page in a real browser, for bench/preview. A `quartier serve` runs on the site
 * already (its address is the second argument). Headless Chromium shows a contact point's page
 * (the one with the most offerings), then its quarter's page, in one tab (two tabs of one site share
 * the browser's renderer, so one's reload would wait for the other's). Each round writes one change
 * to the contact point's file and waits until the tab shows it. Each round is timed from just
 * before the file is written (this process's clock) to three moments of the reloaded page, on the
 * same wall clock (the browser's performance.timeOrigin): its reload began (the watcher, the check,
 * the render and the reload event lie before it), the new page had arrived (responseEnd), and it
 * was parsed with its styles and scripts (DOMContentLoaded's end: the browser's own work).
 *
 * <p>Usage: java -cp SELENIUM PreviewLatency.java SITE URL ROUNDS [WARM_UP]
 */
public class PreviewLatency {
    /** Between saves, as between an editor's: the server finishes what it does in the background (planning the site). */
    private static final long PAUSE_MS = Long.getLong("pause", 1500);

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        String url = args[1];
        int rounds = Integer.parseInt(args[2]);
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Path office = busiestContactPoint(site);
        String slug = office.getFileName().toString().replaceFirst("\\.md$", "");
        String text = Files.readString(office);
        Matcher q = Pattern.compile("(?m)^quarters: \\[?([a-z0-9-]+)").matcher(text);
        if (!q.find()) throw new IllegalStateException("no quarter in " + office);
        String officeUrl = url + "anlaufstellen/" + slug + "/";
        String quarterUrl = url + "quartiere/" + q.group(1) + "/";

        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        Path profile = Files.createTempDirectory("preview-latency-");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        Map<String, List<Round>> measured = new java.util.LinkedHashMap<>();
        measured.put("contact point's page (" + slug + "), new title", new ArrayList<>());
        measured.put("quarter's page (" + q.group(1) + "), new opening hours", new ArrayList<>());
        try {
            for (int i = 1 - warmUp; i <= rounds; i++) {
                String title = "Preview " + i;
                driver.get(officeUrl);
                Thread.sleep(PAUSE_MS);
                double t0 = now();
                Files.writeString(office, text.replaceFirst("(?m)^title: .*$", "title: " + title));
                waitFor(driver, d -> shows(d, "h1", title));
                Round officeRound = Round.of(driver, t0);

                // minutes that are no multiple of 5: no other time on the page (09:00, 14:30, …) has them,
                // so the page cannot seem to show the edit before it does (k → 1, 2, 3, 4, 6, …, 59)
                int k = (i + 100) % 48;
                String hours = String.format("%02d:%02d", 10 + (i + 100) % 8, k + k / 4 + 1);
                driver.get(quarterUrl);
                Thread.sleep(PAUSE_MS);
                double t1 = now();
                Files.writeString(office, text.replaceFirst("(?m)^title: .*$", "title: " + title)
                        .replaceFirst("(?m)^opening_hours: .*$", "opening_hours: Mo-Fr 09:00-" + hours));
                waitFor(driver, d -> shows(d, "main", hours));
                Round quarterRound = Round.of(driver, t1);
                if (i <= 0) continue;   // warm-up rounds: the JIT compiles the code they run
                List<List<Round>> lists = new ArrayList<>(measured.values());
                lists.get(0).add(officeRound);
                lists.get(1).add(quarterRound);
                System.err.printf("round %d: contact point's page %s; quarter's page %s%n", i, officeRound, quarterRound);
            }
        } finally {
            Files.writeString(office, text);
            driver.quit();
            service.stop();
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(Collections.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        System.out.println("| edit, page shown | reload begins | new page received | new page parsed |");
        System.out.println("| --- | ---: | ---: | ---: |");
        measured.forEach((what, list) -> System.out.printf("| %s | %s | %s | %s |%n", what,
                stats(list, Round::reloadBegins), stats(list, Round::received), stats(list, Round::parsed)));
        System.out.printf("%nMilliseconds after the file was written: median (slowest) of %d edits, after %d not counted.%n", rounds, warmUp);
    }

    /** One edit, in milliseconds after the file was written: the reload began, the new page had arrived, it was parsed. */
    record Round(double reloadBegins, double received, double parsed) {
        static Round of(WebDriver driver, double written) {
            @SuppressWarnings("unchecked")
            List<Number> v = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                    "var n = performance.getEntriesByType('navigation')[0];"
                            + " return [performance.timeOrigin, n.responseEnd, n.domContentLoadedEventEnd];");
            double origin = v.get(0).doubleValue();
            return new Round(origin - written, origin + v.get(1).doubleValue() - written, origin + v.get(2).doubleValue() - written);
        }

        @Override
        public String toString() {
            return String.format("reload %.1f, received %.1f, parsed %.1f ms", reloadBegins, received, parsed);
        }
    }

    private static String stats(List<Round> rounds, java.util.function.ToDoubleFunction<Round> of) {
        List<Double> xs = rounds.stream().map(of::applyAsDouble).sorted().toList();
        int n = xs.size();
        double median = n % 2 == 1 ? xs.get(n / 2) : (xs.get(n / 2 - 1) + xs.get(n / 2)) / 2;
        return String.format("%.0f (%.0f)", median, xs.get(n - 1));
    }

    /**
     * Whether the element's text has the words, asked cheaply: Selenium's getText works out what is
     * visible element by element and held the page's only thread long enough to delay the reload.
     */
    private static boolean shows(WebDriver driver, String selector, String words) {
        Object v = ((JavascriptExecutor) driver).executeScript(
                "var e = document.querySelector(arguments[0]); return e !== null && e.textContent.indexOf(arguments[1]) >= 0;", selector, words);
        return Boolean.TRUE.equals(v);
    }

    /** Wall-clock milliseconds, as the browser's performance.timeOrigin counts them. */
    private static double now() {
        Instant t = Instant.now();
        return t.getEpochSecond() * 1000.0 + t.getNano() / 1e6;
    }

    private static void waitFor(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.JavascriptException.class)
                .until(condition::apply);
    }

    /** The contact point most offerings name: its page is among the largest. */
    private static Path busiestContactPoint(Path site) throws IOException {
        Map<String, Integer> count = new TreeMap<>();
        Pattern cp = Pattern.compile("(?m)^contact_point: ([a-z0-9-]+)");
        try (Stream<Path> files = Files.list(site.resolve("content/offerings"))) {
            for (Path f : files.toList()) {
                Matcher m = cp.matcher(Files.readString(f));
                if (m.find()) count.merge(m.group(1), 1, Integer::sum);
            }
        }
        String best = count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return site.resolve("content/contact-points/" + best + ".md");
    }
}
