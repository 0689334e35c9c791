package de.quartier.model;

import java.time.LocalDate;

/**
 * When a record runs. Either end may be open (null). Both days are inclusive; a month
 * written as {@code YYYY-MM} was widened when read (from: its first day, until: its last), and
 * {@code fromMonth}/{@code untilMonth} remember it, so pages say "seit März 2011", not a day
 * nobody wrote.
 */
public record ActivePeriod(LocalDate from, LocalDate until, boolean fromMonth, boolean untilMonth) {
    public static final ActivePeriod ALWAYS = new ActivePeriod(null, null);

    public ActivePeriod(LocalDate from, LocalDate until) {
        this(from, until, false, false);
    }

    public ActivePeriod {
        if (from != null && until != null && until.isBefore(from))
            throw new IllegalArgumentException("until " + until + " lies before from " + from);
    }

    public Status statusOn(LocalDate today) {
        if (until != null && until.isBefore(today)) return Status.ENDED;
        if (from != null && from.isAfter(today)) return Status.UPCOMING;
        return Status.CURRENT;
    }

    /** Whether the record runs on this day. */
    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
}
