package de.quartier.render.page;

import de.quartier.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuarterPagesTest {
    @TempDir
    Path temp;

    private static void office(Path site, String slug, String quarter, double lat, double lon) throws Exception {
        Files.writeString(site.resolve("content/contact-points/" + slug + ".md"), "---\ntitle: Büro " + slug + "\nsummary: Ein Büro.\noperators: [stadt]\nquarters: " + quarter
                + "\naddress: {street: Hansastraße 2, postal_code: 46236, city: Bottrop}\ngeo: {lat: " + lat + ", lon: " + lon + "}\n---\n");
    }

    /** A quarter without an office of its own names the three nearest, nearest first, and shows them on its map. */
    @Test
    void aQuarterWithoutAnOfficeNamesTheNearestOnes() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Files.writeString(site.resolve("content/quarters/eigen.md"),
                "---\ntitle: Eigen\ndistrict: Bottrop-Mitte\ncenter: [51.540, 6.940]\n---\nNördlich der Altstadt.\n");
        // distances from Eigen's centre: c 0.6 km, b 1.1 km, the Quartiersbüro Altstadt 2.0 km, a 4 km
        office(site, "a", "altstadt", 51.505, 6.929);
        office(site, "b", "altstadt", 51.530, 6.940);
        office(site, "c", "altstadt", 51.535, 6.940);
        java.util.Map<String, byte[]> files = TestSites.buildInMemory(site);
        // an office for one group only gives way to one for everyone a little farther off
        office(site, "frauen", "altstadt", 51.5355, 6.940);
        TestSites.replace(site.resolve("content/contact-points/frauen.md"), "quarters: altstadt", "quarters: altstadt\ntarget_groups: [Frauen]");
        Document withGroup = Jsoup.parse(new String(TestSites.buildInMemory(site).get("quartiere/eigen/index.html"), StandardCharsets.UTF_8));
        assertEquals(List.of("Büro c", "Büro b", "Quartiersbüro Altstadt"),
                withGroup.selectFirst("section[aria-labelledby=anlaufstellen]").select(".card-title").eachText());
        java.nio.file.Files.delete(site.resolve("content/contact-points/frauen.md"));
        Document eigen = Jsoup.parse(new String(files.get("quartiere/eigen/index.html"), StandardCharsets.UTF_8));
        var section = eigen.selectFirst("section[aria-labelledby=anlaufstellen]");
        assertEquals("Anlaufstellen in der Nähe", section.selectFirst("h2").text());
        assertEquals("Im Quartier selbst gibt es zurzeit keine Anlaufstelle. Diese liegen am nächsten:", section.selectFirst("p.note").text());
        assertEquals(List.of("Büro c", "Büro b", "Quartiersbüro Altstadt"), section.select(".card-title").eachText());
        // each says how far, after its address
        assertEquals(List.of("etwa 0,6 km Luftlinie von der Mitte des Quartiers", "etwa 1,1 km Luftlinie von der Mitte des Quartiers",
                        "etwa 2 km Luftlinie von der Mitte des Quartiers"),
                section.select(".card .facts div:has(dt:containsOwn(Entfernung)) dd").eachText());
        assertEquals("Entfernung", section.selectFirst(".card .facts div:has(dt:containsOwn(Adresse)) + div dt").text());
        // the map shows these three, not the fourth
        List<String> onMap = eigen.select("section.map-section li > a[href]:not([rel])").eachText();
        assertEquals(List.of("Büro b", "Büro c", "Quartiersbüro Altstadt"), onMap.stream().sorted().toList(), eigen.select("section.map-section").text());
        // and so does the print sheet, handed to residents without the internet
        Document sheet = Jsoup.parse(new String(files.get("quartiere/eigen/druck/index.html"), StandardCharsets.UTF_8));
        assertEquals("Anlaufstellen in der Nähe", sheet.selectFirst(".print-offices h2").text());
        // the date and address of the sheet stand under its title: last, they spilled alone onto a second sheet of paper
        org.jsoup.nodes.Element source = sheet.selectFirst(".print-sheet > .print-source");
        assertTrue(source != null && source.text().startsWith("Stand: 21. November 2026"), String.valueOf(source));
        assertTrue(source.siblingIndex() < sheet.selectFirst(".print-offices").siblingIndex(), "before the offices");
        assertEquals(List.of("Büro c", "Büro b", "Quartiersbüro Altstadt"), sheet.select(".print-office h3").eachText());
        // no offering of its own: the sheet says so instead of leaving out its plan without a word
        assertEquals("In den vier Wochen ab 21. November 2026 gibt es im Quartier keine regelmäßigen Angebote.", sheet.select(".print-noplan").text());
        assertTrue(sheet.select(".print-office").first().text().contains("(etwa 0,6 km Luftlinie von der Mitte des Quartiers)"), sheet.select(".print-office").first().text());
        // a quarter with an office of its own lists its own, under the usual heading
        Document altstadt = Jsoup.parse(new String(files.get("quartiere/altstadt/index.html"), StandardCharsets.UTF_8));
        assertEquals("Anlaufstellen", altstadt.selectFirst("section[aria-labelledby=anlaufstellen] h2").text());
        assertEquals(4, altstadt.select("section[aria-labelledby=anlaufstellen] .card").size());
        assertTrue(altstadt.select(".card dt:containsOwn(Entfernung)").isEmpty());
        Document altstadtSheet = Jsoup.parse(new String(files.get("quartiere/altstadt/druck/index.html"), StandardCharsets.UTF_8));
        assertEquals("Anlaufstellen", altstadtSheet.selectFirst(".print-offices h2").text());
    }

    /**
     * The weekly plan says where each offering happens: a mobile one "unterwegs"; on the print
     * sheet a place the sheet does not list with its address also gets its street, since paper
     * has no link to follow ("Schulhof, Schulstraße 4"), while a listed office stays a name.
     */
    @Test
    void thePlanSaysWhereAndThePrintSheetHowToGetThere() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Files.writeString(site.resolve("content/offerings/hofpause.md"), "---\ntitle: Hofpause\nquarters: [altstadt]\noperator: stadt\n"
                + "venue: {name: Schulhof, address: {street: Schulstraße 4, postal_code: 46236, city: Bottrop}, geo: {lat: 51.524, lon: 6.931}}\nschedule: Th 10:00-11:00\n---\n");
        java.util.Map<String, byte[]> files = TestSites.buildInMemory(site);
        Document page = Jsoup.parse(new String(files.get("quartiere/altstadt/index.html"), StandardCharsets.UTF_8));
        Document sheet = Jsoup.parse(new String(files.get("quartiere/altstadt/druck/index.html"), StandardCharsets.UTF_8));
        assertEquals("15:00–18:00 Uhr: Spielmobil – unterwegs", page.select("#wochenplan ~ dl dd:contains(Spielmobil), section dd:contains(Spielmobil)").first().text());
        assertEquals("10:00–11:00 Uhr: Hofpause – Schulhof", page.select("dd:contains(Hofpause)").first().text(), "on screen the name links on");
        assertEquals("10:00–11:00 Uhr: Hofpause – Schulhof, Schulstraße 4", sheet.select("dd:contains(Hofpause)").first().text());
        assertEquals("15:00–17:00 Uhr: Sprechstunde – Quartiersbüro Altstadt", sheet.select("dd:contains(Sprechstunde)").first().text(),
                "the sheet lists this office with its address");
        assertEquals("15:00–18:00 Uhr: Spielmobil – unterwegs", sheet.select("dd:contains(Spielmobil)").first().text());
    }

    /** Without an outline or a centre there is nothing to measure from: the page says it has no entries. */
    @Test
    void aQuarterWithoutOutlineOrCentreNamesNone() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Files.writeString(site.resolve("content/quarters/eigen.md"), "---\ntitle: Eigen\ndistrict: Bottrop-Mitte\n---\nNördlich der Altstadt.\n");
        Document eigen = Jsoup.parse(new String(TestSites.buildInMemory(site).get("quartiere/eigen/index.html"), StandardCharsets.UTF_8));
        var section = eigen.selectFirst("section[aria-labelledby=anlaufstellen]");
        assertEquals("Anlaufstellen", section.selectFirst("h2").text());
        assertEquals("Zurzeit gibt es hier keine Einträge.", section.selectFirst("p").text());
    }
}
