package de.quartier.model;

import java.util.List;
import java.util.Objects;

/** The hours of one calendar day: open in {@code ranges}, closed, or unknown; with the rule's comment. */
public record DayHours(HoursState state, List<TimeRange> ranges, String comment) {
    public static final DayHours CLOSED = new DayHours(HoursState.CLOSED, List.of(), null);

    public DayHours {
        Objects.requireNonNull(state, "state");
        ranges = List.copyOf(ranges);
        if (state == HoursState.OPEN && ranges.isEmpty()) throw new IllegalArgumentException("open without times");
        if (state != HoursState.OPEN && !ranges.isEmpty()) throw new IllegalArgumentException(state + " with times");
    }
}
