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

    /**
     * Whether a time of the week is held on this day: open, and one of the day's ranges includes it
     * (neighbouring times are joined: 16–17 and 17–18 make 16–18). A day without fixed times holds none.
     */
    public boolean holds(TimeRange time) {
        if (state != HoursState.OPEN) return false;
        // an indexed loop, not a stream or an iterator (an object each under C1): the calendars ask
        // for every day a rule recurs on, years ahead
        for (int i = 0; i < ranges.size(); i++) {
            TimeRange r = ranges.get(i);
            if (r.start() <= time.start() && r.end() >= time.end()) return true;
        }
        return false;
    }

    // by hand, as TimeRange's: days are grouped by their hours in hash maps
    @Override
    public int hashCode() {
        return (31 * state.ordinal() + ranges.hashCode()) * 31 + Objects.hashCode(comment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DayHours d && state == d.state && ranges.equals(d.ranges) && Objects.equals(comment, d.comment);
    }
}
