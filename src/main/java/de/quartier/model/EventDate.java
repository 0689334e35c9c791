package de.quartier.model;

import java.time.ZonedDateTime;
import java.util.Objects;

/** One occurrence of a dated offering, in the site's time zone; {@code end} may be unknown (null). */
public record EventDate(ZonedDateTime start, ZonedDateTime end) {
    public EventDate {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) throw new IllegalArgumentException("end before start");
    }

    /** The moment after which the occurrence is over. */
    public ZonedDateTime over() {
        return end != null ? end : start;
    }
}
