package de.quartier.model;

import java.time.ZonedDateTime;
import java.util.Objects;

/** One occurrence of a dated offering, in the site's time zone; {@code end} may be unknown (null). */
public record EventDate(ZonedDateTime start, ZonedDateTime end) {
    public EventDate {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) throw new IllegalArgumentException("end before start");
    }

    /** Whether the end is known and on the start's day: then it can be said as "14:00–17:00". */
    public boolean endsOnStartDay() {
        return end != null && end.toLocalDate().equals(start.toLocalDate());
    }

    /**
     * The part of its first day the occurrence takes: to its end on that day, to midnight if it
     * runs on, one minute if its end is unknown.
     */
    public TimeRange onStartDay() {
        int from = start.getHour() * 60 + start.getMinute();
        if (end == null) return new TimeRange(from, from + 1);
        if (!endsOnStartDay()) return new TimeRange(from, TimeRange.DAY);
        return new TimeRange(from, Math.max(from + 1, end.getHour() * 60 + end.getMinute()));
    }

    /** Whether it was over before this day (an event that ends today is not past yet). */
    public boolean isPastOn(java.time.LocalDate day) {
        return over().toLocalDate().isBefore(day);
    }

    /** The moment after which the occurrence is over. */
    public ZonedDateTime over() {
        return end != null ? end : start;
    }
}
