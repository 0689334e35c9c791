package de.quartier.render.calendar;

import de.quartier.render.Urls;
import de.quartier.render.StateHolidays;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.io.text.ICalWriter;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.ExceptionDates;
import biweekly.property.Method;
import biweekly.property.RecurrenceDates;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import de.quartier.model.ContactPoint;
import de.quartier.model.DayHours;
import de.quartier.model.EventDate;
import de.quartier.model.GeoPoint;
import de.quartier.model.HoursRule;
import de.quartier.model.HoursState;
import de.quartier.model.Offering;
import de.quartier.model.Place;
import de.quartier.model.PublicHolidays;
import de.quartier.model.Site;
import de.quartier.model.TimeRange;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeSet;

/**
 * iCalendar files (RFC 5545) of offerings, written with biweekly. A regular offering becomes one
 * recurring event per rule and time range (RRULE from its weekdays, nth weekdays, months and
 * weeks; UNTIL from {@code active.until}); days the schedule closes, public holidays among them,
 * become EXDATEs up to the end of the years whose holidays are known. Rules a RRULE cannot express
 * (open on holidays, single days of the year) list their dates. A dated offering becomes one event
 * per date. UIDs depend on the offering's slug and the rule or date only, so a re-import updates.
 */
public final class CalendarFiles {
    private static final String PRODUCT = "-//Quartier//Quartiersentwicklung//DE";

    private final Site site;
    private final PublicHolidays holidays;
    private final ZoneId zone;
    private final TimezoneAssignment timezone;
    private final LocalDate horizon;
    private final String host;
    private final Date stamp;

    public CalendarFiles(Site site, PublicHolidays holidays) {
        this.site = site;
        this.holidays = holidays;
        this.zone = site.config().timezone();
        this.timezone = new TimezoneAssignment(TimeZone.getTimeZone(zone), vtimezone(zone));
        this.horizon = LocalDate.of(site.today().getYear() + StateHolidays.YEARS_AHEAD, 12, 31);
        this.host = java.net.URI.create(site.config().baseUrl()).getHost();
        // DTSTAMP must be set; the build date keeps the output reproducible
        this.stamp = Date.from(site.today().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    /** An offering's own calendar, written once (its events also go into its quarters' and the site's calendar). */
    public String calendar(Offering o) {
        return own.computeIfAbsent(o.slug(), k -> write(o.title(), events(o)));
    }

    /**
     * One calendar with the events of the given offerings, in their order. Each offering's events are
     * written once, in its own calendar; a calendar of many joins their text under its own head.
     */
    public String calendar(String name, List<Offering> offerings) {
        StringBuilder events = new StringBuilder();
        for (Offering o : offerings) events.append(eventText(o));
        if (events.length() == 0) return write(name, List.of());
        String head = write(name, List.of(placeholder()));
        return head.substring(0, head.indexOf("BEGIN:VEVENT")) + events + "END:VCALENDAR\r\n";
    }

    private final java.util.Map<de.quartier.model.Slug, String> own = new java.util.concurrent.ConcurrentHashMap<>();

    /** "BEGIN:VEVENT … END:VEVENT" of an offering, as its own calendar has them ("" when it has none). */
    private String eventText(Offering o) {
        String text = calendar(o);
        int begin = text.indexOf("BEGIN:VEVENT");
        return begin < 0 ? "" : text.substring(begin, text.lastIndexOf("END:VCALENDAR"));
    }

    /** An event with a local date-time: a calendar's head with it carries the time zone, as one with real events does. */
    private VEvent placeholder() {
        VEvent e = new VEvent();
        e.setDateStart(new DateStart(stamp, true));
        return e;
    }

    private String write(String name, List<VEvent> events) {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT);
        ical.setMethod(Method.publish());
        ical.setExperimentalProperty("X-WR-CALNAME", name);
        ical.setExperimentalProperty("X-WR-TIMEZONE", zone.getId());
        ical.getTimezoneInfo().setDefaultTimezone(timezone);
        events.forEach(ical::addEvent);
        StringWriter out = new StringWriter();
        try (ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0)) {
            writer.write(ical);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Each offering's events, made once: they go into its own, its quarters' and the site's calendar. */
    private final java.util.Map<de.quartier.model.Slug, List<VEvent>> eventsCache = new java.util.concurrent.ConcurrentHashMap<>();

    public List<VEvent> events(Offering o) {
        return eventsCache.computeIfAbsent(o.slug(), k -> makeEvents(o));
    }

    private List<VEvent> makeEvents(Offering o) {
        List<VEvent> events = new ArrayList<>();
        if (o.isDated()) {
            TreeSet<String> taken = new TreeSet<>();
            for (EventDate d : o.dates().stream().sorted(java.util.Comparator.comparing(EventDate::start)).toList()) {
                String key = d.start().toLocalDate().toString().replace("-", "");
                String uid = key;
                for (int n = 2; !taken.add(uid); n++) uid = key + "-" + n;
                VEvent e = event(o, uid);
                e.setDateStart(new DateStart(Date.from(d.start().toInstant()), true));
                if (d.end() != null) e.setDateEnd(new DateEnd(Date.from(d.end().toInstant()), true));
                events.add(e);
            }
        } else if (o.schedule() != null) {
            List<HoursRule> rules = o.schedule().rules();
            // every rule and time range walks the same days: evaluate each day once
            java.util.Map<LocalDate, DayHours> days = new java.util.HashMap<>();
            de.quartier.model.OpeningHours.Days byDate = o.schedule().days(holidays);
            java.util.function.Function<LocalDate, DayHours> dayHours = d -> days.computeIfAbsent(d, byDate::on);
            for (int i = 0; i < rules.size(); i++) {
                HoursRule r = rules.get(i);
                if (r.state() != HoursState.OPEN || r.times().isEmpty()) continue;
                for (int j = 0; j < r.times().size(); j++) {
                    VEvent e = recurring(o, r, r.times().get(j), "r" + (i + 1) + "-" + (j + 1), dayHours);
                    if (e != null) events.add(e);
                }
            }
        }
        return events;
    }

    private VEvent event(Offering o, String key) {
        VEvent e = new VEvent();
        e.setUid("angebot-" + o.slug() + "-" + key + "@" + host);
        e.setDateTimeStamp(stamp);
        e.setSummary(o.title());
        String url = site.config().baseUrl() + Urls.pathOf(o);
        StringBuilder description = new StringBuilder();
        if (o.common().summary() != null) description.append(o.common().summary()).append("\n\n");
        if (o.scheduleNote() != null) description.append(o.scheduleNote()).append("\n\n");
        description.append(url);
        e.setDescription(description.toString());
        e.setUrl(url);
        location(o, e);
        return e;
    }

    private void location(Offering o, VEvent e) {
        if (o.place() instanceof Place.AtContactPoint at) {
            ContactPoint cp = site.contactPoint(at.contactPoint());
            e.setLocation(cp.title() + ", " + cp.address().oneLine());
            geo(e, cp.geo());
        } else if (o.place() instanceof Place.AtVenue v) {
            e.setLocation(v.venue().name() + ", " + v.venue().address().oneLine());
            if (v.venue().geo() != null) geo(e, v.venue().geo());
        } else {
            List<String> quarters = new ArrayList<>();
            o.quarters().forEach(q -> quarters.add(site.quarter(q).title()));
            e.setLocation(String.join(", ", quarters));
        }
    }

    private static void geo(VEvent e, GeoPoint p) {
        e.setGeo(new biweekly.property.Geo(p.lat(), p.lon()));
    }

    /** The events of one time range of one rule, or null if it never happens from today on. */
    private VEvent recurring(Offering o, HoursRule r, TimeRange range, String key,
                             java.util.function.Function<LocalDate, DayHours> dayHours) {
        LocalDate from = site.today();
        if (o.active().from() != null && o.active().from().isAfter(from)) from = o.active().from();
        LocalDate until = o.active().until();
        LocalDate last = until != null && until.isBefore(horizon) ? until : horizon;
        Recurrence rrule = rrule(r, until);
        // offerings with the same schedule and period walk the same days: once
        LocalDate walkFrom = from;
        Walk walk = walks.computeIfAbsent(o.schedule().expression() + "\u0000" + key + "\u0000" + from + "\u0000" + last,
                k -> walk(r, rrule != null, walkFrom, last, range, dayHours));
        LocalDate first = walk.first();
        List<LocalDate> dates = walk.dates();
        List<LocalDate> skipped = walk.skipped();
        if (first == null || (rrule == null && dates.isEmpty())) return null;
        VEvent e = event(o, key);
        LocalDate start = rrule != null ? first : dates.get(0);
        e.setDateStart(new DateStart(at(start, range.start()), true));
        e.setDateEnd(new DateEnd(at(start, range.end()), true));
        if (rrule != null) {
            e.setRecurrenceRule(rrule);
            if (!skipped.isEmpty()) {
                ExceptionDates ex = new ExceptionDates();
                for (LocalDate d : skipped) ex.getValues().add(new ICalDate(at(d, range.start()), true));
                e.addExceptionDates(ex);
            }
        } else if (dates.size() > 1) {
            RecurrenceDates rd = new RecurrenceDates();
            for (LocalDate d : dates.subList(1, dates.size())) rd.getDates().add(new ICalDate(at(d, range.start()), true));
            e.addRecurrenceDates(rd);
        }
        return e;
    }

    /** Whether the day is one the event's RRULE (or, without one, the rule itself) selects. */
    /** The days a rule's range recurs on from {@code from} to {@code last}: the first, those it is held, those it is not. */
    private record Walk(LocalDate first, List<LocalDate> dates, List<LocalDate> skipped) {
    }

    private final java.util.Map<String, Walk> walks = new java.util.concurrent.ConcurrentHashMap<>();

    private Walk walk(HoursRule r, boolean byRule, LocalDate from, LocalDate last, TimeRange range,
                      java.util.function.Function<LocalDate, DayHours> dayHours) {
        LocalDate first = null;
        List<LocalDate> dates = new ArrayList<>();
        List<LocalDate> skipped = new ArrayList<>();
        // a rule that names weekdays can only select those: the other days are not looked at
        java.util.Set<java.time.DayOfWeek> only = !r.weekdays().isEmpty() && (byRule || !r.holidays())
                ? java.util.EnumSet.copyOf(r.days()) : null;
        for (long day = from.toEpochDay(), end = last.toEpochDay(); day <= end; day++) {
            // 1970-01-01, epoch day 0, was a Thursday
            if (only != null && !only.contains(java.time.DayOfWeek.of((int) Math.floorMod(day + 3, 7) + 1))) continue;
            LocalDate d = LocalDate.ofEpochDay(day);
            if (!selects(r, byRule, d)) continue;
            if (first == null) first = d;
            if (held(dayHours.apply(d), range)) dates.add(d);
            else skipped.add(d);
        }
        return new Walk(first, List.copyOf(dates), List.copyOf(skipped));
    }

    private boolean selects(HoursRule r, boolean byRule, LocalDate d) {
        return byRule ? r.matches(d, PublicHolidays.NONE) : r.matches(d, holidays);
    }

    private static boolean held(DayHours h, TimeRange range) {
        return h.state() == HoursState.OPEN && h.ranges().stream().anyMatch(x -> x.start() <= range.start() && x.end() >= range.end());
    }

    private Date at(LocalDate d, int minutes) {
        ZonedDateTime t = d.atStartOfDay(zone).plusDays(minutes / TimeRange.DAY)
                .with(LocalTime.of(minutes % TimeRange.DAY / 60, minutes % 60));
        return Date.from(t.toInstant());
    }

    /**
     * The RRULE for a rule's selectors, or null where RRULE cannot say it exactly (holidays, single
     * days, nth weekdays mixed with plain ones or with weeks).
     */
    public static Recurrence rrule(HoursRule r, LocalDate until) {
        if (r.holidays()) return null;
        List<Integer> months = new ArrayList<>();
        for (HoursRule.DayRange d : r.dates()) {
            if (!d.wholeMonths()) return null;
            int m = d.from().getMonthValue();
            while (true) {
                if (!months.contains(m)) months.add(m);
                if (m == d.to().getMonthValue()) break;
                m = m % 12 + 1;
            }
        }
        months.sort(null);
        boolean nth = r.weekdays().stream().anyMatch(w -> !w.nths().isEmpty());
        if (nth && r.weekdays().stream().anyMatch(w -> w.nths().isEmpty())) return null;
        if (nth && !r.weeks().isEmpty()) return null;
        Recurrence.Builder b;
        if (nth) {
            b = new Recurrence.Builder(Frequency.MONTHLY);
            for (HoursRule.WeekdaySelector w : r.weekdays()) for (int n : w.nths()) b.byDay(n, day(w.day()));
        } else if (!r.weeks().isEmpty()) {
            b = new Recurrence.Builder(Frequency.YEARLY);
            TreeSet<Integer> weeks = new TreeSet<>();
            for (HoursRule.WeekSpan w : r.weeks()) {
                int span = w.from() <= w.to() ? w.to() - w.from() : w.to() + 53 - w.from();
                for (int k = 0; k <= span; k += w.interval()) weeks.add((w.from() - 1 + k) % 53 + 1);
            }
            b.byWeekNo(weeks);
            for (DayOfWeek d : r.days()) b.byDay(day(d));
        } else if (r.weekdays().isEmpty()) {
            b = new Recurrence.Builder(Frequency.DAILY);
        } else {
            b = new Recurrence.Builder(Frequency.WEEKLY);
            for (DayOfWeek d : r.days()) b.byDay(day(d));
        }
        if (!months.isEmpty()) b.byMonth(months);
        if (until != null) b.until(new ICalDate(Date.from(until.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()), true));
        return b.build();
    }

    private static biweekly.util.DayOfWeek day(DayOfWeek d) {
        return biweekly.util.DayOfWeek.values()[d.getValue() % 7];
    }

    /** The site's time zone as a VTIMEZONE, from the JDK's rules, so nothing is fetched. */
    public static VTimezone vtimezone(ZoneId zone) {
        VTimezone vt = new VTimezone(zone.getId());
        List<ZoneOffsetTransitionRule> rules = zone.getRules().getTransitionRules();
        if (rules.isEmpty()) {
            StandardTime st = new StandardTime();
            java.time.ZoneOffset offset = zone.getRules().getOffset(java.time.Instant.EPOCH);
            st.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
            st.setTimezoneOffsetFrom(offset(offset));
            st.setTimezoneOffsetTo(offset(offset));
            vt.addStandardTime(st);
            return vt;
        }
        for (ZoneOffsetTransitionRule rule : rules) {
            ZoneOffsetTransition t = rule.createTransition(1970);
            boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            Observance o = daylight ? new DaylightSavingsTime() : new StandardTime();
            java.time.LocalDateTime local = t.getDateTimeBefore();
            o.setDateStart(new DateTimeComponents(local.getYear(), local.getMonthValue(), local.getDayOfMonth(),
                    local.getHour(), local.getMinute(), local.getSecond(), false));
            o.setTimezoneOffsetFrom(offset(rule.getOffsetBefore()));
            o.setTimezoneOffsetTo(offset(rule.getOffsetAfter()));
            Recurrence.Builder b = new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue());
            int indicator = rule.getDayOfMonthIndicator();
            if (rule.getDayOfWeek() == null) {
                b.byMonthDay(indicator);
            } else if (indicator < 0 || indicator == rule.getMonth().maxLength() - 6) {
                b.byDay(-1, day(rule.getDayOfWeek())); // "last Sunday" (the JDK writes "Sunday on or after the 25th")
            } else {
                b.byDay(day(rule.getDayOfWeek()));
                List<Integer> days = new ArrayList<>();
                for (int k = indicator; k < indicator + 7; k++) days.add(k);
                b.byMonthDay(days);
            }
            o.setRecurrenceRule(b.build());
            if (daylight) vt.addDaylightSavingsTime((DaylightSavingsTime) o);
            else vt.addStandardTime((StandardTime) o);
        }
        return vt;
    }

    private static UtcOffset offset(java.time.ZoneOffset o) {
        return new UtcOffset(o.getTotalSeconds() * 1000L);
    }
}
