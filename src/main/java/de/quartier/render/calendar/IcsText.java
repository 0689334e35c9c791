package de.quartier.render.calendar;

import de.quartier.render.ContentLines;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar content lines (RFC 5545 §3.1): {@code NAME;PARAM=x:value}, CRLF-terminated and
 * folded so that no line is longer than 75 octets (a fold never splits a UTF-8 character), text
 * values escaped (§3.3.11). Quartier's calendars use a handful of properties; writing them here
 * instead of through a general library keeps the lines within the octet limit and costs a large
 * build a fraction of the time.
 */
final class IcsText {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final StringBuilder out;

    IcsText(StringBuilder out) {
        this.out = out;
    }

    /** A content line whose value is written as given (URIs, dates, recurrence rules). */
    IcsText line(String name, String value) {
        ContentLines.fold(name + ":" + value, out);
        return this;
    }

    /** A content line with a TEXT value: backslash, semicolon, comma and line breaks escaped. */
    IcsText text(String name, String value) {
        return line(name, de.quartier.render.ContentLines.escapeText(value));
    }

    /** A local date-time in the named time zone: {@code DTSTART;TZID=Europe/Berlin:20261125T150000}. */
    IcsText local(String name, String zone, LocalDateTime t) {
        return line(name + ";TZID=" + zone, LOCAL.format(t));
    }

    static String local(LocalDateTime t) {
        return LOCAL.format(t);
    }

}
