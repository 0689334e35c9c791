package de.quartier.e2e;

import de.quartier.TestSites;
import de.quartier.build.BuildOptions;
import de.quartier.build.BuildResult;
import de.quartier.build.Pipeline;
import de.quartier.cli.QuartierCommand;
import de.quartier.model.ContactPoint;
import de.quartier.model.EventDate;
import de.quartier.model.HoursRule;
import de.quartier.model.HoursState;
import de.quartier.model.Offering;
import de.quartier.model.Quarter;
import de.quartier.model.Site;
import de.quartier.model.Status;
import de.quartier.render.search.SearchText;
import de.quartier.render.search.ShardLookup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "find it" features of the example site in headless Chromium: the offering finder (filters in
 * place with JavaScript, the same results on the pages for readers without it), the site search,
 * "In meiner Nähe" (by a chosen quarter and by the browser's position, which never leaves the
 * browser), their accessibility, and the printable quarter sheets. Every finder page written for
 * readers without JavaScript is compared with what the script shows for the same choice. What each page should show is
 * computed from the site's model ({@link Pipeline#check}), not taken from the pages.
 */
class FindEndToEndTest {
    static final String BASE_URL = "http://127.0.0.1/quartiersentwicklung/";
    static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path temp;
    static Path out;
    static SiteServer server;
    static Site site;

    @BeforeAll
    static void buildServeAndModel() throws IOException {
        SiteServer.answerWithoutNagle();
        out = temp.resolve("public");
        long t0 = System.nanoTime();
        assertEquals(0, QuartierCommand.run("build", "--site", ".", "--out", out.toString(), "--today", "2026-11-21",
                "--base-url", BASE_URL), "`quartier build` of the example site failed (see its messages above)");
        log("built the example site in %d ms", (System.nanoTime() - t0) / 1_000_000);
        server = SiteServer.start(out, URI.create(BASE_URL).getPath());
        BuildResult r = new Pipeline().check(new BuildOptions(Path.of("."), TestSites.TODAY, false, null));
        assertTrue(r.ok(), TestSites.lines(r).toString());
        site = r.site().orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    // ---------------------------------------------------------------- the model's answers

    /** The offerings the listing shows: every one that has not ended. */
    static List<Offering> listedOfferings() {
        return site.offerings().stream().filter(o -> site.status(o) != Status.ENDED).toList();
    }

    /** Titles of the listed offerings that pass {@code p}, sorted (duplicates kept). */
    static List<String> expectedTitles(Predicate<Offering> p) {
        return listedOfferings().stream().filter(p).map(Offering::title).map(FindEndToEndTest::squash).sorted().toList();
    }

    static Predicate<Offering> forGroup(String group) {
        return o -> o.targetGroups().contains(group);
    }

    static Predicate<Offering> free() {
        // the words the guide names for free offerings that the example uses
        return o -> o.cost() != null && o.cost().toLowerCase(Locale.ROOT).matches(".*\\b(kostenlos|kostenfrei|eintritt frei|teilnahme frei)\\b.*");
    }

    /**
     * Happens on this weekday: open on it in the ordinary week, or by a rule for some weeks only, or
     * one of its dates not yet over on the build date starts on it.
     */
    static Predicate<Offering> on(DayOfWeek day) {
        return o -> {
            if (o.schedule() != null) {
                if (o.schedule().ordinaryWeek().get(day).state() == HoursState.OPEN) return true;
                for (HoursRule r : o.schedule().qualifiedRules())
                    if (r.state() == HoursState.OPEN && r.days().contains(day)) return true;
            }
            for (EventDate e : o.dates())
                if (!e.over().toLocalDate().isBefore(TestSites.TODAY) && e.start().getDayOfWeek() == day) return true;
            return false;
        };
    }

    static Quarter quarter(String slug) {
        return site.quarters().stream().filter(q -> q.slug().value().equals(slug)).findFirst().orElseThrow(() -> new AssertionError("no quarter " + slug));
    }

    static List<ContactPoint> listedContactPoints() {
        return site.contactPoints().stream().filter(cp -> site.status(cp) != Status.ENDED).toList();
    }

    // ---------------------------------------------------------------- browser helpers

    static Object js(WebDriver d, String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    static String squash(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }

    /** The finder is ready: its script showed the form. */
    static void openFinder(WebDriver d, String relative) {
        d.get(server.uri(relative).toString());
        new WebDriverWait(d, WAIT).until(x -> x.findElement(By.id("finder")).isDisplayed());
    }

    /** Titles of the cards the reader sees in #treffer (rendered, not only not [hidden]), sorted; with and without JavaScript. */
    @SuppressWarnings("unchecked")
    static List<String> visibleTitles(WebDriver d) {
        List<String> titles = new ArrayList<>((List<String>) js(d,
                "return Array.prototype.slice.call(document.querySelectorAll('#treffer article.card'))"
                        + ".filter(" + RENDERED + ")"
                        + ".map(function (c) { return c.querySelector('.card-title a').textContent; });"));
        titles.replaceAll(FindEndToEndTest::squash);
        titles.sort(null);
        return titles;
    }

    static Map<String, String> query(WebDriver d) {
        String raw = URI.create(d.getCurrentUrl()).getRawQuery();
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            assertFalse(out.containsKey(k), "parameter twice in " + d.getCurrentUrl());
            out.put(k, v);
        }
        return out;
    }

    static String countLine(int n) {
        return n == 1 ? "1 Angebot gefunden" : n + " Angebote gefunden";
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = Math.PI / 180;
        double dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r;
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The shortest distance from (lat, lon) to any point of a data-geo value ("lat,lon;lat,lon"). */
    static double nearest(double lat, double lon, String geo) {
        assertNotNull(geo, "a card without data-geo");
        double best = Double.POSITIVE_INFINITY;
        for (String p : geo.trim().split("[;\\s]+")) {
            String[] ll = p.split(",");
            best = Math.min(best, km(lat, lon, Double.parseDouble(ll[0]), Double.parseDouble(ll[1])));
        }
        return best;
    }

    private static final Pattern DISTANCE = Pattern.compile("etwa (\\d+,\\d) km entfernt");

    /**
     * Checks every visible card group of the offerings listing: in ascending distance from (lat, lon),
     * each with a distance line that says that distance; returns how many cards were checked.
     */
    @SuppressWarnings("unchecked")
    static int assertGroupsSortedFrom(WebDriver d, double lat, double lon, String what) {
        List<Map<String, Object>> groups = (List<Map<String, Object>>) js(d,
                "return Array.prototype.slice.call(document.querySelectorAll('#treffer section.group'))"
                        + ".filter(" + RENDERED + ").map(function (g) {"
                        + "  return { name: g.querySelector('h2').textContent, cards: Array.prototype.slice.call(g.querySelectorAll('article.card'))"
                        + "    .filter(" + RENDERED + ").map(function (c) {"
                        + "      var p = c.querySelector('p.distance');"
                        + "      return { title: c.querySelector('.card-title a').textContent, geo: c.getAttribute('data-geo'),"
                        + "               distance: p ? p.textContent : null, shown: !!p && p.getClientRects().length > 0 }; }) }; });");
        assertTrue(groups.size() >= 2, what + ": both groups (regular offerings, dates) are shown: " + groups.size());
        int checked = 0;
        for (Map<String, Object> g : groups) {
            List<Map<String, Object>> cards = (List<Map<String, Object>>) g.get("cards");
            assertFalse(cards.isEmpty(), what + ": a visible group without visible cards: " + g.get("name"));
            double previous = -1;
            for (Map<String, Object> c : cards) {
                double km = nearest(lat, lon, (String) c.get("geo"));
                String label = what + ", group " + g.get("name") + ", card " + c.get("title");
                assertTrue(km >= previous - 1e-9, label + ": " + km + " km after " + previous + " km (not in ascending order)");
                previous = km;
                String line = (String) c.get("distance");
                assertNotNull(line, label + ": no p.distance");
                assertTrue((Boolean) c.get("shown"), label + ": p.distance not shown");
                if (km < 0.05) {
                    // "etwa 0,0 km" read as a mistake
                    assertEquals("ganz in der Nähe", line, label + ": " + km + " km");
                } else {
                    Matcher m = DISTANCE.matcher(line);
                    assertTrue(m.matches(), label + ": distance line " + line);
                    double said = Double.parseDouble(m.group(1).replace(',', '.'));
                    assertTrue(Math.abs(said - km) <= 0.051 + km * 0.003, label + ": says " + said + " km, is " + km + " km");
                }
                checked++;
            }
        }
        return checked;
    }

    // ---------------------------------------------------------------- 1. the finder with JavaScript

    @Test
    @Timeout(120)
    void filterCombinationWithUrlStateReloadAndBack() throws Exception {
        List<String> threeWay = expectedTitles(forGroup("Kinder").and(on(DayOfWeek.WEDNESDAY)).and(free()));
        List<String> anyDay = expectedTitles(forGroup("Kinder").and(free()));
        assertFalse(threeWay.isEmpty(), "the example has free offerings for children on Wednesdays");
        assertNotEquals(anyDay, threeWay, "the example has free offerings for children on other days: removing 'Mittwoch' changes the list");
        log("finder: Kinder + Mittwoch + kostenlos: %d of %d listed offerings (%d on any day)", threeWay.size(),
                listedOfferings().size(), anyDay.size());
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            openFinder(d, "angebote/");
            assertEquals(expectedTitles(o -> true), visibleTitles(d), "without a filter every listed offering is shown");
            assertEquals(countLine(listedOfferings().size()), d.findElement(By.id("finder-count")).getText());

            new Select(d.findElement(By.id("filter-zielgruppe"))).selectByValue("kinder");
            new Select(d.findElement(By.id("filter-tag"))).selectByValue("mittwoch");
            d.findElement(By.id("filter-kosten")).click();
            new WebDriverWait(d, WAIT).until(x -> x.getCurrentUrl().contains("kosten="));

            assertEquals(threeWay, visibleTitles(d), "Kinder + Mittwoch + kostenlos");
            // the count settles half a second after the last change, so that arrowing through a list is not read out value by value
            new WebDriverWait(d, WAIT).until(x -> countLine(threeWay.size()).equals(x.findElement(By.id("finder-count")).getText()));
            assertEquals("status", d.findElement(By.id("finder-count")).getAttribute("role"));
            assertEquals(Map.of("zielgruppe", "kinder", "tag", "mittwoch", "kosten", "kostenlos"), query(d), d.getCurrentUrl());
            assertTrue(d.getCurrentUrl().startsWith(server.uri("angebote/").toString() + "?"), d.getCurrentUrl());

            // a reload restores the list and the controls
            d.navigate().refresh();
            new WebDriverWait(d, WAIT).until(x -> x.findElement(By.id("finder")).isDisplayed());
            assertEquals(threeWay, visibleTitles(d), "after a reload");
            assertEquals(countLine(threeWay.size()), d.findElement(By.id("finder-count")).getText(), "count after a reload");
            assertEquals("kinder", d.findElement(By.id("filter-zielgruppe")).getAttribute("value"));
            assertEquals("mittwoch", d.findElement(By.id("filter-tag")).getAttribute("value"));
            assertTrue(d.findElement(By.id("filter-kosten")).isSelected(), "'nur kostenlose' still ticked after a reload");
            assertEquals("", d.findElement(By.id("filter-thema")).getAttribute("value"), "other filters stay empty");

            // one filter less (any weekday), then back
            new Select(d.findElement(By.id("filter-tag"))).selectByValue("");
            new WebDriverWait(d, WAIT).until(x -> !x.getCurrentUrl().contains("tag="));
            assertEquals(anyDay, visibleTitles(d), "Kinder + kostenlos");
            assertEquals(Map.of("zielgruppe", "kinder", "kosten", "kostenlos"), query(d));
            new WebDriverWait(d, WAIT).until(x -> countLine(anyDay.size()).equals(x.findElement(By.id("finder-count")).getText()));

            d.navigate().back();
            new WebDriverWait(d, WAIT).until(x -> x.getCurrentUrl().contains("tag=mittwoch"));
            new WebDriverWait(d, WAIT).until(x -> "mittwoch".equals(x.findElement(By.id("filter-tag")).getAttribute("value")));
            assertEquals(threeWay, visibleTitles(d), "the back button restores the earlier list");
            assertEquals(countLine(threeWay.size()), d.findElement(By.id("finder-count")).getText(), "count after back");
            assertTrue(d.findElement(By.id("filter-kosten")).isSelected());
            assertEquals(Map.of("zielgruppe", "kinder", "tag", "mittwoch", "kosten", "kostenlos"), query(d));
        }
    }

    /** Arrowing through a list fires a change per value: one step back for the burst, and the count is read out once. */
    @Test
    @Timeout(120)
    void changesInQuickSuccessionMakeOneHistoryStepAndOneAnnouncement() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            openFinder(d, "angebote/");
            String before = d.getCurrentUrl();
            js(d, "window.countChanges = 0; new MutationObserver(function () { window.countChanges++; })"
                    + ".observe(document.getElementById('finder-count'), {childList: true, characterData: true, subtree: true});");
            WebElement day = d.findElement(By.id("filter-tag"));
            day.sendKeys(Keys.ARROW_DOWN);
            day.sendKeys(Keys.ARROW_DOWN);
            day.sendKeys(Keys.ARROW_DOWN);
            new WebDriverWait(d, WAIT).until(x -> x.getCurrentUrl().contains("tag="));
            String chosen = d.findElement(By.id("filter-tag")).getAttribute("value");
            assertEquals("tag=" + chosen, d.getCurrentUrl().substring(d.getCurrentUrl().indexOf('?') + 1), "the last value counts");
            List<String> shown = visibleTitles(d);
            new WebDriverWait(d, WAIT).until(x -> countLine(shown.size()).equals(x.findElement(By.id("finder-count")).getText()));
            assertEquals(1L, js(d, "return window.countChanges;"), "the count changed once, for the value the reader stopped at");
            d.navigate().back();
            new WebDriverWait(d, WAIT).until(x -> x.getCurrentUrl().equals(before));
            new WebDriverWait(d, WAIT).until(x -> "".equals(x.findElement(By.id("filter-tag")).getAttribute("value")));
            // a change right after going back is a step of its own: it does not replace the entry gone back to
            d.findElement(By.id("filter-tag")).sendKeys(Keys.ARROW_DOWN);
            new WebDriverWait(d, WAIT).until(x -> x.getCurrentUrl().contains("tag="));
            d.navigate().back();
            new WebDriverWait(d, WAIT).until(x -> x.getCurrentUrl().equals(before));
        }
    }

    @Test
    @Timeout(120)
    void aLinkWithAChoiceTheSiteNoLongerHasSaysSo() throws Exception {
        List<String> children = expectedTitles(forGroup("Kinder"));
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            // a shared link from before a topic was renamed: the known choice applies, the other is named
            // (the link's own text is never repeated: anyone can write "Kurs abgesagt, rufen Sie … an" into it)
            openFinder(d, "angebote/?zielgruppe=kinder&thema=Kurs+abgesagt%24%27");
            WebElement notice = d.findElement(By.cssSelector("#finder .finder-unknown"));
            assertTrue(notice.isDisplayed());
            assertEquals("Die Auswahl unter „Thema“ aus dem Link gibt es hier nicht (mehr).", notice.getText());
            assertEquals("status", notice.getAttribute("role"));
            assertEquals(children, visibleTitles(d), "the choice the site knows still filters");
            assertEquals(Map.of("zielgruppe", "kinder"), query(d), "the unknown choice leaves the address");
            // the reader's own next choice: the notice about the link is gone
            new Select(d.findElement(By.id("filter-zielgruppe"))).selectByValue("");
            new WebDriverWait(d, WAIT).until(x -> !x.getCurrentUrl().contains("zielgruppe="));
            assertFalse(d.findElement(By.cssSelector("#finder .finder-unknown")).isDisplayed());
            // a quarter to sort by that no longer exists is named by its field, and goes with "near me"
            openFinder(d, "angebote/?naehe=alt-stadt");
            assertTrue(d.findElement(By.cssSelector("#finder .finder-unknown")).getText().contains("„Oder nach Entfernung"),
                    d.findElement(By.cssSelector("#finder .finder-unknown")).getText());
            new Select(d.findElement(By.id("nearby-quarter"))).selectByIndex(1);
            assertFalse(d.findElement(By.cssSelector("#finder .finder-unknown")).isDisplayed());
            // a link with only known choices shows none
            openFinder(d, "angebote/?zielgruppe=kinder");
            assertFalse(d.findElement(By.cssSelector("#finder .finder-unknown")).isDisplayed());
            // several unknown choices: one sentence naming their fields
            openFinder(d, "angebote/?thema=x&tag=y");
            assertEquals("Die Auswahl unter „Thema“, „Wochentag“ aus dem Link gibt es hier nicht (mehr).",
                    d.findElement(By.cssSelector("#finder .finder-unknown")).getText());
            // the offices' list, which has only "near me"
            openFinder(d, "anlaufstellen/?naehe=gibt-es-nicht");
            assertTrue(d.findElement(By.cssSelector("#finder .finder-unknown")).isDisplayed());
        }
    }

    @Test
    @Timeout(120)
    void noPageIsWiderThanASmallPhonesScreen() throws Exception {
        // WCAG 1.4.10 (reflow): at 320 CSS px nothing scrolls sideways but what is meant to (the language bar, a wide table)
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.manage().window().setSize(new org.openqa.selenium.Dimension(320, 800));
            // the print sheet of the quarter with the longest name: its address is written out whole
            String sheet = "quartiere/" + site.quarters().stream().map(q -> q.slug().value())
                    .max(java.util.Comparator.comparingInt(String::length)).orElseThrow() + "/druck/";
            // datenschutz/: an e-mail address in running text ran 5 px past the screen
            for (String page : List.of("", "angebote/", "anlaufstellen/", "anlaufstellen/buergerhaus-batenbrock/", "suche/", "quartiere/", sheet, "datenschutz/")) {
                d.get(server.uri(page).toString());
                new WebDriverWait(d, WAIT).until(x -> "complete".equals(js(x, "return document.readyState;")));
                Number inner = (Number) js(d, "return window.innerWidth;");
                assertTrue(inner.intValue() <= 330, "the window is a small phone's: " + inner);
                Number wide = (Number) js(d, "return document.documentElement.scrollWidth;");
                assertTrue(wide.intValue() <= inner.intValue(), page + " is " + wide + " px wide at " + inner + " px: "
                        + js(d, "function clipped(e) { for (var a = e.parentElement; a; a = a.parentElement)"
                        + " if (getComputedStyle(a).overflowX !== 'visible') return true; return false; }"
                        + "return Array.prototype.slice.call(document.querySelectorAll('body *')).filter(function (e) {"
                        + " return e.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(e); })"
                        + ".slice(0, 5).map(function (e) { return e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right); }).join(', ')"
                        + " + ' | widest chain: ' + (function () { var out = [], e = document.body;"
                        + " while (e) { out.push(e.tagName + '.' + e.className + ':' + e.scrollWidth + '/' + e.clientWidth);"
                        + " var next = null; for (var i = 0; i < e.children.length; i++) if (e.children[i].scrollWidth > (next ? next.scrollWidth : e.clientWidth)) next = e.children[i];"
                        + " e = next; } return out.join(' > '); })();"));
            }
        }
    }

    /**
     * At 320 px a choice stands in a row of its own, so that what a field shows of each choice tells
     * it from the others: two by two, "Batenbrock-Süd" and "Batenbrock-Südwest" both showed as "Batenbroc".
     */
    @Test
    @Timeout(120)
    void onASmallPhoneTheChoicesOfTheFormCanBeToldApart() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.manage().window().setSize(new org.openqa.selenium.Dimension(320, 800));
            openFinder(d, "angebote/?zielgruppe=kinder");   // a choice in the link: the form is open
            new WebDriverWait(d, WAIT).until(x -> Boolean.TRUE.equals(js(x, "return document.getElementById('finder').classList.contains('finder-live');")));
            // each option cut to what its field shows of it (the text less the padding and the arrow)
            @SuppressWarnings("unchecked")
            List<String> alike = (List<String>) js(d, "var out = [], c = document.createElement('canvas').getContext('2d');"
                    + "document.querySelectorAll('#finder .finder-facets select').forEach(function (s) {"
                    + "  var st = getComputedStyle(s), seen = {}; c.font = st.fontSize + ' ' + st.fontFamily;"
                    + "  var room = s.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - 16;"
                    + "  Array.prototype.forEach.call(s.options, function (o) { var t = o.text;"
                    + "    while (t.length && c.measureText(t).width > room) t = t.slice(0, -1);"
                    + "    if (seen[t]) out.push(s.id + ': \u201e' + seen[t] + '\u201c and \u201e' + o.text + '\u201c both show as \u201e' + t + '\u201c');"
                    + "    seen[t] = o.text; }); });"
                    + "return out;");
            assertEquals(List.of(), alike);
            // what a field shows before a choice ("beliebig", "nicht sortieren") shows in full
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) js(d, "var out = [], c = document.createElement('canvas').getContext('2d');"
                    + "document.querySelectorAll('#finder select').forEach(function (s) {"
                    + "  if (!s.clientWidth) { out.push(s.id + ': not shown'); return; }"
                    + "  var st = getComputedStyle(s); c.font = st.fontSize + ' ' + st.fontFamily;"
                    + "  var room = s.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - 16;"
                    + "  var t = s.options[0].text; if (c.measureText(t).width > room) out.push(s.id + ': \u201e' + t + '\u201c'); });"
                    + "return out;");
            assertEquals(List.of(), cut, "cut off at 320 px");
            double fieldset = ((Number) js(d, "return document.querySelector('#finder .finder-facets').clientWidth;")).doubleValue();
            for (WebElement select : d.findElements(By.cssSelector("#finder .finder-facets select")))
                assertTrue(select.getRect().getWidth() >= 0.9 * fieldset, select.getAttribute("id") + ": " + select.getRect().getWidth() + " of " + fieldset + " px");
        }
    }

    /** The browse lists' columns ("Angebote finden" by quarter, group, topic …) start level on a wide screen. */
    @Test
    @Timeout(120)
    void theColumnsOfTheBrowseListsStartLevel() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start(false)) {
            WebDriver d = browser.driver();
            d.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            d.get(server.uri("angebote/").toString());
            @SuppressWarnings("unchecked")
            List<String> uneven = (List<String>) js(d, "var out = [], lists = 0;"
                    + "document.querySelectorAll('.facet-links').forEach(function (ul) {"
                    + "  var tops = {};"
                    + "  ul.querySelectorAll(':scope > li').forEach(function (li) { var r = li.getBoundingClientRect(), x = Math.round(r.left);"
                    + "    tops[x] = Math.min(tops[x] === undefined ? Infinity : tops[x], r.top); });"
                    + "  var t = Object.keys(tops).map(function (k) { return tops[k]; });"
                    + "  if (t.length > 1) lists++;"
                    + "  if (Math.max.apply(null, t) - Math.min.apply(null, t) > 0.5) out.push(ul.closest('section').getAttribute('aria-labelledby') + ': ' + t.join(', '));"
                    + "}); return lists > 0 ? out : ['no list in columns'];");
            assertEquals(List.of(), uneven, "the tops of each list's columns");
        }
    }

    @Test
    @Timeout(120)
    void onAPhoneTheFormStartsFoldedSoTheFirstOfferingIsOnTheFirstScreen() throws Exception {
        String firstCardTop = "return document.querySelector('#treffer .card:not([hidden])').getBoundingClientRect().top;";
        String live = "return document.getElementById('finder').classList.contains('finder-live');";
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            openFinder(d, "angebote/");
            new WebDriverWait(d, WAIT).until(x -> Boolean.TRUE.equals(js(x, live)));
            WebElement panel = d.findElement(By.cssSelector("#finder .finder-panel"));
            assertNull(panel.getAttribute("open"), "folded on a phone");
            assertFalse(d.findElement(By.id("filter-zielgruppe")).isDisplayed());
            Number inner = (Number) js(d, "return window.innerHeight;");
            Number top = (Number) js(d, firstCardTop);
            assertTrue(top.doubleValue() < inner.doubleValue(), "the first offering starts at " + top + " px of " + inner);
            assertTrue(d.findElement(By.id("finder-count")).isDisplayed(), "the count stays in view");
            // one tap on its summary opens it, and the choice filters as before
            d.findElement(By.cssSelector("#finder .finder-panel > summary")).click();
            assertNotNull(panel.getAttribute("open"));
            new Select(d.findElement(By.id("filter-zielgruppe"))).selectByValue("kinder");
            assertEquals(expectedTitles(forGroup("Kinder")), visibleTitles(d));
            // a link that brings a choice shows the form open, with the choice in it
            openFinder(d, "angebote/?zielgruppe=kinder");
            new WebDriverWait(d, WAIT).until(x -> Boolean.TRUE.equals(js(x, live)));
            assertNotNull(d.findElement(By.cssSelector("#finder .finder-panel")).getAttribute("open"));
            // so does a link whose choice no longer exists: the notice names the field in the form
            openFinder(d, "angebote/?thema=gibt-es-nicht");
            new WebDriverWait(d, WAIT).until(x -> Boolean.TRUE.equals(js(x, live)));
            assertNotNull(d.findElement(By.cssSelector("#finder .finder-panel")).getAttribute("open"));
            assertTrue(d.findElement(By.cssSelector("#finder .finder-unknown")).isDisplayed());
            // on a wide screen it stays open
            d.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1024));
            openFinder(d, "angebote/");
            new WebDriverWait(d, WAIT).until(x -> Boolean.TRUE.equals(js(x, live)));
            assertNotNull(d.findElement(By.cssSelector("#finder .finder-panel")).getAttribute("open"));
            assertTrue(d.findElement(By.id("filter-zielgruppe")).isDisplayed());
        }
        try (BrowserSupport browser = BrowserSupport.start(false)) {
            WebDriver d = browser.driver();
            d.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            d.get(server.uri("angebote/").toString());
            assertTrue(d.findElement(By.id("filter-zielgruppe")).isDisplayed(), "without JavaScript the form stays open as built");
        }
    }

    // ---------------------------------------------------------------- 2. without JavaScript

    @Test
    @Timeout(120)
    void withoutJavaScriptTheFormFiltersTheListByItsStylesheet() throws Exception {
        List<String> expected = expectedTitles(forGroup("Kinder").and(on(DayOfWeek.WEDNESDAY)));
        assertFalse(expected.isEmpty());
        List<String> noScript;
        try (BrowserSupport browser = BrowserSupport.start(false)) {
            WebDriver d = browser.driver();
            d.get(server.uri("angebote/").toString());
            assertTrue(d.findElement(By.id("finder")).isDisplayed(), "the filter form works without JavaScript");
            assertFalse(d.findElement(By.cssSelector(".finder-nearby")).isDisplayed(), "no 'near me' that cannot work without JavaScript");
            d.get(server.uri("suche/").toString());
            assertTrue(d.findElement(By.cssSelector(".search-noscript")).isDisplayed(), "the search page says how to search without a script");
            d.get(server.uri("angebote/").toString());
            assertEquals(expectedTitles(o -> true), cardTitles(d), "every listed offering before a choice");
            new Select(d.findElement(By.id("filter-zielgruppe"))).selectByValue("kinder");
            new Select(d.findElement(By.id("filter-tag"))).selectByValue("mittwoch");
            noScript = visibleTitles(d);
            assertEquals(expected, noScript, "Kinder + Mittwoch, filtered by the stylesheet");
            assertFalse(d.findElement(By.id("finder-count")).isDisplayed(), "the build's count for the whole list gives way");
            // the count is a CSS counter of the cards left: shown, and read out with its number
            assertTrue(cssCount(d).contains("counter(treffer)"), cssCount(d));
            String texts = String.join(" ", accessibleTexts(d));
            assertTrue(java.util.regex.Pattern.compile("Treffer:\\s*" + expected.size() + "\\b").matcher(texts).find(), texts);
            assertFalse(texts.contains("Kein Angebot passt"), texts);
            // "Termine" has offerings for children and on Wednesdays, but none for both: its heading stays and says so
            @SuppressWarnings("unchecked")
            List<String> emptyGroups = (List<String>) js(d, "return Array.prototype.slice.call(document.querySelectorAll('#treffer section.group'))"
                    + ".filter(function (g) { return g.getClientRects().length > 0 && !Array.prototype.some.call(g.querySelectorAll('.card'),"
                    + " " + RENDERED + "); }).map(function (g) { return g.getAttribute('aria-labelledby'); });");
            assertEquals(List.of("termine"), emptyGroups, "the groups shown without a card");
            assertTrue(accessibleTexts(d).contains("Nichts in dieser Gruppe passt zu Ihrer Auswahl."), texts);
            // and a group with cards gets no line: its blank takes no room below the last card
            Number below = (Number) js(d, "var g = document.querySelector('#treffer section.group[aria-labelledby=regelmaessig]');"
                    + "var shown = Array.prototype.filter.call(g.querySelectorAll('.card'), " + RENDERED + ");"
                    + "return g.getBoundingClientRect().bottom - shown[shown.length - 1].getBoundingClientRect().bottom;");
            assertTrue(below.doubleValue() < 1, "room below the last card of a group with cards: " + below);
            // a choice that leaves nothing: the count says so and how to go on, no group heading is left standing
            new Select(d.findElement(By.id("filter-tag"))).selectByValue("sonntag");
            new Select(d.findElement(By.id("filter-tageszeit"))).selectByValue("abend");
            assertEquals(List.of(), visibleTitles(d), "the example has nothing for children on Sunday evenings");
            texts = String.join(" ", accessibleTexts(d));
            assertTrue(texts.contains("Treffer: 0 – Kein Angebot passt zu allen gewählten Filtern. Nehmen Sie einen Filter zurück."), texts);
            assertFalse(texts.contains("Nichts in dieser Gruppe"), "no group shown, so none says it is empty: " + texts);
            assertEquals(0L, js(d, "return Array.prototype.slice.call(document.querySelectorAll('#treffer section.group > h2'))"
                    + ".filter(" + RENDERED + ").length;"), "no heading over an empty group");
            new Select(d.findElement(By.id("filter-tageszeit"))).selectByIndex(0);
            d.findElement(By.cssSelector(".finder-reset")).click();
            assertEquals(expectedTitles(o -> true), visibleTitles(d), "reset shows every offering again");
            assertEquals("none", cssCount(d), "no count of its own without a choice");
            assertTrue(d.findElement(By.id("finder-count")).isDisplayed());

            // the same through the page of one value, as a search engine or a bookmark leads there
            clickFacetLink(d, "Kinder (");
            assertEquals(server.uri("angebote/finden/zielgruppe/kinder/").toString(), d.getCurrentUrl());
            assertEquals(expectedTitles(forGroup("Kinder")), visibleTitles(d), "the 'Kinder' page lists what names children");
            WebElement everyone = d.findElement(By.cssSelector(".finder-chosen a[href$='/zielgruppe/alle/']"));
            assertEquals(expectedTitles(forGroup("Alle")).size() + " Angebote für alle", everyone.getText(), "and links to the offerings for everyone");
            assertTrue(d.findElements(By.id("filter-zielgruppe")).isEmpty(), "the page's own value is not offered again");
            new Select(d.findElement(By.id("filter-tag"))).selectByValue("mittwoch");
            assertEquals(expected, visibleTitles(d), "Kinder + Mittwoch on the 'Kinder' page");
        }
        List<String> withScript;
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            openFinder(d, "angebote/?zielgruppe=kinder&tag=mittwoch");
            withScript = visibleTitles(d);
        }
        log("finder: Kinder + Mittwoch: %d without JavaScript, %d with, %d in the model", noScript.size(), withScript.size(), expected.size());
        assertEquals(withScript, noScript, "the stylesheet shows what the script shows");
    }

    /** What the stylesheet's count says (the content of #treffer::after), or "none". */
    static String cssCount(WebDriver d) {
        return (String) js(d, "return getComputedStyle(document.getElementById('treffer'), '::after').content;");
    }

    /**
     * The texts of the page as assistive technology gets them, generated content included (the
     * stylesheet's count is a CSS counter, which the DOM does not show).
     */
    @SuppressWarnings("unchecked")
    static List<String> accessibleTexts(WebDriver d) {
        Map<String, Object> tree = ((org.openqa.selenium.chromium.HasCdp) d).executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        List<String> out = new ArrayList<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
            Map<String, Object> name = (Map<String, Object>) node.get("name");
            if (name != null && name.get("value") instanceof String v && !v.isBlank()) out.add(squash(v));
        }
        return out;
    }

    /**
     * Every choice of one or two values on the offerings listing (every pair the form allows) shows
     * the same offerings without JavaScript (the stylesheet) as with it (the script), and every
     * page of one value lists exactly what the script shows for that value.
     */
    @Test
    @Timeout(240)
    void everyChoiceOfOneOrTwoValuesFiltersAlikeWithAndWithoutJavaScript() throws Exception {
        String read = "var form = document.getElementById('finder');"
                + "var fields = Array.prototype.slice.call(form.querySelectorAll('.finder-facets select, .finder-facets input[type=checkbox]'));"
                + "return arguments[0].map(function (sel) {"
                + "  fields.forEach(function (el) { var v = sel[el.name] || '';"
                + "    if (el.type === 'checkbox') el.checked = v === el.value; else el.value = v; });"
                + "  if (window.QuartierFinder) QuartierFinder.apply();"
                + "  return Array.prototype.slice.call(document.querySelectorAll('#treffer article.card'))"
                + "    .filter(" + RENDERED + ")"
                + "    .map(function (c) { return c.querySelector('.card-title a').textContent; })"
                // and the group headings shown ("Termine", "Regelmäßige Angebote"), marked with a leading GROUP; one
                // with no card shown is marked as saying so below its heading (a line of text) or not
                + "    .concat(Array.prototype.slice.call(document.querySelectorAll('#treffer section.group > h2'))"
                + "      .filter(" + RENDERED + ")"
                + "      .map(function (h) { var g = h.parentNode;"
                + "        var cards = Array.prototype.some.call(g.querySelectorAll('.card'), " + RENDERED + ");"
                + "        return '" + GROUP + "' + h.id + (cards ? '' : g.getBoundingClientRect().bottom - h.getBoundingClientRect().bottom > 8 ? ':says-none' : ':silent'); }));"
                + "});";
        List<Map<String, String>> selections;
        List<List<String>> styled;
        int allGroups;
        try (BrowserSupport browser = BrowserSupport.start(false)) {
            WebDriver d = browser.driver();
            d.get(server.uri("angebote/").toString());
            allGroups = ((Number) js(d, "return document.querySelectorAll('#treffer section.group > h2').length;")).intValue();
            @SuppressWarnings("unchecked")
            Map<String, List<String>> options = (Map<String, List<String>>) js(d,
                    "var out = {}; Array.prototype.slice.call(document.querySelectorAll('.finder-facets select, .finder-facets input[type=checkbox]'))"
                            + ".forEach(function (el) { out[el.name] = el.type === 'checkbox' ? [el.value]"
                            + "  : Array.prototype.slice.call(el.options).map(function (o) { return o.value; }).filter(Boolean); }); return out;");
            selections = new ArrayList<>();
            List<String> keys = new ArrayList<>(new TreeMap<>(options).keySet());
            for (int i = 0; i < keys.size(); i++)
                for (String v : options.get(keys.get(i))) {
                    selections.add(Map.of(keys.get(i), v));
                    for (int j = i + 1; j < keys.size(); j++)
                        for (String w : options.get(keys.get(j))) selections.add(Map.of(keys.get(i), v, keys.get(j), w));
                }
            styled = shownFor(d, read, selections);
        }
        List<List<String>> scripted;
        Map<String, List<String>> valuePages = new TreeMap<>();
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            openFinder(d, "angebote/");
            scripted = shownFor(d, read, selections);
            for (int i = 0; i < selections.size(); i++) {
                if (selections.get(i).size() != 1) continue;
                var e = selections.get(i).entrySet().iterator().next();
                valuePages.put(e.getKey() + "/" + e.getValue(), titlesOnly(scripted.get(i)));
            }
        }
        List<String> problems = new ArrayList<>();
        int groupsLeftOut = 0, emptyHeadingsKept = 0;
        for (int i = 0; i < selections.size(); i++) {
            List<String> styledTitles = titlesOnly(styled.get(i)), scriptedTitles = titlesOnly(scripted.get(i));
            if (!styledTitles.equals(scriptedTitles))
                problems.add(selections.get(i) + ": stylesheet " + styledTitles + ", script " + scriptedTitles);
            List<String> styledGroups = groupsOnly(styled.get(i)), scriptedGroups = groupsOnly(scripted.get(i));
            if (selections.get(i).size() == 1) {
                // one value: a group without a card of it goes, heading and all, as with the script
                if (!styledGroups.equals(scriptedGroups))
                    problems.add(selections.get(i) + ": groups shown by the stylesheet " + styledGroups + ", by the script " + scriptedGroups);
                if (scriptedGroups.size() < allGroups) groupsLeftOut++;
            } else if (!styledGroups.containsAll(scriptedGroups)) {
                problems.add(selections.get(i) + ": the stylesheet hides a group with cards: " + styledGroups + ", script " + scriptedGroups);
            } else if (!styledGroups.equals(scriptedGroups)) {
                // two values that leave a group empty only together: its heading stays (see FilterStyle), and says below that nothing fits
                emptyHeadingsKept++;
                if (styledGroups.stream().anyMatch(g -> g.endsWith(":silent")))
                    problems.add(selections.get(i) + ": a group without cards says nothing: " + styledGroups);
            }
        }
        Path finder = out.resolve("angebote/finden");
        for (var e : valuePages.entrySet()) {
            Path page = finder.resolve(e.getKey()).resolve("index.html");
            if (!Files.exists(page)) {
                problems.add(e.getKey() + ": no page");
                continue;
            }
            org.jsoup.nodes.Document html = Jsoup.parse(page.toFile(), "UTF-8");
            Map<String, String> found = new TreeMap<>();
            html.select("#treffer article.card .card-title a").forEach(a -> found.put(a.attr("href"), squash(a.text())));
            List<String> titles = found.values().stream().sorted().toList();
            if (!titles.equals(e.getValue())) problems.add(e.getKey() + ": page " + titles + ", script " + e.getValue());
        }
        log("finder: %d choices of one or two values compared with and without JavaScript, %d pages of one value; "
                + "%d single values leave a group out; %d pairs keep an empty group's heading without JavaScript", selections.size(),
                valuePages.size(), groupsLeftOut, emptyHeadingsKept);
        assertTrue(selections.size() > 300, "choices: " + selections.size());
        assertTrue(groupsLeftOut > 0, "some single value leaves a group without cards, so that the comparison of groups tells something");
        assertEquals(List.of(), problems, "stylesheet, script and pages agree");
    }

    /** A script's test of an element: the reader sees it (it makes a box; display: none makes none). */
    static final String RENDERED = "function (e) { return e.getClientRects().length > 0; }";

    /** Marks a group heading's id among the titles that {@link #shownFor} returns. */
    private static final String GROUP = "\u00a7group:";

    private static List<String> titlesOnly(List<String> shown) {
        return shown.stream().filter(t -> !t.startsWith(GROUP)).toList();
    }

    private static List<String> groupsOnly(List<String> shown) {
        return shown.stream().filter(t -> t.startsWith(GROUP)).toList();
    }

    /**
     * The cards shown for each selection; asked in parts, so that no single script runs into the
     * driver's script timeout on a slow machine (some 2,000 selections, each a style recalculation).
     */
    @SuppressWarnings("unchecked")
    private static List<List<String>> shownFor(WebDriver d, String read, List<Map<String, String>> selections) {
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < selections.size(); from += 100) {
            List<List<String>> shown = (List<List<String>>) js(d, read, selections.subList(from, Math.min(selections.size(), from + 100)));
            for (List<String> titles : shown) out.add(titles.stream().map(FindEndToEndTest::squash).sorted().toList());
        }
        assertEquals(selections.size(), out.size());
        return out;
    }

    /** Clicks the link of the "Angebote finden" / "Weiter eingrenzen" lists whose text starts so; returns its text. */
    static String clickFacetLink(WebDriver d, String start) {
        List<WebElement> links = d.findElements(By.cssSelector(".finder-browse a")).stream()
                .filter(a -> a.getText().startsWith(start)).toList();
        assertEquals(1, links.size(), "one link '" + start + "…' on " + d.getCurrentUrl());
        String text = links.get(0).getText();
        links.get(0).click();
        return text;
    }

    static List<String> cardTitles(WebDriver d) {
        return d.findElements(By.cssSelector("#treffer article.card .card-title a")).stream()
                .map(a -> squash(a.getAttribute("textContent"))).sorted().toList();
    }

    // ---------------------------------------------------------------- 3. search

    /** Every result, each group shown whole ("more" clicked until it is gone): heading → items (title NUL text). */
    static Map<String, List<String>> searchResults(WebDriver d) {
        showAll(d);
        return shownResults(d);
    }

    /** Clicks the groups' "more" buttons until every result is shown. */
    static void showAll(WebDriver d) {
        ((JavascriptExecutor) d).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "(function step() { var b = document.querySelector('#suchergebnisse section > button');"
                + "  if (!b) return done(true); if (!b.disabled) b.click(); setTimeout(step, 10); })();");
    }

    /** The results as shown now: heading → items (title NUL text). */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> shownResults(WebDriver d) {
        List<Map<String, Object>> sections = (List<Map<String, Object>>) js(d,
                "return Array.prototype.slice.call(document.querySelectorAll('#suchergebnisse > section')).map(function (s) {"
                        + " return { h: s.querySelector('h2').textContent, items: Array.prototype.slice.call(s.querySelectorAll('ol > li')).map(function (li) {"
                        + "   return li.querySelector('a').textContent + '\\u0000' + li.textContent; }) }; });");
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map<String, Object> s : sections) out.put(squash((String) s.get("h")), (List<String>) s.get("items"));
        return out;
    }

    static List<String> titlesIn(Map<String, List<String>> results, String kind) {
        for (var e : results.entrySet()) {
            if (e.getKey().startsWith(kind + " (")) {
                assertEquals(kind + " (" + e.getValue().size() + ")", e.getKey(), "the heading counts its results");
                return e.getValue().stream().map(i -> squash(i.substring(0, i.indexOf('\u0000')))).toList();
            }
        }
        return null;
    }

    static int total(Map<String, List<String>> results) {
        return results.values().stream().mapToInt(List::size).sum();
    }

    static void searchOnPage(WebDriver d, String q) {
        WebElement field = d.findElement(By.id("suche-feld"));
        field.clear();
        field.sendKeys(q, Keys.ENTER);
        waitForResults(d, q);
    }

    static void waitForResults(WebDriver d, String q) {
        new WebDriverWait(d, WAIT).until(x -> x.findElement(By.id("suche-status")).getText().contains("„" + q + "“"));
    }

    @Test
    @Timeout(120)
    void searchFindsUmlautSpellingsAliasesAndStreetsFromThisHostOnly() throws Exception {
        List<String> breakfasts = listedOfferings().stream().map(Offering::title)
                .filter(t -> t.toLowerCase(Locale.GERMAN).contains("frühstück")).map(FindEndToEndTest::squash).sorted().toList();
        assertFalse(breakfasts.isEmpty(), "the example has breakfast offerings");
        Quarter q = quarter("batenbrock-sued");
        assertFalse(q.aliases().isEmpty(), "batenbrock-sued has aliases");
        String alias = q.aliases().get(0);
        List<String> streetOffices = listedContactPoints().stream().map(ContactPoint::title)
                .filter(t -> t.toLowerCase(Locale.GERMAN).contains("straße")).map(FindEndToEndTest::squash).sorted().toList();
        assertFalse(streetOffices.isEmpty(), "the example has offices named after their street");

        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("").toString());
            d.findElement(By.id("kopf-suche")).sendKeys("Fruehstueck", Keys.ENTER);
            new WebDriverWait(d, WAIT).until(x -> x.getCurrentUrl().startsWith(server.uri("suche/").toString()));
            assertEquals(Map.of("q", "Fruehstueck"), query(d), "the header form sends the query to suche/");
            waitForResults(d, "Fruehstueck");
            Map<String, List<String>> results = searchResults(d);
            List<String> offerings = titlesIn(results, "Angebote");
            assertNotNull(offerings, "an Angebote group for 'Fruehstueck': " + results.keySet());
            assertTrue(offerings.containsAll(breakfasts), "'Fruehstueck' finds every offering with 'Frühstück' in its title; missing: "
                    + breakfasts.stream().filter(t -> !offerings.contains(t)).toList());
            assertTrue(d.findElement(By.id("suche-status")).getText().startsWith(total(results) + " Treffer"),
                    d.findElement(By.id("suche-status")).getText());
            assertEquals("Fruehstueck", d.findElement(By.id("suche-feld")).getAttribute("value"));
            assertFalse(d.findElement(By.cssSelector(".search-noscript")).isDisplayed(), "no note that the field searches only with a script, where it does");
            log("search 'Fruehstueck': %d results, %d offerings (%d with 'Frühstück' in the title)", total(results), offerings.size(), breakfasts.size());

            searchOnPage(d, alias);
            Map<String, List<String>> byAlias = searchResults(d);
            List<String> quarters = titlesIn(byAlias, "Quartiere");
            assertNotNull(quarters, "a Quartiere group for the alias '" + alias + "': " + byAlias.keySet());
            assertEquals(squash(q.title()), quarters.get(0), "the alias '" + alias + "' finds its quarter first: " + quarters);
            assertEquals(Map.of("q", alias), query(d));
            log("search '%s' (alias of %s): %s", alias, q.title(), byAlias.keySet());

            searchOnPage(d, "Strasse");
            Map<String, List<String>> streets = searchResults(d);
            List<String> offices = titlesIn(streets, "Anlaufstellen");
            assertNotNull(offices, "an Anlaufstellen group for 'Strasse': " + streets.keySet());
            assertTrue(offices.containsAll(streetOffices), "'Strasse' finds every office with 'Straße' in its name; missing: "
                    + streetOffices.stream().filter(t -> !offices.contains(t)).toList());
            assertTrue(streets.values().stream().flatMap(List::stream).anyMatch(i -> i.contains("Straße")),
                    "a result whose title or address line says 'Straße'");
            log("search 'Strasse': %d results", total(streets));

            // no page has every word: those with some of them, and the status says so
            searchOnPage(d, "Strasse Zzyzx");
            Map<String, List<String>> some = searchResults(d);
            assertEquals(total(streets), total(some), "the pages with 'Strasse', since none has 'Zzyzx'");
            assertTrue(d.findElement(By.id("suche-status")).getText().startsWith("Keine Seite enthält alle Wörter von „Strasse Zzyzx“; "
                    + total(some) + " Treffer mit einem Teil davon"), d.findElement(By.id("suche-status")).getText());
            // a group cut short says so before the colon that leads to the results, not after it
            String partial = d.findElement(By.id("suche-status")).getText();
            assertTrue(partial.endsWith(":"), partial);
            assertFalse(partial.contains(": ("), partial);

            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) js(d,
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            String origin = "http://127.0.0.1:" + server.port() + "/";
            assertTrue(resources.stream().anyMatch(r -> r.startsWith(server.uri("suche/index/meta.json").toString())),
                    "the index came from this site: " + resources);
            long indexFiles, gramFiles;
            try (Stream<Path> files = Files.walk(out.resolve("suche/index"))) {
                indexFiles = files.filter(Files::isRegularFile).count();
            }
            try (Stream<Path> files = Files.list(out.resolve("suche/index/g"))) {
                gramFiles = files.count();
            }
            List<String> loaded = resources.stream().filter(r -> r.startsWith(server.uri("suche/index/").toString())).distinct().toList();
            long gramsLoaded = loaded.stream().filter(r -> r.contains("/suche/index/g/")).count();
            long longWords = Stream.of("Fruehstueck", alias, "Strasse", "Zzyzx").flatMap(x -> SearchText.words(x).stream()).distinct()
                    .filter(w -> w.length() >= 4).count();
            assertTrue(gramsLoaded <= longWords && gramsLoaded < gramFiles, "at most one trigram file per query word: " + loaded);
            log("search: 3 queries, every result shown, loaded %d of the index's %d files (%d of %d trigram files)", loaded.size(),
                    indexFiles, gramsLoaded, gramFiles);
            assertEquals(List.of(), resources.stream().filter(r -> !r.startsWith(origin)).toList(), "requests to another host");
        }
    }

    // ---------------------------------------------------------------- 4. one normal form in Java and JavaScript

    static final List<String> WORDS = List.of("Frühstück", "Fruehstueck", "FRÜHSTÜCKS", "Straße", "Strasse", "STRASSE", "Kinder",
            "Kindern", "Familien", "Familie", "Seniorinnen", "Senioren", "Beratung", "Beratungen", "Quelle", "Quellen", "Café",
            "Cafés", "Öffnungszeiten", "Oeffnungszeiten", "Müttercafé", "Nachbarschaftsfrühstück", "Spielmobil", "Hausaufgabenhilfe",
            "Arabisch", "Türkisch", "größte", "groesste", "Treffen", "Treffpunkt", "Treffpunkte", "Mittwochs", "Nachmittags",
            "Geflüchtete", "Zugewanderte", "Ehrenamtliche", "Sprachcafé", "Mädchen", "Bürgerhaus", "Ärztinnen", "Aue", "Feuer",
            "bauen", "neues", "Quartiersbüro", "Rottmannsmühle", "İstanbul", "Çay", "kahvaltı", "KAHVALTI", "Işık", "2026", "B224", "Euro", "Straßenfest");

    @Test
    @Timeout(120)
    void browserAndBuildNormalizeWordsAlike() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("suche/").toString());
            new WebDriverWait(d, WAIT).until(x -> (Boolean) js(x, "return !!window.QuartierSearch;"));
            @SuppressWarnings("unchecked")
            List<String> browserForms = (List<String>) js(d, "return arguments[0].map(function (w) { return QuartierSearch.normalize(w); });", WORDS);
            List<String> javaForms = WORDS.stream().map(SearchText::normalize).toList();
            List<String> differ = new ArrayList<>();
            for (int i = 0; i < WORDS.size(); i++)
                if (!Objects.equals(javaForms.get(i), browserForms.get(i)))
                    differ.add(WORDS.get(i) + ": Java " + javaForms.get(i) + ", browser " + browserForms.get(i));
            log("normalize: %d words, %d differ; e.g. %s", WORDS.size(), differ.size(),
                    WORDS.subList(0, 6).stream().map(w -> w + "→" + SearchText.normalize(w)).collect(Collectors.joining(", ")));
            assertEquals(List.of(), differ, "the browser's normal form is the build's");
            // the stop words the query leaves out are the build's (meta.json), unless the query has nothing else
            @SuppressWarnings("unchecked")
            List<Object> asked = (List<Object>) ((JavascriptExecutor) d).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "QuartierSearch.load().then(function () { done([QuartierSearch.queryWords('Frühstück in der Altstadt'), QuartierSearch.queryWords('in der')]); });");
            assertEquals(List.of(List.of(SearchText.normalize("Frühstück"), SearchText.normalize("Altstadt")), List.of("in", "der")), asked);
        }
        // what SearchText documents: spellings of one word meet
        assertAll(
                () -> assertEquals(SearchText.normalize("Frühstück"), SearchText.normalize("Fruehstueck")),
                () -> assertEquals(SearchText.normalize("Frühstück"), SearchText.normalize("FRÜHSTÜCKS")),
                () -> assertEquals(SearchText.normalize("Straße"), SearchText.normalize("Strasse")),
                () -> assertEquals(SearchText.normalize("Kinder"), SearchText.normalize("Kindern")),
                () -> assertEquals(SearchText.normalize("Familie"), SearchText.normalize("Familien")),
                () -> assertEquals(SearchText.normalize("Öffnungszeiten"), SearchText.normalize("Oeffnungszeiten")),
                () -> assertEquals(SearchText.normalize("größte"), SearchText.normalize("groesste")),
                () -> assertEquals(SearchText.normalize("Beratung"), SearchText.normalize("Beratungen")),
                () -> assertTrue(SearchText.normalize("Quelle").startsWith("que"), "'que' keeps its e: " + SearchText.normalize("Quelle")));
    }

    // ---------------------------------------------------------------- 5. how fast, how big

    /** The queries measured: one word, an umlaut spelling, two words, a word in every address, one letter; then two more. */
    static final List<String> MEASURED = List.of("Kinder", "Fruehstueck", "Kinder Mittwoch", "Strasse", "a", "Beratung", "Familien Altstadt");

    @Test
    @Timeout(300)
    void measureSearchTimeAndIndexSize() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            measure(browser.driver(), server, out, MEASURED);
        }
    }

    /**
     * Measures the search of another built site, e.g. one made by {@code bench/generate.py}:
     * {@code -Dquartier.search.site=/tmp/out [-Dquartier.search.base=/quartiersentwicklung/]}.
     */
    @Test
    @EnabledIfSystemProperty(named = "quartier.search.site", matches = ".+")
    @Timeout(1800)
    void measureSearchOfAnotherSite() throws Exception {
        Path other = Path.of(System.getProperty("quartier.search.site"));
        try (SiteServer s = SiteServer.start(other, System.getProperty("quartier.search.base", "/quartiersentwicklung/"));
             BrowserSupport browser = BrowserSupport.start()) {
            measure(browser.driver(), s, other, MEASURED);
        }
    }

    /**
     * For each query, in a fresh page (nothing cached: the test server forbids it): the index's
     * files the browser fetched until the results were shown, their bytes as sent (uncompressed)
     * and gzipped, the time to the results, and the median time of the query again with its files
     * loaded. Then the whole index, and the directory pages for readers without JavaScript.
     */
    @SuppressWarnings("unchecked")
    static void measure(WebDriver d, SiteServer server, Path out, List<String> queries) throws IOException {
        String indexUri = server.uri("suche/index/").toString();
        for (String q : queries) {
            d.get(server.uri("suche/?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)).toString());
            new WebDriverWait(d, Duration.ofSeconds(120)).until(x -> x.findElement(By.id("suche-status")).getText().contains("„" + q + "“"));
            Map<String, Object> m = (Map<String, Object>) js(d, "var prefix = arguments[0], entries = performance.getEntriesByType('resource')"
                    + ".filter(function (e) { return e.name.indexOf(prefix) === 0; });"
                    + "var nav = performance.getEntriesByType('navigation')[0];"
                    + "return { files: entries.map(function (e) { return e.name; }), bytes: entries.reduce(function (s, e) { return s + e.decodedBodySize; }, 0),"
                    + " done: Math.max.apply(null, entries.map(function (e) { return e.responseEnd; }).concat([0])) - nav.domContentLoadedEventEnd,"
                    + " status: document.getElementById('suche-status').textContent };", indexUri);
            List<String> fetched = (List<String>) m.get("files");
            long bytes = ((Number) m.get("bytes")).longValue();
            long onDisk = 0, gzipped = 0;
            for (String url : fetched) {
                String rel = url.substring(indexUri.length()).replaceFirst("\\?.*$", "");
                byte[] b = Files.readAllBytes(out.resolve("suche/index").resolve(rel));
                onDisk += b.length;
                gzipped += gzip(b);
            }
            assertEquals(onDisk, bytes, "the browser got the files as they are: " + fetched);
            Map<String, Object> warm = (Map<String, Object>) ((JavascriptExecutor) d).executeAsyncScript(
                    "var done = arguments[arguments.length - 1], q = arguments[0], times = [], n = 0;"
                            + "(function run(i) { if (i === 10) { times.sort(function (a, b) { return a - b; }); return done({ median: times[5], n: n }); }"
                            + "  QuartierSearch.search(q).then(function (r) { n = r.length; times.push(QuartierSearch.lastMs); run(i + 1); },"
                            + "    function (e) { done({ error: String(e) }); }); })(0);", q);
            assertFalse(warm.containsKey("error"), q + ": " + warm.get("error"));
            log("query '%s': %d results; %d index files, %,d bytes (%,d gzipped); results after %.0f ms; again %.1f ms; status: %s", q,
                    ((Number) warm.get("n")).intValue(), fetched.size(), bytes, gzipped, ((Number) m.get("done")).doubleValue(),
                    ((Number) warm.get("median")).doubleValue(), m.get("status"));
            assertTrue(bytes < 500_000, "'" + q + "' fetched " + bytes + " bytes of the index: " + fetched);
        }
        long files = 0, total = 0, totalGzipped = 0, largest = 0;
        Map<String, long[]> byFolder = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out.resolve("suche/index"))) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                byte[] b = Files.readAllBytes(f);
                files++;
                total += b.length;
                totalGzipped += gzip(b);
                largest = Math.max(largest, b.length);
                String folder = out.resolve("suche/index").relativize(f).getNameCount() > 1 ? out.resolve("suche/index").relativize(f).getName(0).toString() : "meta";
                long[] sum = byFolder.computeIfAbsent(folder, k -> new long[2]);
                sum[0]++;
                sum[1] += b.length;
            }
        }
        log("suche/index/: %d files, %,d bytes (%,d gzipped file by file), largest file %,d bytes; by folder (files, bytes): %s", files, total,
                totalGzipped, largest, byFolder.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + " " + e.getValue()[1]).toList());
        long pages = 0, largestPage = 0;
        try (Stream<Path> all = Files.walk(out.resolve("suche"))) {
            for (Path f : all.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages++;
                largestPage = Math.max(largestPage, Files.size(f));
            }
        }
        log("directory: %d pages under suche/, largest %,d bytes", pages, largestPage);
        assertTrue(largestPage < 512 * 1024, "every page of the directory under 512 KB: " + largestPage);
    }

    static long gzip(byte[] b) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(b);
        }
        return gz.size();
    }

    // ---------------------------------------------------------------- 5b. many results, the same files and ranks as the build's reader

    /** "Bottrop" is in every address: more than 20 offerings, shown 20 at a time, best first. */
    @Test
    @Timeout(120)
    void manyResultsShowTheBestTwentyOfEachKindAndMoreOnRequest() throws Exception {
        ShardLookup lookup = new ShardLookup(FindEndToEndTest::outputFile);
        List<ShardLookup.Result> expected = lookup.search(SearchText.words("Bottrop"));
        Map<Integer, List<String>> byKind = new LinkedHashMap<>();
        for (ShardLookup.Result r : expected) byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(squash(lookup.document(r.doc()).get(0)));
        List<String> kinds = new ArrayList<>();
        lookup.meta().get("kinds").forEach(k -> kinds.add(k.get(0).asText()));
        int offerings = kinds.indexOf("Angebote");
        assertTrue(byKind.get(offerings).size() > 40, "the example has more than 40 offerings in Bottrop: " + byKind.get(offerings).size());

        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("suche/").toString());
            searchOnPage(d, "Bottrop");
            String status = d.findElement(By.id("suche-status")).getText();
            assertTrue(status.startsWith(expected.size() + " Treffer für „Bottrop“"), status);
            assertTrue(status.endsWith("Treffer für „Bottrop“ (je Gruppe die 20 besten)"), status);
            Map<String, List<String>> shown = shownResults(d);
            List<String> headings = new ArrayList<>();
            byKind.forEach((k, titles) -> headings.add(kinds.get(k) + " (" + titles.size() + ")"));
            assertEquals(headings, new ArrayList<>(shown.keySet()), "the kinds in the order of their best result, each with its count");
            int i = 0;
            for (var e : byKind.entrySet()) {
                List<String> titles = shown.get(headings.get(i++)).stream().map(x -> squash(x.substring(0, x.indexOf('\u0000')))).toList();
                assertEquals(e.getValue().subList(0, Math.min(20, e.getValue().size())), titles, "the best 20 of " + kinds.get(e.getKey()));
            }
            WebElement more = d.findElement(By.xpath("//section[h2[starts-with(., 'Angebote (')]]/button"));
            assertEquals("Mehr anzeigen: Angebote (20 von " + byKind.get(offerings).size() + " gezeigt)", more.getText());
            more.click();
            String heading = "Angebote (" + byKind.get(offerings).size() + ")";
            new WebDriverWait(d, WAIT).until(x -> shownResults(x).get(heading).size() == 40);
            List<String> forty = shownResults(d).get(heading).stream().map(x -> squash(x.substring(0, x.indexOf('\u0000')))).toList();
            assertEquals(byKind.get(offerings).subList(0, 40), forty, "'more' adds the next 20");
            assertEquals(forty.get(20), squash(d.switchTo().activeElement().getText()), "the first added result has the focus");
            log("search 'Bottrop': %d results, %s; 'more' shows 40 offerings", expected.size(), headings);
        }
    }

    static byte[] outputFile(String path) {
        try {
            Path f = out.resolve(path);
            return Files.isRegularFile(f) ? Files.readAllBytes(f) : null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The script loads the files the build's reader ({@link ShardLookup}) loads, and ranks as it does. */
    @Test
    @Timeout(120)
    @SuppressWarnings("unchecked")
    void browserAndBuildLoadTheSameFilesAndRankAlike() throws Exception {
        ShardLookup lookup = new ShardLookup(FindEndToEndTest::outputFile);
        List<String> queryWords = new ArrayList<>(List.of("a", "z", "0", "zzzz", "ind", "kind", "uhstuck"));
        for (String w : WORDS) {
            String n = SearchText.normalize(w);
            for (int i = 1; i <= n.length(); i++) queryWords.add(n.substring(0, i));
            if (n.length() > 4) queryWords.add(n.substring(1));
        }
        List<String> queries = List.of("Bottrop", "Kinder Mittwoch", "Beratung", "Fruehstueck", "Strasse", "Familien Altstadt", "a", "Welheim",
                "Welheim Zzyzx Kinder");
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("suche/").toString());
            new WebDriverWait(d, WAIT).until(x -> (Boolean) js(x, "return !!(window.QuartierSearch && QuartierSearch.load);"));
            Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) d).executeAsyncScript(
                    "var done = arguments[arguments.length - 1], words = arguments[0], queries = arguments[1];"
                            + "QuartierSearch.load().then(function () {"
                            + "  var plans = words.map(function (w) { var p = QuartierSearch.plan(w); return p.words.join(' ') + '|' + p.gram + '|' + p.gramFile; });"
                            + "  return Promise.all(queries.map(function (q) { return QuartierSearch.search(q); })).then(function (results) {"
                            + "    done({ plans: plans, results: results.map(function (r) { return r.map(function (x) { return [x.doc, x.kind, x.score]; }); }) });"
                            + "  });"
                            + "}).catch(function (e) { done({ error: String(e) }); });", queryWords, queries);
            assertFalse(m.containsKey("error"), String.valueOf(m.get("error")));
            List<String> plans = (List<String>) m.get("plans");
            List<String> differ = new ArrayList<>();
            for (int i = 0; i < queryWords.size(); i++) {
                ShardLookup.Plan p = lookup.plan(queryWords.get(i));
                String java = String.join(" ", p.words()) + "|" + p.gram() + "|" + p.gramFile();
                if (!java.equals(plans.get(i))) differ.add(queryWords.get(i) + ": Java " + java + ", browser " + plans.get(i));
            }
            assertEquals(List.of(), differ, "the same files for the same query word");
            List<List<List<Number>>> results = (List<List<List<Number>>>) m.get("results");
            for (int q = 0; q < queries.size(); q++) {
                List<ShardLookup.Result> java = lookup.search(SearchText.words(queries.get(q)).stream().distinct().toList());
                List<List<Number>> browserResult = results.get(q);
                assertEquals(java.size(), browserResult.size(), queries.get(q));
                for (int i = 0; i < java.size(); i++) {
                    assertEquals(java.get(i).doc(), browserResult.get(i).get(0).intValue(), queries.get(q) + " #" + i);
                    assertEquals(java.get(i).kind(), browserResult.get(i).get(1).intValue(), queries.get(q) + " #" + i);
                    assertEquals(java.get(i).score(), browserResult.get(i).get(2).doubleValue(), queries.get(q) + " #" + i);
                }
            }
            log("plans: %d query words, the same files; %d queries ranked alike (%s results)", queryWords.size(), queries.size(),
                    results.stream().map(r -> String.valueOf(r.size())).collect(Collectors.joining(", ")));
        }
    }

    // ---------------------------------------------------------------- 6. near me

    @Test
    @Timeout(120)
    void nearMeSortsByQuarterAndByPositionWithoutSendingIt() throws Exception {
        String slug = "welheim";
        Quarter q = quarter(slug);
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            openFinder(d, "angebote/");
            WebElement option = d.findElement(By.cssSelector("#nearby-quarter option[value='" + slug + "']"));
            String[] ll = option.getAttribute("data-geo").split(",");
            double lat = Double.parseDouble(ll[0]), lon = Double.parseDouble(ll[1]);
            assertTrue(km(lat, lon, q.center().lat(), q.center().lon()) < 0.01, "the option's position is the quarter's centre");
            new Select(d.findElement(By.id("nearby-quarter"))).selectByValue(slug);
            new WebDriverWait(d, WAIT).until(x -> x.getCurrentUrl().contains("naehe="));
            assertEquals(Map.of("naehe", slug), query(d));
            int checked = assertGroupsSortedFrom(d, lat, lon, "from " + q.title());
            assertEquals(listedOfferings().size(), checked, "every offering is still listed, sorted");
            assertTrue(d.findElement(By.cssSelector(".nearby-status")).getText().contains(q.title()),
                    d.findElement(By.cssSelector(".nearby-status")).getText());
            log("near me: %d offerings sorted by distance from %s", checked, q.title());

            // the browser's position: granted and set through CDP; nothing may be sent
            double hereLat = 51.5010, hereLon = 6.9120;
            HasCdp cdp = (HasCdp) d;
            cdp.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation"),
                    "origin", "http://127.0.0.1:" + server.port()));
            cdp.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", hereLat, "longitude", hereLon, "accuracy", 50));
            Thread.sleep(300); // let late requests of the page (icons) arrive before counting
            server.clearRequests();
            d.findElement(By.cssSelector(".nearby-locate")).click();
            new WebDriverWait(d, WAIT).until(x -> x.findElement(By.cssSelector(".nearby-status")).getText().contains("Ihrem Standort"));
            Thread.sleep(500);
            assertEquals(List.of(), server.requests(), "using the position sends nothing");
            assertEquals(server.uri("angebote/").toString(), d.getCurrentUrl(), "no position (and no quarter) in the URL");
            assertEquals("", d.findElement(By.id("nearby-quarter")).getAttribute("value"), "the quarter choice is cleared");
            checked = assertGroupsSortedFrom(d, hereLat, hereLon, "from the position");
            assertEquals(listedOfferings().size(), checked);
        }

        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("anlaufstellen/").toString());
            new WebDriverWait(d, WAIT).until(x -> x.findElement(By.id("nearby-quarter")).isDisplayed());
            new Select(d.findElement(By.id("nearby-quarter"))).selectByValue(slug);
            new WebDriverWait(d, WAIT).until(x -> !x.findElements(By.cssSelector("div.nearby-list article.card")).isEmpty());
            assertEquals(Map.of("naehe", slug), query(d));
            assertFalse(d.findElement(By.id("orte")).isDisplayed(), "the grouped list gives way to the one by distance");
            Map<String, ContactPoint> bySlug = new LinkedHashMap<>();
            listedContactPoints().forEach(cp -> bySlug.put(cp.slug().value(), cp));
            List<WebElement> cards = d.findElements(By.cssSelector("div.nearby-list article.card"));
            List<String> names = new ArrayList<>();
            double previous = -1;
            for (WebElement card : cards) {
                assertTrue(card.isDisplayed(), "card shown");
                String href = card.findElement(By.cssSelector(".card-title a")).getAttribute("href");
                Matcher m = Pattern.compile("/anlaufstellen/([^/]+)/$").matcher(href);
                assertTrue(m.find(), href);
                ContactPoint cp = bySlug.get(m.group(1));
                assertNotNull(cp, "a listed contact point: " + href);
                double km = km(q.center().lat(), q.center().lon(), cp.geo().lat(), cp.geo().lon());
                assertTrue(km >= previous - 1e-9, cp.title() + ": " + km + " km after " + previous + " km");
                previous = km;
                Matcher said = DISTANCE.matcher(card.findElement(By.cssSelector("p.distance")).getText());
                assertTrue(said.matches(), cp.title() + ": " + card.findElement(By.cssSelector("p.distance")).getText());
                assertTrue(Math.abs(Double.parseDouble(said.group(1).replace(',', '.')) - km) <= 0.051 + km * 0.003,
                        cp.title() + ": says " + said.group(1) + " km, is " + km);
                names.add(squash(card.findElement(By.cssSelector(".card-title a")).getText()));
            }
            assertEquals(listedContactPoints().stream().map(ContactPoint::title).map(FindEndToEndTest::squash).sorted().toList(),
                    names.stream().sorted().toList(), "every current office, once");
            // the district and quarter headings went with the groups: the one list has a heading of its own, above the cards' level
            WebElement heading = d.findElement(By.xpath("//div[contains(@class,'nearby-list')]/preceding-sibling::*[1]"));
            assertEquals("h3", heading.getTagName());
            assertTrue(heading.getAttribute("textContent").contains(q.title()), heading.getAttribute("textContent"));
            assertEquals("h4", cards.get(0).findElement(By.cssSelector(".card-title")).getTagName(), "the cards' headings below it");
            log("near me: %d offices in one list by distance from %s", names.size(), q.title());

            // on an English page the German quarter name in the status and the list's heading is marked German
            d.get(server.uri("en/anlaufstellen/").toString());
            new WebDriverWait(d, WAIT).until(x -> x.findElement(By.id("nearby-quarter")).isDisplayed());
            new Select(d.findElement(By.id("nearby-quarter"))).selectByValue(slug);
            new WebDriverWait(d, WAIT).until(x -> !x.findElements(By.cssSelector("div.nearby-list article.card")).isEmpty());
            for (String where : List.of(".nearby-status", "div.nearby-list")) {
                WebElement line = d.findElement(By.cssSelector(where.equals("div.nearby-list") ? ".nearby-list" : where));
                WebElement owner = where.equals("div.nearby-list") ? line.findElement(By.xpath("preceding-sibling::*[1]")) : line;
                WebElement name = owner.findElement(By.cssSelector("span[lang=de]"));
                assertEquals(q.title(), name.getAttribute("textContent"), where);
                assertNotEquals(owner.getAttribute("textContent"), name.getAttribute("textContent"), "the English words around it: " + where);
            }
        }
    }

    /** "Near me" and the map's district filter work together: the URL keeps both, the list shows only that district. */
    @Test
    @Timeout(120)
    void nearMeKeepsTheDistrictFilter() throws Exception {
        ContactPoint first = listedContactPoints().get(0);
        String district = site.quarter(first.quarters().get(0)).district();
        String districtSlug = de.quartier.model.Slug.suggest(district);
        List<String> inDistrict = listedContactPoints().stream()
                .filter(cp -> site.quarter(cp.quarters().get(0)).district().equals(district))
                .map(ContactPoint::title).map(FindEndToEndTest::squash).sorted().toList();
        assertTrue(inDistrict.size() < listedContactPoints().size(), "the district is a true part of the offices");
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            openFinder(d, "anlaufstellen/?bezirk=" + districtSlug);
            new WebDriverWait(d, WAIT).until(x -> x.findElement(By.id("bezirk-filter")).isDisplayed());
            new org.openqa.selenium.support.ui.Select(d.findElement(By.id("nearby-quarter"))).selectByIndex(1);
            new WebDriverWait(d, WAIT).until(x -> !x.findElements(By.cssSelector("div.nearby-list article.card")).isEmpty());
            Map<String, String> q = query(d);
            assertEquals(districtSlug, q.get("bezirk"), "the district stays in the URL: " + d.getCurrentUrl());
            assertTrue(q.containsKey("naehe"), d.getCurrentUrl());
            assertEquals(inDistrict, shownNearby(d), "only the district's offices, by distance");
            d.navigate().refresh();
            new WebDriverWait(d, WAIT).until(x -> !x.findElements(By.cssSelector("div.nearby-list article.card")).isEmpty());
            new WebDriverWait(d, WAIT).until(x -> shownNearby(x).equals(inDistrict));
            new org.openqa.selenium.support.ui.Select(d.findElement(By.id("bezirk-filter"))).selectByValue("");
            new WebDriverWait(d, WAIT).until(x -> shownNearby(x).size() == listedContactPoints().size());
            log("near me with district %s: %d of %d offices", district, inDistrict.size(), listedContactPoints().size());
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> shownNearby(WebDriver d) {
        List<String> titles = new ArrayList<>((List<String>) js(d,
                "return Array.prototype.slice.call(document.querySelectorAll('div.nearby-list article.card'))"
                        + ".filter(" + RENDERED + ")"
                        + ".map(function (c) { return c.querySelector('.card-title a').textContent; });"));
        titles.replaceAll(FindEndToEndTest::squash);
        titles.sort(null);
        return titles;
    }

    /** A query is shown as typed, even with characters that mean something to String.replace. */
    @Test
    @Timeout(60)
    void theStatusLineShowsTheQueryAsTyped() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("suche/").toString());
            searchOnPage(d, "$& $' Frühstück");
            assertTrue(d.findElement(By.id("suche-status")).getText().contains("„$& $' Frühstück“"),
                    d.findElement(By.id("suche-status")).getText());
        }
    }

    // ---------------------------------------------------------------- 7. accessibility

    @Test
    @Timeout(180)
    void noAccessibilityViolationsWithFiltersNearbyAndSearchResults() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            openFinder(d, "angebote/");
            new Select(d.findElement(By.id("filter-zielgruppe"))).selectByValue("kinder");
            d.findElement(By.id("filter-kosten")).click();
            new Select(d.findElement(By.id("nearby-quarter"))).selectByValue("altstadt");
            new WebDriverWait(d, WAIT).until(x -> !x.findElements(By.cssSelector("#treffer p.distance")).isEmpty());
            assertEquals(Map.of("zielgruppe", "kinder", "kosten", "kostenlos", "naehe", "altstadt"), query(d));
            List<AccessibilityCheck.Violation> violations = new ArrayList<>(
                    new AccessibilityCheck(d).checkCurrentPage("angebote/ filtered and sorted by distance"));

            d.get(server.uri("suche/?q=Beratung").toString());
            waitForResults(d, "Beratung");
            assertTrue(total(searchResults(d)) > 0, "results for 'Beratung'");
            violations.addAll(new AccessibilityCheck(d).checkCurrentPage("suche/ with results"));
            assertEquals(List.of(), violations, "WCAG 2.1 A/AA");
        }
    }

    // ---------------------------------------------------------------- 8. the printable quarter sheets

    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");

    @Test
    @Timeout(300)
    void everyQuarterSheetPrintsOnOneOrTwoA4PagesWithItsOffices() throws Exception {
        Map<String, Integer> pages = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            PrintOptions a4 = new PrintOptions();
            a4.setPageSize(new PageSize(29.7, 21.0));
            for (Quarter q : site.quarters()) {
                String slug = q.slug().value();
                d.get(server.uri("quartiere/" + slug + "/druck/").toString());
                assertTrue(d.findElement(By.cssSelector("h1")).getText().startsWith(q.title()), slug + ": " + d.findElement(By.cssSelector("h1")).getText());
                List<String> expected = site.contactPointsIn(q).stream().filter(cp -> site.status(cp) != Status.ENDED)
                        .map(ContactPoint::title).map(FindEndToEndTest::squash).sorted().toList();
                List<String> listed = d.findElements(By.cssSelector(".print-offices h3")).stream()
                        .map(h -> squash(h.getText())).sorted().toList();
                // a heading is the office's name, perhaps with a note on its status: "… (Öffnet am 1. Februar 2027)"
                Predicate<String> namesOne = h -> expected.stream().anyMatch(n -> h.equals(n) || h.startsWith(n + " ("));
                String heading = d.findElement(By.cssSelector(".print-offices h2")).getText();
                if (expected.isEmpty()) {
                    // a quarter without an office of its own: the nearest current ones elsewhere, up to three
                    List<String> current = listedContactPoints().stream().map(ContactPoint::title).map(FindEndToEndTest::squash).toList();
                    if (!heading.equals("Anlaufstellen in der Nähe")) problems.add(slug + ": heading " + heading);
                    if (listed.isEmpty() || listed.size() > 3) problems.add(slug + ": " + listed.size() + " offices nearby");
                    List<String> others = listed.stream().filter(h -> current.stream().noneMatch(n -> h.equals(n) || h.startsWith(n + " ("))).toList();
                    if (!others.isEmpty()) problems.add(slug + ": nearby offices that are not current ones " + others);
                } else {
                    if (!heading.equals("Anlaufstellen")) problems.add(slug + ": heading " + heading);
                    List<String> missing = expected.stream().filter(n -> listed.stream().noneMatch(h -> h.equals(n) || h.startsWith(n + " ("))).toList();
                    if (!missing.isEmpty()) problems.add(slug + ": offices missing " + missing);
                    List<String> others = listed.stream().filter(namesOne.negate()).toList();
                    if (!others.isEmpty()) problems.add(slug + ": offices that are not current ones of the quarter " + others);
                    if (listed.size() != expected.size()) problems.add(slug + ": " + listed.size() + " offices listed, " + expected.size() + " expected");
                }
                Pdf pdf = ((PrintsPage) d).print(a4);
                String body = new String(Base64.getDecoder().decode(pdf.getContent()), StandardCharsets.ISO_8859_1);
                assertTrue(body.startsWith("%PDF-"), slug + ": a PDF");
                Matcher m = PDF_PAGE.matcher(body);
                int n = 0;
                while (m.find()) n++;
                pages.put(slug, n);
                if (n < 1 || n > 2) problems.add(slug + ": " + n + " pages");
            }
        }
        log("print sheets (A4 pages): %s", pages);
        assertEquals(site.quarters().size(), pages.size());
        assertEquals(List.of(), problems, "every sheet: 1 or 2 A4 pages, every current office of the quarter (or the nearest, without one)");
    }

    @Test
    @Timeout(120)
    void onPaperACardsFactsStandBesideTheirLabelsAndTheRouteLinkIsLeftOut() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("quartiere/altstadt/").toString());
            ((HasCdp) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            List<WebElement> rows = d.findElements(By.cssSelector(".card .facts > div"));
            assertTrue(rows.size() > 10, "the quarter's cards have facts: " + rows.size());
            for (WebElement row : rows) {
                if (!row.isDisplayed()) continue;
                WebElement dt = row.findElement(By.tagName("dt"));
                WebElement dd = row.findElement(By.tagName("dd"));
                assertEquals(dt.getRect().getY(), dd.getRect().getY(), 1.0, "on one line: " + squash(row.getText()));
                assertTrue(dd.getRect().getX() > dt.getRect().getX() + dt.getRect().getWidth() - 1, "the value right of its label, not under it: " + squash(row.getText()));
            }
            List<WebElement> routes = d.findElements(By.cssSelector(".card .facts a[href^='https://www.openstreetmap.org/directions']"));
            assertFalse(routes.isEmpty(), "the cards link a route on screen");
            assertTrue(routes.stream().noneMatch(WebElement::isDisplayed), "no route link on paper");
            // on screen the facts stay stacked in a card
            ((HasCdp) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen"));
            WebElement row = d.findElement(By.cssSelector(".card .facts > div"));
            assertTrue(row.findElement(By.tagName("dd")).getRect().getY() > row.findElement(By.tagName("dt")).getRect().getY());
        }
    }

    @Test
    @Timeout(120)
    void onPaperAPageNamesItsAddressInItsLanguageExceptTheQuarterSheetThatNamesItItself() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            String offering = "angebote/" + site.offerings().get(0).slug().value() + "/";
            Map<String, String> labels = Map.of(offering, "Diese Seite im Netz: ", "en/", "This page online: ");
            for (Map.Entry<String, String> page : labels.entrySet()) {
                d.get(server.uri(page.getKey()).toString());
                ((HasCdp) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                String href = d.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
                assertTrue(href.startsWith("http") && href.endsWith(page.getKey()), href);
                assertEquals("\"" + page.getValue() + href + "\"", canonicalLine(d), page.getKey());
                ((HasCdp) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen"));
                assertEquals("none", canonicalDisplay(d), page.getKey() + ": on screen, nothing of the head shows");
            }
            d.get(server.uri("quartiere/" + site.quarters().get(0).slug().value() + "/druck/").toString());
            ((HasCdp) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertEquals("none", canonicalDisplay(d), "the quarter sheet says 'Aktuelle Angaben: …' itself");
        }
    }

    private static String canonicalLine(WebDriver d) {
        return (String) ((JavascriptExecutor) d).executeScript(
                "var l = document.querySelector('link[rel=canonical]');"
                        + "return getComputedStyle(l).display === 'block' ? getComputedStyle(l, '::before').content : 'hidden';");
    }

    private static String canonicalDisplay(WebDriver d) {
        return (String) ((JavascriptExecutor) d).executeScript("return getComputedStyle(document.querySelector('link[rel=canonical]')).display;");
    }

    private static void log(String format, Object... args) {
        System.out.println("[e2e] " + String.format(Locale.ROOT, format, args));
    }
}
