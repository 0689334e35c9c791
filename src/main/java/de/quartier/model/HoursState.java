package de.quartier.model;

/** What an opening-hours rule says about the times it selects. */
public enum HoursState {
    OPEN, CLOSED,
    /** "unknown" or only a comment such as "nach Vereinbarung": no fixed times. */
    UNKNOWN
}
