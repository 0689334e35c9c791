package de.quartier.e2e;

import de.quartier.cli.QuartierCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The maps of the example site in headless Chromium, with the tiles served by a second local
 * "tile host" that records every request: nothing is requested before the reader agrees, tiles
 * load after; the home map shows every current office (as a marker or inside a cluster) and no
 * ended one; popup links lead to existing pages; the keyboard reaches every marker; and with
 * JavaScript off every office is still listed with its address and a route link.
 */
class MapEndToEndTest {
    @TempDir
    static Path temp;
    static SiteServer server;
    static TileHost tiles;
    static Path out;

    @BeforeAll
    static void buildWithLocalTileHost() throws IOException {
        tiles = TileHost.start();
        // the example site, with its tiles pointed at the local tile host (127.0.0.2 would be another host too)
        Path site = tiles.copyExampleSite(temp.resolve("site"));
        assertTrue(Files.readString(site.resolve("site-config.yml")).contains("http://localhost:"), "the tile URL of site-config.yml was replaced");
        out = temp.resolve("public");
        assertEquals(0, QuartierCommand.run("build", "--site", site.toString(), "--out", out.toString(), "--today", "2026-11-21",
                "--base-url", "http://127.0.0.1/quartiersentwicklung/"));
        server = SiteServer.start(out, "/quartiersentwicklung/");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (tiles != null) tiles.close();
    }

    private static int currentContactPoints() throws IOException {
        Matcher m = Pattern.compile("\"type\" : \"Feature\"").matcher(Files.readString(out.resolve("daten/anlaufstellen.geojson")));
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** Loads the map as the reader's click does, once its deferred script has run. */
    private static void loadMap(WebDriver d) {
        // the deferred script has run by the load event; on a busy machine it sometimes had not yet
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> Boolean.TRUE.equals(js(x, "return typeof QuartierMap === 'object';")));
        js(d, "QuartierMap.load();");
    }

    private static Object js(WebDriver d, String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    @Test
    @Timeout(120)
    void noTileBeforeConsentTilesAfterAndEveryCurrentOfficeOnTheHomeMap() throws Exception {
        tiles.requests().clear();
        server.clearRequests();
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("").toString());
            WebElement consent = new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> {
                WebElement b = x.findElement(By.cssSelector(".map-consent"));
                return b.isDisplayed() ? b : null;
            });
            Thread.sleep(1000); // give a wrongly eager script time to ask for tiles
            assertEquals(List.of(), tiles.requests(), "no tile request before consent");
            assertTrue(server.requests().stream().noneMatch(r -> r.path().contains("/vendor/")), "not even Leaflet before consent");
            assertTrue(d.findElement(By.cssSelector(".map-attribution")).isDisplayed(), "attribution always visible");
            assertFalse(d.findElement(By.cssSelector(".map-legend")).isDisplayed(), "no legend of symbols not shown yet");

            consent.click();
            tiles.awaitLoadedMap(d);
            assertFalse(tiles.requests().isEmpty(), "tiles load after consent");
            assertTrue(d.findElement(By.cssSelector(".map-legend")).isDisplayed(), "the legend with the map");
            assertEquals(0, d.findElements(By.cssSelector(".leaflet-control-attribution")).size(), "the credit once, below the map");
            assertTrue(d.findElement(By.cssSelector(".map-attribution")).isDisplayed());

            long shown = (Long) js(d, "return QuartierMap.markerCount(0);");
            assertEquals(currentContactPoints(), shown, "one marker (or a place in a cluster) per current contact point");
            long inDom = (Long) js(d, "var n = document.querySelectorAll('.leaflet-marker-icon.map-marker').length;"
                    + "document.querySelectorAll('.marker-cluster[data-count]').forEach(function (c) { n += +c.getAttribute('data-count'); });"
                    + "return n;");
            assertEquals(shown, inDom, "markers plus cluster counts in the map add up");

            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) js(d, "return QuartierMap.views[0].entries.map(function (e) { return e.data.name; });");
            String endedPage = Files.readString(out.resolve("anlaufstellen/drk-quartiersbuero-rottmannsmuehle/index.html"));
            assertTrue(endedPage.contains("Beendet"), "the example has an ended office");
            assertFalse(names.contains("DRK-Quartiersbüro Rottmannsmühle"), "no marker for an ended office: " + names);
            assertTrue(names.contains("Quartierszentrum Startklar"));

            // the keyboard reaches every marker and cluster in view
            int focusable = d.findElements(By.cssSelector(".leaflet-marker-icon")).size();
            d.findElement(By.cssSelector("h1")).click();
            long reached = 0;
            for (int i = 0; i < 200 && reached < focusable; i++) {
                new Actions(d).sendKeys(Keys.TAB).perform();
                // mark each marker or cluster that gets the focus; count the marked ones
                reached = (Long) js(d, "var a = document.activeElement;"
                        + "if (a && a.classList.contains('leaflet-marker-icon')) a.setAttribute('data-reached', '1');"
                        + "return document.querySelectorAll('.leaflet-marker-icon[data-reached]').length;");
            }
            assertEquals(focusable, reached, "Tab reaches every marker and cluster");

            // a reload keeps the consent (stored in this browser only)
            tiles.requests().clear();
            d.navigate().refresh();
            tiles.awaitLoadedMap(d);
            List<AccessibilityCheck.Violation> violations = new AccessibilityCheck(d).checkCurrentPage("home with the map loaded");
            assertEquals(List.of(), violations, "WCAG 2.1 A/AA with the map loaded");

            // taking the consent back is one button below the map: the page asks again, and loads nothing
            WebElement revoke = d.findElement(By.cssSelector(".map-revoke button"));
            assertEquals("Karten nicht mehr ohne Nachfrage laden", revoke.getText());
            revoke.click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> {
                List<WebElement> b = x.findElements(By.cssSelector(".map-consent"));
                return !b.isEmpty() && b.get(0).isDisplayed();
            });
            tiles.requests().clear();
            Thread.sleep(500);
            assertEquals(List.of(), tiles.requests(), "no tile once the consent is taken back");
            assertTrue(d.findElements(By.cssSelector(".map-revoke")).isEmpty(), "nothing to take back any more");
        }
    }

    @Test
    @Timeout(120)
    void officesInOneHouseStandSideBySideOnTheMap() throws Exception {
        // Projektraum Hansastraße and the Rathausviertel's office share their coordinates: one marker hid the other
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("anlaufstellen/").toString());
            loadMap(d);
            tiles.awaitLoadedMap(d);
            @SuppressWarnings("unchecked")
            List<String> shared = (List<String>) js(d, "var seen = {}, out = [];"
                    + "QuartierMap.views[0].entries.forEach(function (e) { var k = e.data.lat + ',' + e.data.lon;"
                    + "  if (seen[k]) out.push(seen[k], e.data.name); seen[k] = e.data.name; }); return out;");
            assertTrue(shared.contains("Projektraum Hansastraße – Ein Raum für Alle"), "the example has two offices at one spot: " + shared);
            @SuppressWarnings("unchecked")
            List<String> spots = (List<String>) js(d, "return Array.prototype.map.call(document.querySelectorAll('.leaflet-marker-icon.map-marker'),"
                    + " function (m) { var r = m.getBoundingClientRect(); return Math.round(r.left) + ',' + Math.round(r.top); });");
            assertFalse(spots.isEmpty());
            assertEquals(spots.size(), new java.util.HashSet<>(spots).size(), "every marker at a place of its own on the screen: " + spots);
        }
    }

    @Test
    @Timeout(120)
    void popupLinksLeadToTheOfficePages() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("anlaufstellen/quartierszentrum-startklar/").toString());
            loadMap(d);
            tiles.awaitLoadedMap(d);
            WebElement marker = d.findElement(By.cssSelector(".leaflet-marker-icon.map-marker"));
            marker.sendKeys(Keys.ENTER);
            WebElement link = new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.findElement(By.cssSelector(".map-popup-name a")));
            assertEquals("Quartierszentrum Startklar", link.getAttribute("textContent"));
            assertEquals(List.of(), new AccessibilityCheck(d).checkCurrentPage("contact point with an open popup"),
                    "WCAG 2.1 A/AA with a popup open");
            // the popup's route link is the one the page gives beside the address
            String popupRoute = d.findElement(By.cssSelector(".map-popup-route")).getAttribute("href");
            assertTrue(d.findElements(By.cssSelector("a[href^='https://www.openstreetmap.org/directions']")).stream()
                    .anyMatch(a -> !String.valueOf(a.getAttribute("class")).contains("map-popup-route") && a.getAttribute("href").equals(popupRoute)), popupRoute);
            // encoded alike also where the two encodings differ (! ' ( ) ~ and spaces)
            String address = "Kirchhellener Str. 1 (Hinterhaus) – O'Brien's ~ Hof! 46236 Bottrop";
            assertEquals(java.net.URLEncoder.encode(address, java.nio.charset.StandardCharsets.UTF_8),
                    js(d, "return QuartierMap.formEncode(arguments[0]);", address));
            // the office has hours: the popup says whether it is open now, in the words of hours.js
            String now = d.findElement(By.cssSelector(".map-popup-now")).getAttribute("textContent");
            assertTrue(now.startsWith("Jetzt ") || now.startsWith("Heute") || now.startsWith("Rund um"), now);
            // every popup link of the home map leads to a page that exists
            d.get(server.uri("").toString());
            String data = d.findElement(By.cssSelector("div.map")).getAttribute("data-map");
            Matcher m = Pattern.compile("\"href\":\"/quartiersentwicklung/(anlaufstellen/[^\"]+)\"").matcher(data);
            int checked = 0;
            while (m.find()) {
                assertTrue(Files.isRegularFile(out.resolve(m.group(1)).resolve("index.html")), m.group(1));
                checked++;
            }
            assertEquals(currentContactPoints(), checked);
        }
    }

    @Test
    @Timeout(120)
    void districtFilterKeepsListMapAndUrlInStep() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("anlaufstellen/").toString());
            loadMap(d);
            tiles.awaitLoadedMap(d);
            long all = (Long) js(d, "return QuartierMap.markerCount(0);");
            new org.openqa.selenium.support.ui.Select(d.findElement(By.id("bezirk-filter"))).selectByValue("bottrop-sued");
            new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> x.getCurrentUrl().endsWith("?bezirk=bottrop-sued"));
            long shownCards = d.findElements(By.cssSelector("#orte section.group[aria-labelledby^='bezirk-']")).stream()
                    .filter(WebElement::isDisplayed).mapToLong(g -> g.findElements(By.cssSelector("article.card")).size()).sum();
            long markers = (Long) js(d, "return QuartierMap.markerCount(0);");
            assertTrue(markers > 0 && markers < all, "the map shows Bottrop-Süd's offices only: " + markers + " of " + all);
            assertTrue(shownCards >= markers, "the list shows the district's offices: " + shownCards);
            assertFalse(d.findElement(By.cssSelector("section.group[aria-labelledby='bezirk-bottrop-mitte']")).isDisplayed(), "other districts hidden");
            assertTrue(d.findElement(By.id("bezirk-count")).getText().endsWith("Anlaufstellen") || d.findElement(By.id("bezirk-count")).getText().endsWith("Anlaufstelle"));
            // the URL is shareable: opening it shows the same selection
            d.get(server.uri("anlaufstellen/?bezirk=bottrop-sued").toString());
            assertEquals("bottrop-sued", d.findElement(By.id("bezirk-filter")).getAttribute("value"));
            assertFalse(d.findElement(By.cssSelector("section.group[aria-labelledby='bezirk-bottrop-mitte']")).isDisplayed());
        }
    }

    @Test
    @Timeout(120)
    void sortedByDistanceTheDistrictCountStillCountsTheOfficesShown() throws Exception {
        // the cards stand in one list then, outside their district groups: the count said "0 Anlaufstellen"
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            for (String query : List.of("?naehe=altstadt", "?naehe=altstadt&bezirk=bottrop-sued")) {
                d.get(server.uri("anlaufstellen/" + query).toString());
                new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> !x.findElements(By.cssSelector(".nearby-list article.card")).isEmpty());
                long shown = d.findElements(By.cssSelector(".nearby-list article.card")).stream().filter(WebElement::isDisplayed).count();
                assertTrue(shown > 0, query);
                String count = d.findElement(By.id("bezirk-count")).getText();
                assertTrue(count.startsWith(shown + " Anlaufstelle"), query + ": " + count + " for " + shown + " shown");
            }
        }
    }

    /**
     * On a phone the offices' list page shows the way to the list within its first screen, before
     * the consent's lines and button: they used to push it below the screen's edge.
     */
    @Test
    @Timeout(120)
    void onAPhoneTheLinkToTheListIsOnTheFirstScreenBeforeTheConsent() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
            d.get(server.uri("anlaufstellen/").toString());
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.findElement(By.cssSelector(".map-consent")).isDisplayed());
            long height = (Long) js(d, "return window.innerHeight;");
            double bottom = ((Number) js(d, "return document.querySelector(\".map-placeholder a[href='#orte']\").getBoundingClientRect().bottom;"))
                    .doubleValue();
            assertTrue(bottom <= height, "the link to the list ends at " + bottom + " px of a " + height + " px screen");
            assertFalse(d.findElement(By.cssSelector(".map-placeholder")).getText().contains("JavaScript"), "with a script, no word that the map needs one");
            assertEquals(Boolean.TRUE, js(d, "var link = document.querySelector(\".map-placeholder a[href='#orte']\");"
                    + "return !!(link.compareDocumentPosition(document.querySelector('.map-consent-text')) & Node.DOCUMENT_POSITION_FOLLOWING)"
                    + " && !!(link.compareDocumentPosition(document.querySelector('.map-consent')) & Node.DOCUMENT_POSITION_FOLLOWING);"),
                    "the consent's text and button come after the link");
        }
    }

    /** With the map loaded, Tab meets a link past it, then the zoom buttons, then the markers; the link leads to the list. */
    @Test
    @Timeout(120)
    void aLoadedMapCanBeSkippedAndItsZoomButtonsComeFirst() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("anlaufstellen/").toString());
            loadMap(d);
            tiles.awaitLoadedMap(d);
            d.findElement(By.cssSelector("h1")).click();
            List<String> order = new java.util.ArrayList<>();
            for (int i = 0; i < 40 && !order.contains("marker"); i++) {
                new Actions(d).sendKeys(Keys.TAB).perform();
                order.add((String) js(d, "var a = document.activeElement;"
                        + "return a.closest('.map-skip') ? 'skip' : a.classList.contains('leaflet-control-zoom-in') ? 'zoom'"
                        + " : a.classList.contains('leaflet-marker-icon') ? 'marker' : 'other';"));
            }
            List<String> map = order.stream().filter(x -> !x.equals("other")).toList();
            assertEquals(List.of("skip", "zoom", "marker"), map, "focus order: " + order);
            // the link past the map, shown while focused, leads to the list of offices
            d.findElement(By.cssSelector("h1")).click();
            assertTrue(((Number) js(d, "return document.querySelector('.map-skip a').getBoundingClientRect().left;")).doubleValue() < 0,
                    "off screen until focused");
            for (int i = 0; i < 40 && !Boolean.TRUE.equals(js(d, "return !!document.activeElement.closest('.map-skip');")); i++)
                new Actions(d).sendKeys(Keys.TAB).perform();
            assertTrue((Long) js(d, "return Math.round(document.activeElement.getBoundingClientRect().left);") >= 0, "shown when focused");
            new Actions(d).sendKeys(Keys.ENTER).perform();
            new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> x.getCurrentUrl().endsWith("#orte"));
        }
    }

    /** A popup's hours today are written as the page writes them: on an Arabic page with the Arabic comma (from the build's map settings), ranges kept whole. */
    @Test
    @Timeout(120)
    void aPopupsHoursTodayFollowThePagesLanguage() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            String day = "[[540, 720], [840, 1020]]";
            String call = "return QuartierMap.todayLine({zone: 'Europe/Berlin', week: [" + String.join(", ", java.util.Collections.nCopies(7, day))
                    + "]}, {today: 'Heute', comma: window.quartierMapSettings.strings.comma}, Date.UTC(2026, 11, 2, 9, 0));";
            d.get(server.uri("anlaufstellen/").toString());
            assertEquals("Heute: 09:00–12:00, 14:00–17:00", js(d, call));
            d.get(server.uri("ar/anlaufstellen/quartiersbuero-eigen/").toString());
            assertEquals("rtl", js(d, "return document.documentElement.dir;"));
            assertEquals("Heute: 09:00–\u206012:00\u060c 14:00–\u206017:00", js(d, call));
        }
    }

    /** At 320 px (400 % zoom of a 1280 px screen) a popup fits the map, close button included, clear of the zoom buttons. */
    @Test
    @Timeout(120)
    void onANarrowScreenAPopupFitsTheMapBesideTheZoomButtons() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            ((org.openqa.selenium.chromium.HasCdp) d).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 320, "height", 700, "deviceScaleFactor", 1, "mobile", false));
            d.get(server.uri("anlaufstellen/familienort-hochstrasse/").toString());
            loadMap(d);
            tiles.awaitLoadedMap(d);
            assertEquals(320L, js(d, "return window.innerWidth;"));
            d.findElement(By.cssSelector(".leaflet-marker-icon.map-marker")).sendKeys(Keys.ENTER);
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.findElement(By.cssSelector(".map-popup-name a")));
            // the map pans the popup into view: wait until it fits, then say where it stands if it never does
            String boxes = "function box(s) { var b = document.querySelector(s).getBoundingClientRect();"
                    + " return {l: b.left, r: b.right, t: b.top, b: b.bottom}; }"
                    + "return {map: box('.leaflet-container'), popup: box('.leaflet-popup-content-wrapper'),"
                    + " close: box('.leaflet-popup-close-button'), zoom: box('.leaflet-control-zoom')};";
            try {
                new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> fits(js(x, boxes)));
            } catch (org.openqa.selenium.TimeoutException e) {
                fail("the popup does not fit the map beside the zoom buttons: " + js(d, boxes));
            }
        }
    }

    /**
     * On a phone and on a wide screen no marker or group of markers covers another's middle: one under
     * another could not be tapped (16 of 20 on the home map at 320 px, 12 at 1280 px, before few
     * markers were grouped where they overlap). Every office is still on the map, alone or in a group.
     */
    @Test
    @Timeout(180)
    void noMarkerCoversAnotherOnAPhoneOrAWideScreen() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            for (int width : new int[]{320, 375, 1280}) {
                ((org.openqa.selenium.chromium.HasCdp) d).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
                for (String page : List.of("", "anlaufstellen/")) {
                    d.get(server.uri(page).toString());
                    loadMap(d);
                    tiles.awaitLoadedMap(d);
                    js(d, "document.getElementById('karte').scrollIntoView();");
                    @SuppressWarnings("unchecked")
                    List<String> covered = (List<String>) js(d, "var out = [];"
                            + "document.querySelectorAll('#karte .leaflet-marker-icon').forEach(function (m) {"
                            + "  var r = m.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;"
                            + "  var top = document.elementFromPoint(x, y);"
                            + "  if (!top || !(top === m || m.contains(top))) out.push((m.getAttribute('aria-label') || m.textContent) + ' under ' + (top && (top.closest('.leaflet-marker-icon') || top).getAttribute('aria-label')));"
                            + "}); return out;");
                    assertEquals(List.of(), covered, page + " at " + width + " px");
                    // nor partly: two symbols' circles (a marker's 28 px, a group's inner 30 px) may touch, not overlap
                    @SuppressWarnings("unchecked")
                    List<String> overlapping = (List<String>) js(d, "var icons = Array.prototype.slice.call("
                            + "document.querySelectorAll('#karte .leaflet-marker-icon')).map(function (m) {"
                            + "  var inner = m.querySelector('.marker-cluster > div') || m.querySelector('.map-symbol') || m;"
                            + "  var r = inner.getBoundingClientRect();"
                            + "  return {name: m.getAttribute('aria-label'), x: r.left + r.width / 2, y: r.top + r.height / 2, r: r.width / 2}; });"
                            + "var out = [];"
                            + "for (var i = 0; i < icons.length; i++) for (var j = i + 1; j < icons.length; j++) {"
                            + "  var a = icons[i], b = icons[j], dist = Math.hypot(a.x - b.x, a.y - b.y);"
                            + "  if (dist < a.r + b.r - 1) out.push(a.name + ' / ' + b.name + ': ' + dist.toFixed(1) + ' px apart, radii ' + a.r + ' + ' + b.r); }"
                            + "return out;");
                    assertEquals(List.of(), overlapping, page + " at " + width + " px");
                    long inDom = (Long) js(d, "var n = document.querySelectorAll('#karte .leaflet-marker-icon.map-marker').length;"
                            + "document.querySelectorAll('#karte .marker-cluster[data-count]').forEach(function (c) { n += +c.getAttribute('data-count'); });"
                            + "return n;");
                    assertEquals(currentContactPoints(), inDom, "every current office on the map of " + page + " at " + width + " px");
                }
            }
        }
    }

    /**
     * At 320 and 1280 px every popup of the offices' map that opens in view fits the map, its route
     * link included (at 320 px the last lines were cut off), with its name clear of the close button.
     */
    @Test
    @Timeout(240)
    void everyPopupOfTheOfficesMapFitsOnAPhoneAndAWideScreen() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            for (int width : new int[]{320, 1280}) {
                ((org.openqa.selenium.chromium.HasCdp) d).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", 700, "deviceScaleFactor", 1, "mobile", false));
                d.get(server.uri("anlaufstellen/").toString());
                loadMap(d);
                tiles.awaitLoadedMap(d);
                long markers = (Long) js(d, "return QuartierMap.views[0].entries.length;");
                int opened = 0, scrolling = 0;
                for (int i = 0; i < markers; i++) {
                    // a marker inside a group: the map zooms in (or spreads the spot) until it stands alone, as a tap on the group does
                    String name = (String) js(d, "var v = QuartierMap.views[0], m = v.entries[arguments[0]].marker; v.map.closePopup();"
                            + " if (v.layer.zoomToShowLayer) v.layer.zoomToShowLayer(m, function () { m.openPopup(); }); else m.openPopup();"
                            + " return v.entries[arguments[0]].data.name;", i);
                    // asked in the page: a popup replaced while the driver held it would be a stale element
                    new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> Boolean.TRUE.equals(js(x, "var n = arguments[0];"
                            + " return Array.prototype.some.call(document.querySelectorAll('.map-popup-name'), function (e) { return e.textContent === n; });", name)));
                    opened++;
                    String boxes = "function box(s) { var b = document.querySelector(s).getBoundingClientRect();"
                            + " return {l: b.left, r: b.right, t: b.top, b: b.bottom}; }"
                            + "return {map: box('.leaflet-container'), popup: box('.leaflet-popup-content-wrapper'),"
                            + " close: box('.leaflet-popup-close-button'), zoom: box('.leaflet-control-zoom'),"
                            + " title: box('.leaflet-popup-content .map-popup-name')};";
                    // measured once the map rests, so that the next popup opens after this one's pan, as a reader's
                    // would (opened while the map still panned, one stayed 4 px above the map at 1280 px)
                    String resting = "var m = QuartierMap.views[0].map; return !(m._panAnim && m._panAnim._inProgress) && !m._animatingZoom;";
                    try {
                        new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> Boolean.TRUE.equals(js(x, resting)) && fits(js(x, boxes)));
                    } catch (org.openqa.selenium.TimeoutException e) {
                        fail("popup " + i + " does not fit the map beside the zoom buttons at " + width + " px: " + js(d, boxes));
                    }
                    // the name (a link, the first line) with its focus ring (3 px outside a 2 px gap) is clear of
                    // the close button: a tap on either hits what it means, and the ring does not cover the ×
                    @SuppressWarnings("unchecked")
                    Map<String, Object> named = (Map<String, Object>) js(d, boxes);
                    double[] title = edges(named.get("title")), close = edges(named.get("close"));
                    double ring = 5;
                    assertFalse(title[0] - ring < close[1] && close[0] < title[1] + ring && title[2] - ring < close[3] && close[2] < title[3] + ring,
                            "popup " + i + " at " + width + " px: the name " + named.get("title") + " reaches the close button " + named.get("close"));
                    // a link's focus ring (3 px outside a 2 px gap) is drawn whole inside the box, which clips what
                    // stands outside it when it scrolls; tabbing to a link scrolls the ring into view too
                    @SuppressWarnings("unchecked")
                    List<String> clipped = (List<String>) js(d, "var c = document.querySelector('.leaflet-popup-content'), out = [];"
                            + "Array.prototype.forEach.call(c.querySelectorAll('a[href]'), function (a) { a.focus();"
                            + "  var b = c.getBoundingClientRect(), l = b.left + c.clientLeft, t = b.top + c.clientTop;"
                            + "  Array.prototype.forEach.call(a.getClientRects(), function (r) {"
                            + "    if (r.left - 5 < l - 0.5 || r.right + 5 > l + c.clientWidth + 0.5 || r.top - 5 < t - 0.5 || r.bottom + 5 > t + c.clientHeight + 0.5)"
                            + "      out.push(a.textContent + ': ' + JSON.stringify([r.left, r.right, r.top, r.bottom]) + ' in ' + JSON.stringify([l, l + c.clientWidth, t, t + c.clientHeight])); }); });"
                            + "c.scrollTop = 0; return out;");
                    assertEquals(List.of(), clipped, "popup " + i + " at " + width + " px: focus rings cut off");
                    // text that scrolls says so: a shadow at the edge with more below (a background that scrolls
                    // with the box, under white covers that scroll with the text)
                    String scrolls = (String) js(d, "var c = document.querySelector('.leaflet-popup-content');"
                            + "if (c.scrollHeight <= c.clientHeight + 1) return 'fits';"
                            + "var bg = getComputedStyle(c).backgroundImage, att = getComputedStyle(c).backgroundAttachment;"
                            + "return /radial-gradient.*radial-gradient/.test(bg) && /local.*local.*scroll.*scroll/.test(att) ? 'hinted' : 'no hint: ' + bg + ' / ' + att;");
                    if (!"fits".equals(scrolls)) {
                        assertEquals("hinted", scrolls, "popup " + i + " scrolls at " + width + " px");
                        scrolling++;
                    }
                }
                if (width == 320)
                    assertTrue(scrolling > 0, "at 320 px some popup is taller than the map, so the hint is tested: " + scrolling + " of " + markers);
                assertEquals(markers, opened, "every office's popup opened at " + width + " px");
                assertTrue(markers >= 10, "the example has many offices: " + markers);
            }
        }
    }

    /** Popup (all of it: the route link is its last line) and its close button within the map, clear of the zoom buttons. */
    @SuppressWarnings("unchecked")
    private static boolean fits(Object boxes) {
        Map<String, Object> r = (Map<String, Object>) boxes;
        double[] map = edges(r.get("map")), popup = edges(r.get("popup")), close = edges(r.get("close")), zoom = edges(r.get("zoom"));
        boolean inside = popup[0] >= map[0] && popup[1] <= map[1] && popup[2] >= map[2] && popup[3] <= map[3]
                && close[0] >= map[0] && close[1] <= map[1] && close[2] >= map[2];
        boolean overlaps = popup[0] < zoom[1] && zoom[0] < popup[1] && popup[2] < zoom[3] && zoom[2] < popup[3];
        return inside && !overlaps;
    }

    private static double[] edges(Object box) {
        @SuppressWarnings("unchecked")
        Map<String, Object> b = (Map<String, Object>) box;
        return new double[]{((Number) b.get("l")).doubleValue(), ((Number) b.get("r")).doubleValue(),
                ((Number) b.get("t")).doubleValue(), ((Number) b.get("b")).doubleValue()};
    }

    @Test
    @Timeout(120)
    void withoutJavaScriptEveryOfficeIsListedWithAddressAndRoute() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start(false)) {
            WebDriver d = browser.driver();
            d.get(server.uri("anlaufstellen/").toString());
            assertTrue(d.findElements(By.cssSelector(".map-consent, .map-consent-text")).isEmpty(), "no button that cannot work, no word of loading");
            assertTrue(d.findElement(By.cssSelector(".map-placeholder a[href='#orte']")).isDisplayed(), "the placeholder links the list");
            assertEquals("Die Karte lässt sich nur mit JavaScript zeigen.", d.findElement(By.cssSelector(".map-placeholder p")).getText(),
                    "the placeholder says why no map comes");
            assertFalse(d.findElement(By.cssSelector(".map-attribution")).isDisplayed(), "no credit for map pictures that are not shown");
            List<WebElement> cards = d.findElements(By.cssSelector("#orte article.card"));
            assertTrue(cards.size() >= currentContactPoints(), "every current office is listed: " + cards.size());
            for (WebElement card : cards) {
                String text = card.getText();
                assertTrue(text.matches("(?s).*\\d{5} Bottrop.*"), "address in: " + text);
                assertFalse(card.findElements(By.cssSelector("a[href^='https://www.openstreetmap.org/directions']")).isEmpty(), "route link in: " + text);
            }
        }
    }
}
