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

    /** True if the range runs past midnight into the next day. */
    public boolean overnight() {
        return end > DAY;
    }
}
