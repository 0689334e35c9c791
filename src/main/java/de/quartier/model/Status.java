package de.quartier.model;

/** Where a record stands on the build date. */
public enum Status {
    /** Running now: on the map, in listings and calendars. */
    CURRENT,
    /** Over ("beendet"): reachable at its URL with a notice, gone from listings. */
    ENDED,
    /** Starts later ("eröffnet am …"). */
    UPCOMING
}
