package de.quartier.e2e;

import de.quartier.cli.QuartierCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Jetzt geöffnet" script (themes/bottrop/assets/hours.js) in headless Chromium: the state it
 * computes at fixed instants across midnight, both changes of summer time and a holiday, with the
 * browser itself set to another time zone (New York), so only the site's zone counts.
 */
class OpenNowScriptTest {
    @TempDir
    static Path temp;
    static SiteServer server;
    static BrowserSupport browser;

    @BeforeAll
    static void buildServeAndOpen() throws IOException {
        Path out = temp.resolve("public");
        assertEquals(0, QuartierCommand.run("build", "--site", ".", "--out", out.toString(), "--today", "2026-11-21",
                "--base-url", "http://127.0.0.1/q/"));
        server = SiteServer.start(out, "/q/");
        browser = BrowserSupport.start();
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));
        browser.driver().get(server.uri("anlaufstellen/quartierszentrum-startklar/").toString());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    /** Week: Mo 09:00-13:00, Fr 22:00-02:00 (overnight), Su 02:00-05:00; 2026-12-25 closed; 2026-12-21 unknown. */
    private static final String DATA = "{\"zone\":\"Europe/Berlin\",\"from\":\"2026-01-01\",\"to\":\"2027-12-31\","
            + "\"week\":[[[540,780]],[],[],[],[[1320,1560]],[],[[120,300]]],"
            + "\"except\":{\"2026-12-25\":[],\"2026-12-21\":null}}";

    private static String at(String instant) {
        return at(DATA, instant);
    }

    private static String at(String data, String instant) {
        Object r = ((JavascriptExecutor) browser.driver()).executeScript(
                "var words = window.quartierHoursWords;"
                        + "return window.QuartierHours.describe(JSON.parse(arguments[0]), arguments[1], words);",
                data, Instant.parse(instant).toEpochMilli());
        return (String) r;
    }

    @Test
    @Timeout(60)
    void stateAcrossMidnightSummerTimeAndHolidays() {
        Map<String, String> expected = new LinkedHashMap<>();
        // Friday 27 Nov 2026, CET (UTC+1)
        expected.put("2026-11-27T20:00:00Z", "Jetzt geschlossen · öffnet heute 22:00 Uhr"); // 21:00
        expected.put("2026-11-27T21:30:00Z", "Jetzt geöffnet bis 02:00 Uhr");               // 22:30
        expected.put("2026-11-28T00:30:00Z", "Jetzt geöffnet bis 02:00 Uhr");               // Sat 01:30, after midnight
        expected.put("2026-11-28T01:00:00Z", "Jetzt geschlossen · öffnet morgen 02:00 Uhr"); // Sat 02:00, closed again
        expected.put("2026-11-26T11:00:00Z", "Jetzt geschlossen · öffnet morgen 22:00 Uhr"); // Thu 12:00
        expected.put("2026-11-24T11:00:00Z", "Jetzt geschlossen · öffnet Fr 22:00 Uhr");     // Tue 12:00
        // spring forward, Sunday 28 Mar 2027: 02:00 CET becomes 03:00 CEST
        expected.put("2027-03-28T00:30:00Z", "Jetzt geschlossen · öffnet heute 02:00 Uhr");  // 01:30 CET
        expected.put("2027-03-28T01:30:00Z", "Jetzt geöffnet bis 05:00 Uhr");                // 03:30 CEST (UTC+1 would say 02:30)
        expected.put("2027-03-28T03:30:00Z", "Jetzt geschlossen · öffnet morgen 09:00 Uhr"); // 05:30 CEST
        // fall back, Sunday 25 Oct 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice
        expected.put("2026-10-25T00:30:00Z", "Jetzt geöffnet bis 05:00 Uhr");                // 02:30 CEST
        expected.put("2026-10-25T01:30:00Z", "Jetzt geöffnet bis 05:00 Uhr");                // 02:30 CET
        expected.put("2026-10-25T04:30:00Z", "Jetzt geschlossen · öffnet morgen 09:00 Uhr"); // 05:30 CET
        // Christmas Day (a Friday) is closed, its night opening too; the next opening is Sunday
        expected.put("2026-12-25T21:30:00Z", "Jetzt geschlossen · öffnet So 02:00 Uhr");     // 22:30 on the holiday, no night opening
        expected.put("2026-12-21T10:00:00Z", "Heute: Zeiten auf Anfrage");                  // unknown that day
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(k -> actual.put(k, at(k)));
        assertEquals(expected, actual);
        assertNull(at("2028-06-01T10:00:00Z"), "beyond the data the script says nothing");
    }

    @Test
    @Timeout(60)
    void anOpeningThatGoesOnAfterMidnightEndsWhenItReallyEnds() {
        String always = "{\"zone\":\"Europe/Berlin\",\"from\":\"2026-01-01\",\"to\":\"2027-12-31\","
                + "\"week\":[[[0,1440]],[[0,1440]],[[0,1440]],[[0,1440]],[[0,1440]],[[0,1440]],[[0,1440]]],\"except\":{}}";
        assertEquals("Rund um die Uhr geöffnet", at(always, "2026-11-27T12:00:00Z"));
        // Mo 20:00-24:00 and Tu 00:00-02:00: one opening through the night
        String night = "{\"zone\":\"Europe/Berlin\",\"from\":\"2026-01-01\",\"to\":\"2027-12-31\","
                + "\"week\":[[[1200,1440]],[[0,120]],[],[],[],[],[]],\"except\":{}}";
        assertEquals("Jetzt geöffnet bis morgen 02:00 Uhr", at(night, "2026-11-23T21:00:00Z")); // Monday 22:00 CET, open into Tuesday
        // Mo 20:00-24:00 alone ends at midnight
        String evening = "{\"zone\":\"Europe/Berlin\",\"from\":\"2026-01-01\",\"to\":\"2027-12-31\","
                + "\"week\":[[[1200,1440]],[],[],[],[],[],[]],\"except\":{}}";
        assertEquals("Jetzt geöffnet bis 24:00 Uhr", at(evening, "2026-11-23T21:00:00Z"));
        // Mo-Fr 00:00-24:00: from Monday on, open until Friday night
        String weekdays = "{\"zone\":\"Europe/Berlin\",\"from\":\"2026-01-01\",\"to\":\"2027-12-31\","
                + "\"week\":[[[0,1440]],[[0,1440]],[[0,1440]],[[0,1440]],[[0,1440]],[],[]],\"except\":{}}";
        assertEquals("Jetzt geöffnet bis Fr 24:00 Uhr", at(weekdays, "2026-11-23T09:00:00Z"));
        assertEquals("Jetzt geöffnet bis morgen 24:00 Uhr", at(weekdays, "2026-11-26T09:00:00Z")); // Thursday
    }

    /**
     * An opening a week or more ahead says its date: on a Wednesday after its hours "öffnet Mi"
     * read as today's Wednesday; six days ahead the weekday alone is clear.
     */
    @Test
    @Timeout(60)
    void anOpeningAWeekOrMoreAheadSaysItsDate() {
        String wednesdays = "{\"zone\":\"Europe/Berlin\",\"from\":\"2026-01-01\",\"to\":\"2027-12-31\","
                + "\"week\":[[],[],[[600,720]],[],[],[],[]],\"except\":{}}";
        assertEquals("Jetzt geschlossen · öffnet Mi, 9. Dezember, 10:00 Uhr", at(wednesdays, "2026-12-02T12:00:00Z")); // Wed 13:00
        assertEquals("Jetzt geschlossen · öffnet heute 10:00 Uhr", at(wednesdays, "2026-12-02T08:00:00Z"));             // Wed 09:00
        assertEquals("Jetzt geschlossen · öffnet Mi 10:00 Uhr", at(wednesdays, "2026-12-03T12:00:00Z"));                 // Thu: six days
        String pause = "{\"zone\":\"Europe/Berlin\",\"from\":\"2026-01-01\",\"to\":\"2027-12-31\","
                + "\"week\":[[],[],[[600,720]],[],[],[],[]],\"except\":{\"2026-12-09\":[]}}";
        assertEquals("Jetzt geschlossen · öffnet Mi, 16. Dezember, 10:00 Uhr", at(pause, "2026-12-03T12:00:00Z"));     // 13 days
    }

    @Test
    @Timeout(60)
    void onEnglishPagesADateIsWrittenTheBritishWayAsTheBuildWritesIt() {
        String wednesdays = "{\"zone\":\"Europe/Berlin\",\"from\":\"2026-01-01\",\"to\":\"2027-12-31\","
                + "\"week\":[[],[],[[600,720]],[],[],[],[]],\"except\":{}}";
        try {
            browser.driver().get(server.uri("en/anlaufstellen/quartierszentrum-startklar/").toString());
            String line = at(wednesdays, "2026-12-02T12:00:00Z");
            assertTrue(line.contains("Wed 9 December"), "not \"December 9\": " + line);
        } finally {
            browser.driver().get(server.uri("anlaufstellen/quartierszentrum-startklar/").toString());
        }
    }

    @Test
    @Timeout(60)
    void theLanguageSwitcherTakesTheAddresssQueryAlong() {
        // hours.js is the script every page loads: the same page in another language opens with the reader's choice
        try {
            browser.driver().get(server.uri("angebote/?tag=freitag").toString());
            org.openqa.selenium.WebElement english = browser.driver().findElement(org.openqa.selenium.By.cssSelector(".site-languages a[hreflang=en]"));
            assertTrue(english.getAttribute("href").endsWith("/q/en/angebote/"), english.getAttribute("href"));
            // as a press does (a headless window without focus fires no focus events for focus())
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].dispatchEvent(new PointerEvent('pointerdown', {bubbles: true}));", english);
            assertTrue(english.getAttribute("href").endsWith("/q/en/angebote/?tag=freitag"), english.getAttribute("href"));
            // reached by the keyboard
            org.openqa.selenium.WebElement turkish = browser.driver().findElement(org.openqa.selenium.By.cssSelector(".site-languages a[hreflang=tr]"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].dispatchEvent(new FocusEvent('focusin', {bubbles: true}));", turkish);
            assertTrue(turkish.getAttribute("href").endsWith("/q/tr/angebote/?tag=freitag"), turkish.getAttribute("href"));
            org.openqa.selenium.WebElement easy = browser.driver().findElement(org.openqa.selenium.By.cssSelector(".site-languages .site-easy a"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].dispatchEvent(new FocusEvent('focusin', {bubbles: true}));", easy);
            assertFalse(easy.getAttribute("href").contains("?"), "Leichte Sprache is another page: " + easy.getAttribute("href"));
        } finally {
            browser.driver().get(server.uri("anlaufstellen/quartierszentrum-startklar/").toString());
        }
    }

    @Test
    @Timeout(60)
    void anOfficeClosedOnHolidaysTakesTheBuildsZoneSpanAndHolidays() {
        // the page's hours.js carries the build's shared data: zone, 2026-11-21 + 400 days, NRW's holidays
        Object days = ((JavascriptExecutor) browser.driver()).executeScript("return JSON.stringify(window.quartierHoursDays);");
        assertTrue(String.valueOf(days).contains("\"zone\":\"Europe/Berlin\",\"from\":\"2026-11-21\",\"to\":\"2027-12-25\""), String.valueOf(days));
        assertTrue(String.valueOf(days).contains("\"2026-12-25\""), String.valueOf(days));
        String week = "\"week\":[[[540,780]],[],[],[],[[1320,1560]],[],[[120,300]]]";
        String closedOnHolidays = "{" + week + ",\"h\":1,\"except\":{}}";
        String openOnHolidays = "{" + week + ",\"except\":{}}";
        // Christmas Day 2026 is a Friday: closed with "h", the night opening otherwise
        assertEquals("Jetzt geschlossen · öffnet So 02:00 Uhr", at(closedOnHolidays, "2026-12-25T21:30:00Z"));
        assertEquals("Jetzt geöffnet bis 02:00 Uhr", at(openOnHolidays, "2026-12-25T21:30:00Z"));
        assertEquals("Jetzt geöffnet bis 02:00 Uhr", at(closedOnHolidays, "2026-11-27T21:30:00Z"), "an ordinary Friday");
        assertNull(at(closedOnHolidays, "2026-11-20T10:00:00Z"), "before the build's span the script says nothing");
    }

    @Test
    @Timeout(60)
    void thePageShowsTheStateAndKeepsTheTable() {
        WebElement now = browser.driver().findElement(By.cssSelector("#oeffnungszeiten ~ .hours-now, section .hours-now"));
        assertTrue(now.isDisplayed(), "the state line is shown when JavaScript runs");
        assertTrue(now.getText().startsWith("Jetzt "), now.getText());
        assertFalse(browser.driver().findElements(By.cssSelector("table.week tbody tr")).isEmpty(), "the table stays");
        // said once more beside the hours among the first facts, on a phone's first screen
        WebElement early = browser.driver().findElement(By.cssSelector(".facts dd .hours-now"));
        assertEquals(now.getText(), early.getText());
        assertEquals(now.getAttribute("class"), early.getAttribute("class"), "open or not, both alike");
        assertTrue(early.getLocation().getY() < now.getLocation().getY());
    }
}
