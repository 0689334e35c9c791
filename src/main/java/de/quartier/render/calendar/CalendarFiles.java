package de.quartier.render.calendar;

import de.quartier.model.DayHours;
import de.quartier.model.EventDate;
import de.quartier.model.GeoPoint;
import de.quartier.model.HoursRule;
import de.quartier.model.HoursState;
import de.quartier.model.Offering;
import de.quartier.model.OpeningHours;
import de.quartier.model.PublicHolidays;
import de.quartier.model.Site;
import de.quartier.model.Slug;
import de.quartier.model.TimeRange;
import de.quartier.render.StateHolidays;
import de.quartier.render.Urls;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * iCalendar files (RFC 5545) of offerings. A regular offering becomes one recurring event per rule
 * and time range (RRULE from its weekdays, nth weekdays, months and weeks; UNTIL from
 * {@code active.until}); days the schedule closes, public holidays among them, become EXDATEs up
 * to the end of the years whose holidays are known. Rules a RRULE cannot express (open on
 * holidays, single days of the year) list their dates. A dated offering becomes one event per
 * date. UIDs depend on the offering's slug and the rule or date only, so a re-import updates.
 * Each offering's events are written once and joined into its quarters' and the site's calendar.
 */
public final class CalendarFiles {
    private static final String PRODUCT = "-//Quartier//Quartiersentwicklung//DE";

    private final Site site;
    private final PublicHolidays holidays;
    private final ZoneId zone;
    private final String timezone;
    private final LocalDate horizon;
    private final String host;
    private final String stamp;
    /** UTF-8: half of what the same text takes as Strings, and kept from the plan to the last calendar. */
    private final Map<Slug, byte[]> events = new ConcurrentHashMap<>();
    private final Map<String, Walk> walks = new ConcurrentHashMap<>();

    /** "Anmeldung: erforderlich", and the words put before a number or address to sign up with. */
    private final String registrationRequired;
    private final String phoneLabel;
    private final String emailLabel;

    /** @param strings the theme's words in the site's language */
    public CalendarFiles(Site site, PublicHolidays holidays, Map<String, String> strings) {
        this.site = site;
        this.registrationRequired = strings.getOrDefault("field.registration", "Anmeldung") + ": "
                + strings.getOrDefault("registration.required", "erforderlich");
        this.phoneLabel = strings.getOrDefault("field.phone", "Telefon");
        this.emailLabel = strings.getOrDefault("field.email", "E-Mail");
        this.holidays = holidays;
        this.zone = site.config().timezone();
        this.timezone = TimeZones.vtimezone(zone);
        this.horizon = LocalDate.of(site.today().getYear() + StateHolidays.YEARS_AHEAD, 12, 31);
        this.host = java.net.URI.create(site.config().baseUrl()).getHost();
        // DTSTAMP must be set; the build date keeps the output reproducible
        this.stamp = IcsText.local(site.today().atStartOfDay()) + "Z";
    }

    /** An offering's own calendar, as UTF-8. */
    public byte[] calendar(Offering o) {
        return calendar(o.title(), List.of(o));
    }

    /** One calendar with the events of the given offerings, in their order, as UTF-8. */
    public byte[] calendar(String name, List<Offering> offerings) {
        StringBuilder head = new StringBuilder(timezone.length() + 256);
        // no METHOD: a file to import or subscribe to is not an iTIP message (METHOD:PUBLISH would
        // require an ORGANIZER on every event, RFC 5546 3.2.1, which an office need not have)
        new IcsText(head).line("BEGIN", "VCALENDAR").line("VERSION", "2.0").line("PRODID", PRODUCT)
                .text("X-WR-CALNAME", name).line("X-WR-TIMEZONE", zone.getId());
        byte[] first = head.append(timezone).toString().getBytes(StandardCharsets.UTF_8);
        int size = first.length + END.length;
        for (Offering o : offerings) size += eventBytes(o).length;
        ByteBuffer out = ByteBuffer.allocate(size).put(first);
        for (Offering o : offerings) out.put(eventBytes(o));
        return out.put(END).array();
    }

    private static final byte[] END = "END:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * Whether an offering's calendar has events (a calendar without events is not written and not
     * linked): the events themselves decide, made once and kept for the calendars that join them.
     */
    public boolean hasEvents(Offering o) {
        return mayHaveEvents(o) && eventBytes(o).length > 0;
    }

    /** Without making them: no dates, no opening times, or ended before today means no events. */
    private boolean mayHaveEvents(Offering o) {
        if (o.isDated()) return !o.dates().isEmpty();
        if (o.schedule() == null || (o.active().until() != null && o.active().until().isBefore(site.today()))) return false;
        return o.schedule().rules().stream().anyMatch(r -> r.state() == HoursState.OPEN && !r.times().isEmpty());
    }

    /** An offering's events as iCalendar text in UTF-8, made once: its own, its quarters' and the site's calendar hold them. */
    private byte[] eventBytes(Offering o) {
        return events.computeIfAbsent(o.slug(), k -> {
            StringBuilder out = new StringBuilder();
            if (o.isDated()) dated(o, out);
            else if (o.schedule() != null) regular(o, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    private void dated(Offering o, StringBuilder out) {
        Set<String> taken = new TreeSet<>();
        for (EventDate d : o.dates().stream().sorted(Comparator.comparing(EventDate::start)).toList()) {
            String key = d.start().toLocalDate().toString().replace("-", "");
            String uid = key;
            for (int n = 2; !taken.add(uid); n++) uid = key + "-" + n;
            IcsText ics = begin(o, uid, out);
            ics.local("DTSTART", zone.getId(), d.start().withZoneSameInstant(zone).toLocalDateTime());
            if (d.end() != null) ics.local("DTEND", zone.getId(), d.end().withZoneSameInstant(zone).toLocalDateTime());
            ics.line("END", "VEVENT");
        }
    }

    private void regular(Offering o, StringBuilder out) {
        List<HoursRule> rules = o.schedule().rules();
        // every rule and time range walks the same days: evaluate each day once
        Map<LocalDate, DayHours> days = new HashMap<>();
        OpeningHours.Days byDate = o.schedule().days(holidays);
        Function<LocalDate, DayHours> on = byDate::on; // made once, not once per day asked for
        Function<LocalDate, DayHours> dayHours = d -> days.computeIfAbsent(d, on);
        for (int i = 0; i < rules.size(); i++) {
            HoursRule r = rules.get(i);
            if (r.state() != HoursState.OPEN || r.times().isEmpty() || o.schedule().replacedBy(i) >= 0) continue;
            for (int j = 0; j < r.times().size(); j++) recurring(o, r, r.times().get(j), "r" + (i + 1) + "-" + (j + 1), dayHours, out);
        }
    }

    /** The head of an event shared by all kinds: identity, what and where. */
    private IcsText begin(Offering o, String key, StringBuilder out) {
        IcsText ics = new IcsText(out);
        String url = site.config().baseUrl() + Urls.pathOf(o);
        StringBuilder description = new StringBuilder();
        if (o.common().summary() != null) description.append(o.common().summary()).append("\n\n");
        // who subscribes to the calendar may never open the page: that one must sign up, and where
        if (o.registration() != null && o.registration().required()) description.append(registration(o.registration())).append("\n\n");
        if (o.scheduleNote() != null) description.append(o.scheduleNote()).append("\n\n");
        // the page's address in the description, which every calendar shows and links; not once more as
        // URL, which Google's and Microsoft's calendars ignore (84,000 events at 20,000 offerings: 8 MB)
        description.append(url);
        ics.line("BEGIN", "VEVENT").text("UID", "angebot-" + o.slug() + "-" + key + "@" + host).line("DTSTAMP", stamp)
                .text("SUMMARY", o.title()).text("DESCRIPTION", description.toString());
        java.util.Optional<de.quartier.model.Venue> place = site.placeOf(o);
        if (place.isPresent()) {
            ics.text("LOCATION", de.quartier.render.Facts.named(place.get().name(), place.get().address().oneLine()));
            if (place.get().geo() != null) geo(ics, place.get().geo());
        } else {
            List<String> quarters = new ArrayList<>();
            o.quarters().forEach(q -> quarters.add(site.quarter(q).title()));
            ics.text("LOCATION", String.join(", ", quarters));
        }
        return ics;
    }

    /**
     * "Anmeldung: erforderlich – bis zum 3. März (Telefon 02041 …)": the note (often until when)
     * and the first way to sign up the offering names; its page has them all.
     */
    private String registration(de.quartier.model.Registration r) {
        String how = r.phone() != null ? phoneLabel + " " + r.phone() : r.email() != null ? emailLabel + " " + r.email() : r.url();
        return registrationRequired + (r.note() == null ? "" : " – " + r.note()) + (how == null ? "" : " (" + how + ")");
    }

    private static void geo(IcsText ics, GeoPoint p) {
        ics.line("GEO", number(p.lat()) + ";" + number(p.lon()));
    }

    /** A coordinate as written: 51.5105, never 5.15105E1. */
    private static String number(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The event of one time range of one rule, if it happens at all from today on. */
    private void recurring(Offering o, HoursRule r, TimeRange range, String key, Function<LocalDate, DayHours> dayHours,
                           StringBuilder out) {
        LocalDate from = site.today();
        if (o.active().from() != null && o.active().from().isAfter(from)) from = o.active().from();
        LocalDate until = o.active().until();
        LocalDate last = until != null && until.isBefore(horizon) ? until : horizon;
        String untilOwn = Recurrences.rrule(r, until);
        boolean byRule = untilOwn != null;
        // offerings with the same schedule and period walk the same days: once
        LocalDate walkFrom = from;
        Walk walk = walks.computeIfAbsent(o.schedule().expression() + "\u0000" + key + "\u0000" + from + "\u0000" + last,
                k -> walk(r, byRule, walkFrom, last, range, dayHours));
        if (walk.dates().length == 0) return; // held on none of these days (Tu 15:00-17:00; Tu off): no event at all
        // days left out are known up to the horizon only (holidays: StateHolidays.YEARS_AHEAD): a rule
        // that leaves days out ends there (or at its own end, if sooner), rather than fall on them later;
        // the nightly build moves the horizon on, and a subscribed calendar with it
        String rrule = byRule && walk.skipped().length > 0 ? Recurrences.rrule(r, last) : untilOwn;
        LocalDate start = LocalDate.ofEpochDay(rrule != null ? walk.first() : walk.dates()[0]);
        IcsText ics = begin(o, key, out);
        ics.local("DTSTART", zone.getId(), TimeRange.at(start, range.start())).local("DTEND", zone.getId(), TimeRange.at(start, range.end()));
        if (rrule != null) {
            ics.line("RRULE", rrule);
            if (walk.skipped().length > 0) ics.line("EXDATE;TZID=" + zone.getId(), dates(walk.skipped(), 0, range));
        } else if (walk.dates().length > 1) {
            ics.line("RDATE;TZID=" + zone.getId(), dates(walk.dates(), 1, range));
        }
        ics.line("END", "VEVENT");
    }

    /** The days from {@code from} on, at the range's start, as RDATE and EXDATE list them. */
    private String dates(int[] days, int from, TimeRange range) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < days.length; i++) {
            if (i > from) sb.append(',');
            sb.append(IcsText.local(TimeRange.at(LocalDate.ofEpochDay(days[i]), range.start())));
        }
        return sb.toString();
    }

    /**
     * The days a rule's range recurs on from {@code from} to {@code last}: the first, those it is
     * held, those it is not; as epoch days, kept until the last calendar (as dates, 250,000 objects
     * at 2,000 offerings that each young collection copied).
     */
    private record Walk(int first, int[] dates, int[] skipped) {
    }

    private Walk walk(HoursRule r, boolean byRule, LocalDate from, LocalDate last, TimeRange range,
                      Function<LocalDate, DayHours> dayHours) {
        int first = Integer.MIN_VALUE;
        IntStream.Builder dates = IntStream.builder();
        IntStream.Builder skipped = IntStream.builder();
        // a rule that names weekdays can only select those: the other days are not looked at
        Set<DayOfWeek> only = !r.weekdays().isEmpty() && (byRule || !r.holidays()) ? EnumSet.copyOf(r.days()) : null;
        for (long day = from.toEpochDay(), end = last.toEpochDay(); day <= end; day++) {
            // 1970-01-01, epoch day 0, was a Thursday
            if (only != null && !only.contains(DayOfWeek.of((int) Math.floorMod(day + 3, 7) + 1))) continue;
            LocalDate d = LocalDate.ofEpochDay(day);
            // with an RRULE the rule's days are its own (holidays aside: they are the EXDATEs)
            if (!(byRule ? r.matches(d, PublicHolidays.NONE) : r.matches(d, holidays))) continue;
            if (first == Integer.MIN_VALUE) first = (int) day;
            (dayHours.apply(d).holds(range) ? dates : skipped).add((int) day);
        }
        return new Walk(first, dates.build().toArray(), skipped.build().toArray());
    }
}
