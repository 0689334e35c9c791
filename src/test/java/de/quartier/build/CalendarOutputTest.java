package de.quartier.build;

import de.quartier.TestSites;
import de.quartier.model.DayHours;
import de.quartier.model.HoursState;
import de.quartier.model.Offering;
import de.quartier.model.Site;
import de.quartier.model.TimeRange;
import de.quartier.render.StateHolidays;
import de.quartier.render.Urls;
import de.quartier.render.calendar.CalendarFiles;
import de.quartier.write.MemorySink;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example site's .ics files, read by ical4j (a parser independent of our writer, which writes
 * them): every file parses; a regular offering's recurrences, expanded by ical4j, fall on exactly
 * the days and local times our evaluation of its opening_hours gives, NRW holidays left out.
 */
class CalendarOutputTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static Map<String, byte[]> files;
    private static Site site;
    private static StateHolidays holidays;

    @org.junit.jupiter.api.io.TempDir
    Path temp;

    @BeforeAll
    static void build() throws Exception {
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
        MemorySink sink = new MemorySink();
        BuildOptions options = new BuildOptions(Path.of("."), TestSites.TODAY, false, null);
        BuildResult r = new Pipeline().build(options, sink);
        assertTrue(r.ok(), TestSites.lines(r).toString());
        files = sink.files();
        site = r.site().orElseThrow();
        holidays = StateHolidays.of("DE-NW", site.today());
    }

    private static Calendar parse(String path) throws Exception {
        byte[] bytes = files.get(path);
        assertTrue(bytes != null, "no file " + path);
        return new CalendarBuilder().build(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    }

    private static List<VEvent> events(Calendar c) {
        return c.getComponents("VEVENT");
    }

    /** Local start times of all occurrences from the build date for a year, as ical4j computes them. */
    private static Set<LocalDateTime> occurrences(VEvent e, LocalDate from, LocalDate to) {
        Period<ZonedDateTime> window = new Period<>(from.atStartOfDay(BERLIN), to.plusDays(1).atStartOfDay(BERLIN));
        Set<LocalDateTime> out = new TreeSet<>();
        for (Period<Temporal> p : e.<Temporal>calculateRecurrenceSet(window)) {
            Temporal start = p.getStart();
            LocalDateTime local = start instanceof ZonedDateTime z ? z.withZoneSameInstant(BERLIN).toLocalDateTime()
                    : start instanceof java.time.OffsetDateTime o ? o.atZoneSameInstant(BERLIN).toLocalDateTime()
                    : LocalDateTime.from(start);
            out.add(local);
        }
        return out;
    }

    @Test
    void everyCalendarFileParses() throws Exception {
        int calendars = 0;
        for (String path : files.keySet()) {
            if (!path.endsWith(".ics")) continue;
            Calendar c = parse(path);
            var validation = c.validate();
            assertFalse(validation.hasErrors(), path + ": " + validation);
            assertFalse(c.getComponents("VTIMEZONE").isEmpty(), path + " has its VTIMEZONE");
            if (path.startsWith("angebote/") && !path.equals("angebote/kalender.ics"))
                assertFalse(c.getComponents("VEVENT").isEmpty(), path + ": an offering's calendar without events is not written");
            calendars++;
        }
        // one per offering with events, one per quarter, one for all offerings
        CalendarFiles offeringCalendars = new CalendarFiles(site, holidays, Map.of());
        long withEvents = site.offerings().stream().filter(offeringCalendars::hasEvents).count();
        assertTrue(withEvents < site.offerings().size(), "the example site has offerings without events (ended ones)");
        assertEquals(withEvents + site.quarters().size() + 1, calendars);
        for (Offering o : site.offerings()) {
            String page = new String(files.get(Urls.file(Urls.pathOf(o))), java.nio.charset.StandardCharsets.UTF_8);
            // an ended offering's calendar stays for those who subscribed, but its page offers it no more
            boolean ended = site.status(o) == de.quartier.model.Status.ENDED;
            assertEquals(files.containsKey(Urls.calendarPath(Urls.pathOf(o))) && !ended, page.contains("kalender.ics"),
                    o.slug() + ": the page links its calendar exactly when there is one and the offering has not ended");
        }
    }

    @Test
    void anEventSaysWhenOneMustSignUpAndHow() throws Exception {
        // who subscribes may never open the page: the event itself says it, with the first way to sign up
        int required = 0;
        int noteOnly = 0;
        for (Offering o : site.offerings()) {
            String path = Urls.calendarPath(Urls.pathOf(o));
            if (!files.containsKey(path)) continue;
            var r = o.registration();
            boolean must = r != null && r.required();
            for (VEvent e : events(parse(path))) {
                String description = e.getDescription().getValue();
                assertEquals(must, description.contains("Anmeldung: erforderlich"), o.slug() + ": " + description);
                // the page's address, which every calendar links (the URL property only some show)
                assertTrue(description.endsWith(site.config().baseUrl() + Urls.pathOf(o)), description);
                if (!must) continue;
                // the note (often until when) and the first way to sign up
                String unfolded = description.replace("\n", " ");
                if (r.note() != null) {
                    assertTrue(unfolded.contains("Anmeldung: erforderlich – " + r.note().replace("\n", " ")), description);
                    noteOnly += r.phone() == null && r.email() == null && r.url() == null ? 1 : 0;
                }
                String how = r.phone() != null ? "(Telefon " + r.phone() + ")" : r.email() != null ? "(E-Mail " + r.email() + ")"
                        : r.url() != null ? "(" + r.url() + ")" : null;
                if (how != null) assertTrue(description.contains(how), description);
            }
            if (must) required++;
        }
        assertTrue(required >= 3, "the example site has offerings that need signing up, with events: " + required);
        assertTrue(noteOnly > 0, "and one that says how only in its note");
    }

    @Test
    void datedOfferingsHaveOneEventPerDateAtItsLocalTime() throws Exception {
        for (Offering o : site.offerings()) {
            if (!o.isDated()) continue;
            List<VEvent> events = events(parse("angebote/" + o.slug() + "/kalender.ics"));
            assertEquals(o.dates().size(), events.size(), o.slug().toString());
            Set<LocalDateTime> expected = new TreeSet<>();
            o.dates().forEach(d -> expected.add(d.start().toLocalDateTime()));
            Set<LocalDateTime> actual = new TreeSet<>();
            for (VEvent e : events) actual.addAll(occurrences(e, LocalDate.of(2000, 1, 1), LocalDate.of(2040, 1, 1)));
            assertEquals(expected, actual, o.slug().toString());
        }
    }

    @Test
    void regularOfferingsRecurExactlyWhenTheirScheduleSaysHolidaysExcepted() throws Exception {
        LocalDate from = site.today();
        LocalDate to = from.plusYears(1);
        int checked = 0;
        for (Offering o : site.offerings()) {
            if (o.schedule() == null || site.status(o) == de.quartier.model.Status.ENDED) continue;
            Set<LocalDateTime> expected = new TreeSet<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (o.active().from() != null && d.isBefore(o.active().from())) continue;
                if (o.active().until() != null && d.isAfter(o.active().until())) continue;
                DayHours h = o.schedule().on(d, holidays);
                if (h.state() == HoursState.OPEN)
                    for (TimeRange r : h.ranges()) expected.add(d.atStartOfDay().plusMinutes(r.start()));
            }
            Set<LocalDateTime> actual = new TreeSet<>();
            for (VEvent e : events(parse("angebote/" + o.slug() + "/kalender.ics"))) actual.addAll(occurrences(e, from, to));
            assertEquals(expected, actual, o.slug() + ": " + o.schedule().expression());
            checked++;
        }
        assertTrue(checked > 40, "regular offerings checked: " + checked);
    }

    @Test
    void holidaysAreExceptionsAndSummerTimeKeepsTheLocalTime() throws Exception {
        // Integrationskurs: Mo-Th 08:30-11:45; PH off; until 2027-06-30
        VEvent e = events(parse("angebote/integrationskurs-prosper-iii/kalender.ics")).get(0);
        Set<LocalDateTime> all = occurrences(e, site.today(), LocalDate.of(2028, 12, 31));
        assertFalse(all.contains(LocalDateTime.of(2027, 3, 29, 8, 30)), "Ostermontag 2027 is left out");
        assertTrue(all.contains(LocalDateTime.of(2027, 3, 25, 8, 30)), "before the change to summer time");
        assertTrue(all.contains(LocalDateTime.of(2027, 3, 30, 8, 30)), "after the change: still 08:30 local");
        // the recurrence ends at active.until
        LocalDateTime last = ((TreeSet<LocalDateTime>) all).last();
        assertEquals(LocalDateTime.of(2027, 6, 30, 8, 30), last);
        assertTrue(e.getProperty("RRULE").orElseThrow().getValue().contains("UNTIL=20270701"), "RRULE carries UNTIL");
    }

    @Test
    void aRuleWithoutEndThatLeavesDaysOutEndsWhereTheyAreKnownAndOneNeverHeldIsNoEvent() throws Exception {
        {
            Path s = TestSites.copyBase(temp.resolve("site"));
            TestSites.append(s.resolve("site-config.yml"), "holidays: DE-NW\n");
            for (String[] c : new String[][]{{"kochtreff", "We 15:00-17:00; PH off"}, {"nie", "Tu 15:00-17:00; Tu off"}, {"immer", "We 18:00-19:00"}, {"lange", "Th 15:00-17:00; PH off"}})
                java.nio.file.Files.writeString(s.resolve("content/offerings/" + c[0] + ".md"), "---\ntitle: " + c[0]
                        + "\ncontact_point: quartiersbuero-altstadt\nschedule: '" + c[1] + "'\n"
                        + (c[0].equals("lange") ? "active: {until: 2035-06-30}\n" : "") + "---\n");
            Map<String, byte[]> built = TestSites.buildInMemory(s, LocalDate.of(2026, 12, 1));
            String kochtreff = new String(built.get("angebote/kochtreff/kalender.ics"), StandardCharsets.UTF_8);
            // holidays are known through 2029: Christmas Day 2030 is a Wednesday the calendar must not claim
            assertTrue(kochtreff.contains("RRULE:FREQ=WEEKLY;UNTIL=20300101T000000Z;BYDAY=WE"), kochtreff);
            assertTrue(kochtreff.contains("20291226T150000"), "the second day of Christmas 2029, a Wednesday, left out: " + kochtreff);
            // an end after the horizon: the rule ends at the horizon all the same
            String lange = new String(built.get("angebote/lange/kalender.ics"), StandardCharsets.UTF_8);
            assertTrue(lange.contains("RRULE:FREQ=WEEKLY;UNTIL=20300101T000000Z;BYDAY=TH"), lange);
            // a time never held is no event: no calendar, and its page offers none
            assertFalse(built.containsKey("angebote/nie/kalender.ics"), "no calendar for a time that is never held");
            assertFalse(new String(built.get("angebote/nie/index.html"), StandardCharsets.UTF_8).contains("kalender.ics"));
            // nothing left out: it goes on without an end
            String immer = new String(built.get("angebote/immer/kalender.ics"), StandardCharsets.UTF_8);
            assertTrue(immer.contains("RRULE:FREQ=WEEKLY;BYDAY=WE\r\n"), immer);
        }
    }

    @Test
    void quarterAndSiteCalendarsGatherTheirOfferingsEvents() throws Exception {
        int all = events(parse("angebote/kalender.ics")).size();
        int sum = 0;
        for (Offering o : site.offerings())
            if (site.status(o) != de.quartier.model.Status.ENDED) sum += events(parse("angebote/" + o.slug() + "/kalender.ics")).size();
        assertEquals(sum, all);
        List<String> uids = new ArrayList<>();
        for (VEvent e : events(parse("angebote/kalender.ics"))) uids.add(e.getProperty("UID").orElseThrow().getValue());
        assertEquals(uids.size(), new TreeSet<>(uids).size(), "UIDs are unique");
        Calendar prosper = parse("quartiere/prosper-iii/kalender.ics");
        assertTrue(events(prosper).size() > 3);
        for (VEvent e : events(prosper))
            assertTrue(uids.contains(e.getProperty("UID").orElseThrow().getValue()), "same UID in quarter and site calendar");
    }

    @Test
    void noLineIsLongerThan75OctetsAndFoldingKeepsEveryCharacterWhole() {
        int calendars = 0;
        for (var e : files.entrySet()) {
            if (!e.getKey().endsWith(".ics")) continue;
            calendars++;
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            assertTrue(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text) && !text.contains("\uFFFD"),
                    e.getKey() + ": a UTF-8 character split");
            for (String line : text.split("\r\n"))
                assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, e.getKey() + ": " + line.getBytes(StandardCharsets.UTF_8).length
                        + " octets: " + line);
            assertTrue(text.endsWith("END:VCALENDAR\r\n"), e.getKey());
            assertFalse(text.replace("\r\n", "").contains("\n"), e.getKey() + ": a bare line feed");
        }
        assertTrue(calendars > 50, "calendars: " + calendars);
        // a name with a comma stays one value (TEXT escaping), an umlaut near the fold stays whole
        String withComma = files.entrySet().stream().filter(e -> e.getKey().endsWith(".ics"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).filter(t -> t.contains("X-WR-CALNAME:Spielmobil in Kirchhellen"))
                .findFirst().orElseThrow();
        assertTrue(withComma.replace("\r\n ", "").contains("X-WR-CALNAME:Spielmobil in Kirchhellen\\, Grafenwald und Feldhausen"), withComma);
    }
}
