package de.quartier.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.quartier.TestSites;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** schema.org JSON-LD in the pages, the vCards and the "open now" data, read back from the built example site. */
class StructuredOutputTest {
    private static Map<String, byte[]> files;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void build() throws Exception {
        files = TestSites.example();
    }

    private static Document page(String path) {
        return Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8));
    }

    /** The published assets/hours.&lt;hash&gt;.js. */
    private static String hoursScript() {
        return files.entrySet().stream().filter(e -> e.getKey().matches("assets/hours\\.[0-9a-f]+\\.js")).findFirst()
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).orElseThrow();
    }

    private static JsonNode jsonLd(String path) throws Exception {
        var scripts = page(path).select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), path);
        return JSON.readTree(scripts.get(0).data());
    }

    @Test
    void contactPointIsACivicStructureWithItsOpeningHours() throws Exception {
        // Stadtteilbüro Batenbrock: Th 09:00-17:00; PH off, run by a Verein
        JsonNode cp = jsonLd("anlaufstellen/stadtteilbuero-batenbrock/index.html");
        assertEquals("https://schema.org", cp.get("@context").asText());
        assertEquals("CivicStructure", cp.get("@type").asText());
        assertEquals("Stadtteilbüro Batenbrock", cp.get("name").asText());
        assertEquals("46238", cp.at("/address/postalCode").asText());
        JsonNode spec = cp.get("openingHoursSpecification");
        assertEquals(1, spec.size());
        assertEquals("https://schema.org/Thursday", spec.get(0).get("dayOfWeek").get(0).asText());
        assertEquals("09:00", spec.get(0).get("opens").asText());
        assertEquals("17:00", spec.get(0).get("closes").asText());
    }

    @Test
    void municipalOfficeIsAGovernmentOffice() throws Exception {
        int government = 0;
        for (String path : files.keySet()) {
            if (!path.matches("anlaufstellen/[^/]+/index.html")) continue;
            String type = jsonLd(path).get("@type").asText();
            assertTrue(type.equals("GovernmentOffice") || type.equals("CivicStructure"), path + ": " + type);
            if (type.equals("GovernmentOffice")) government++;
        }
        assertTrue(government > 0, "offices run by the city are GovernmentOffice");
    }

    @Test
    void regularOfferingIsAnEventWithASchedule() throws Exception {
        // Mütter-Café: We[1] 10:00-11:30; Jan off; PH off
        JsonNode o = jsonLd("angebote/muetter-cafe-batenbrock/index.html");
        assertEquals("Event", o.get("@type").asText());
        JsonNode s = o.get("eventSchedule").get(0);
        assertEquals("Schedule", s.get("@type").asText());
        assertEquals("https://schema.org/Wednesday", s.get("byDay").get(0).asText());
        assertEquals(1, s.get("byMonthWeek").get(0).asInt());
        assertEquals("P1M", s.get("repeatFrequency").asText());
        assertEquals("10:00", s.get("startTime").asText());
        assertEquals("11:30", s.get("endTime").asText());
        assertEquals("Europe/Berlin", s.get("scheduleTimezone").asText());
        assertEquals("Stadtteilbüro Batenbrock", o.at("/location/name").asText());
    }

    @Test
    void datedOfferingIsOneEventPerDateWithOffsetTimes() throws Exception {
        JsonNode events = jsonLd("angebote/adventscafe-buergerhaus/index.html");
        assertTrue(events.isArray());
        assertEquals("Event", events.get(0).get("@type").asText());
        assertEquals("2026-12-13T14:00+01:00", events.get(0).get("startDate").asText());
        assertEquals("2026-12-13T17:00+01:00", events.get(0).get("endDate").asText());
        // "Eintritt frei, Waffeln gegen kleine Spende": free as the finder lists it (one rule, model.FreeOfCharge)
        assertTrue(events.get(0).path("isAccessibleForFree").asBoolean(), events.get(0).toString());
    }

    @Test
    void vcardsCarryNameAddressGeoAndHours() {
        List<String> cards = new ArrayList<>();
        files.keySet().stream().filter(p -> p.endsWith("/kontakt.vcf")).forEach(cards::add);
        assertEquals(26, cards.size());
        VCard v = Ezvcard.parse(new String(files.get("anlaufstellen/stadtteilbuero-batenbrock/kontakt.vcf"), StandardCharsets.UTF_8)).first();
        assertNotNull(v);
        assertEquals("Stadtteilbüro Batenbrock", v.getFormattedName().getValue());
        assertEquals("Horster Straße 228", v.getAddresses().get(0).getStreetAddress());
        assertEquals(51.5142, v.getGeo().getLatitude(), 1e-9);
        assertEquals("02041 555-091", v.getTelephoneNumbers().get(0).getText());
        assertTrue(v.getNotes().get(0).getValue().startsWith("Öffnungszeiten: Do 09:00–17:00 Uhr"), v.getNotes().get(0).getValue());
    }

    @Test
    void everyVcardReadsAndValidatesWithAnIndependentParser() throws Exception {
        int read = 0;
        for (String path : files.keySet()) {
            if (!path.endsWith(".vcf")) continue;
            String text = new String(files.get(path), StandardCharsets.UTF_8);
            // GEO in vCard 4's form is a geo: URI (RFC 6350 6.5.2, RFC 5870); ical4j-vcard reads only
            // "lat,lon" without the scheme, so the URI is checked here and handed to it in that form
            java.util.regex.Matcher geo = java.util.regex.Pattern.compile("(?m)^GEO:geo:(-?\\d{1,2}(?:\\.\\d+)?),(-?\\d{1,3}(?:\\.\\d+)?)\r\n").matcher(text);
            assertTrue(geo.find(), path + ": a geo: URI");
            String older = geo.replaceFirst("GEO:$1,$2\r\n");
            // written by Quartier, read by two libraries that share no code with it (ical4j-vcard, ez-vcard)
            net.fortuna.ical4j.vcard.VCard card = new net.fortuna.ical4j.vcard.VCardBuilder(new java.io.StringReader(older)).build();
            List<net.fortuna.ical4j.vcard.Entity> entities = card.getEntityList().getAll();
            assertEquals(1, entities.size(), path);
            net.fortuna.ical4j.vcard.Entity e = entities.get(0);
            assertFalse(e.validate().hasErrors(), path + ": " + e.validate());
            String fn = e.getPropertyList().getAll().stream().filter(p -> p.getName().equals("FN")).findFirst().orElseThrow().getValue();
            assertEquals(Ezvcard.parse(text).first().getFormattedName().getValue(), fn, path);
            read++;
        }
        assertEquals(26, read);
    }

    @Test
    void oneIsSingular() {
        int singular = 0;
        for (var e : files.entrySet()) {
            if (!e.getKey().endsWith(".html")) continue;
            String page = new String(e.getValue(), StandardCharsets.UTF_8);
            assertFalse(page.contains("und 1 weitere Termine") || page.contains("Die 1 Angebote"), e.getKey());
            if (page.contains("und 1 weiterer Termin")) singular++;
        }
        assertTrue(singular > 0, "the example site has offerings with exactly one more date");
    }

    @Test
    void everyVcardAndCalendarLineHasAtMost75OctetsAndUnfoldsToWhatWasMeant() {
        int checked = 0;
        for (String path : files.keySet()) {
            if (!path.endsWith(".vcf") && !path.endsWith(".ics")) continue;
            byte[] bytes = files.get(path);
            int start = 0;
            for (int i = 0; i + 1 < bytes.length; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    assertTrue(i - start <= 75, path + ": a line of " + (i - start) + " octets");
                    start = i + 2;
                }
            }
            assertEquals(bytes.length, start, path + ": every line ends with CRLF");
            checked++;
        }
        assertTrue(checked > 100, "vCards and calendars: " + checked);
        // folding keeps the text: the note of a card with umlauts near a fold reads whole
        VCard v = Ezvcard.parse(new String(files.get("anlaufstellen/frauenzentrum-courage/kontakt.vcf"), StandardCharsets.UTF_8)).first();
        assertNotNull(v);
        assertFalse(v.getFormattedName().getValue().isBlank());
    }

    @Test
    void openNowDataNamesTheWeekAndTheHolidays() throws Exception {
        var el = page("anlaufstellen/quartierszentrum-startklar/index.html").selectFirst("[data-hours]");
        assertNotNull(el);
        JsonNode data = JSON.readTree(el.attr("data-hours"));
        assertEquals(540, data.get("week").get(0).get(0).get(0).asInt(), "Monday opens 09:00");
        // closed on every public holiday: said once ("h"), the dates are the build's, in front of hours.js
        assertEquals(1, data.get("h").asInt());
        assertFalse(data.get("except").has("2026-12-25"), "Christmas is a holiday, not listed again");
        assertFalse(data.get("except").has("2027-03-29"), "Ostermontag");
        assertEquals(0, data.get("except").get("2026-12-28").size(), "Dec 24-31 off");
        assertFalse(data.has("zone"), "the zone is the build's");
        String script = hoursScript();
        assertTrue(script.startsWith("window.quartierHoursDays = {\"zone\":\"Europe/Berlin\",\"from\":\"" + TestSites.TODAY + "\""), script);
        assertTrue(script.contains("\"2026-12-25\"") && script.contains("\"2027-03-29\"") && !script.contains("\"2026-12-28\""), script);
    }
}
