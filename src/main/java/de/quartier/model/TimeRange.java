package de.quartier.model;

/**
 * A span of one day in minutes since its midnight: start inclusive, end exclusive. An end past
 * 24:00 (up to 48:00) runs into the next day, as opening_hours writes it: {@code Fr 22:00-26:00}.
 */
public record TimeRange(int start, int end) {
    public static final int DAY = 24 * 60;
    public static final TimeRange ALL_DAY = new TimeRange(0, DAY);

    public TimeRange {
        if (start < 0 || start >= DAY || end <= start || end > 2 * DAY)
            throw new IllegalArgumentException("time range " + start + "-" + end);
    }

    /** The local date and time {@code minutes} after the day's midnight (past 24:00: on the next day). */
    public static java.time.LocalDateTime at(java.time.LocalDate day, int minutes) {
        return java.time.LocalDateTime.of(day.plusDays(minutes / DAY), java.time.LocalTime.of(minutes % DAY / 60, minutes % 60));
    }

    // by hand: days are grouped by their hours in hash maps on every page and calendar, and a record's
    // generated equals and hashCode run through method handles, slow while the build is cold
    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeRange r && start == r.start && end == r.end;
    }
}
