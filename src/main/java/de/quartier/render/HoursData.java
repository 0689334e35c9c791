package de.quartier.render;

import de.quartier.model.DayHours;
import de.quartier.model.HoursState;
import de.quartier.model.OpeningHours;
import de.quartier.model.PublicHolidays;
import de.quartier.model.TimeRange;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The data the "Jetzt geöffnet" script reads: the ordinary week (minutes since midnight, Monday
 * first) and every date of the coming year whose hours differ from it (holidays, seasons, nth
 * weekdays), all in the site's time zone. The build date is not "now": the reader's browser decides
 * which day it is, and the script says nothing for dates past {@code to}.
 *
 * <p>What is the same for every office (the zone, the span of dates, the public holidays) is written
 * once, in front of assets/hours.js ({@link #daysScript}); an office closed on every public holiday
 * says so with {@code "h":1} instead of listing those dates. That halves the data a card carries,
 * and a listing carries it for every office.
 */
public final class HoursData {
    /** How far ahead the dates reach; a site rebuilt at least yearly never runs out. */
    static final int DAYS = 400;

    private HoursData() {
    }

    /**
     * The script's words ("Jetzt geöffnet bis {time} Uhr" …) from the theme's {@code hours.now.*}
     * strings, put in front of assets/hours.js: the same on every page, so no page carries them.
     */
    static String wordsScript(Map<String, String> strings) {
        return "window.quartierHoursWords = " + Json.compact(g -> {
            g.writeStartObject();
            for (String key : java.util.List.of("open", "openUntil", "opens", "closed", "unknown", "always", "today", "tomorrow", "days", "dated"))
                g.writeStringField(key, strings.getOrDefault("hours.now." + key, ""));
            g.writeEndObject();
        }) + ";\n";
    }

    /** The dates the data covers, from the build date on, and the public holidays among them: the same for every office. */
    public record Span(LocalDate from, LocalDate to, java.util.Set<LocalDate> holidays) {
        public static Span of(PublicHolidays holidays, LocalDate from) {
            LocalDate to = from.plusDays(DAYS - 1L);
            // in the order of the dates, and asked for each date of every office: not a TreeSet
            java.util.Set<LocalDate> among = new java.util.LinkedHashSet<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) if (holidays.isHoliday(d)) among.add(d);
            return new Span(from, to, java.util.Collections.unmodifiableSet(among));
        }
    }

    /** What every office's data shares, put in front of assets/hours.js: the zone, the span and its public holidays. */
    static String daysScript(Span span, ZoneId zone) {
        return "window.quartierHoursDays = " + Json.compact(g -> {
            g.writeStartObject();
            g.writeStringField("zone", zone.getId());
            g.writeStringField("from", span.from().toString());
            g.writeStringField("to", span.to().toString());
            g.writeArrayFieldStart("holidays");
            for (LocalDate d : span.holidays()) g.writeString(d.toString());
            g.writeEndArray();
            g.writeEndObject();
        }) + ";\n";
    }

    public static String of(OpeningHours hours, PublicHolidays holidays, Span span) {
        Map<DayOfWeek, DayHours> week = hours.ordinaryWeek();
        LocalDate from = span.from();
        LocalDate to = span.to();
        OpeningHours.Days days = hours.days(holidays);
        boolean skipHolidays = span.holidays().stream().allMatch(d -> days.on(d).state() == HoursState.CLOSED);
        return Json.forHtml(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("week");
            for (DayOfWeek d : DayOfWeek.values()) day(g, week.get(d));
            g.writeEndArray();
            if (skipHolidays) g.writeNumberField("h", 1);
            g.writeObjectFieldStart("except");
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (skipHolidays && span.holidays().contains(d)) continue;
                DayHours h = days.on(d);
                if (!h.equals(week.get(d.getDayOfWeek()))) {
                    g.writeFieldName(d.toString());
                    day(g, h);
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** A day as [[start, end], …]; null when its times are unknown. */
    static void day(JsonGenerator g, DayHours h) throws IOException {
        if (h.state() == HoursState.UNKNOWN) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (TimeRange r : h.ranges()) {
            g.writeStartArray();
            g.writeNumber(r.start());
            g.writeNumber(r.end());
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}
