package de.quartier.render;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.quartier.model.PublicHolidays;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public holidays of a German state (e.g. {@code DE-NW}) for the years a build shows: from the
 * year before the build date to a few years after. Jollyday knows them; loading its data costs
 * about 0.4 s of a build, more than a small site takes to render, so its answers for the years
 * {@link #FIRST_YEAR} to {@link #LAST_YEAR} ship as a table ({@code public-holidays-de.txt},
 * checked against Jollyday by a test that also rewrites it). Other years ask Jollyday itself.
 */
public final class StateHolidays implements PublicHolidays {
    /** How far calendars and "open now" data reach past the build date's year. */
    public static final int YEARS_AHEAD = 3;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2060;
    /** The German states by their ISO 3166-2 code without "DE-", as Jollyday names them (lower case). */
    public static final List<String> STATES = List.of("bb", "be", "bw", "by", "hb", "he", "hh", "mv", "ni", "nw", "rp", "sh", "sl",
            "sn", "st", "th");
    static final String TABLE = "public-holidays-de.txt";

    private final Set<LocalDate> days;

    private StateHolidays(Set<LocalDate> days) {
        this.days = days;
    }

    /** Loads Germany's holiday definitions from Jollyday: the slow part. */
    public static HolidayManager germany() {
        return HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
    }

    /** @param region ISO 3166-2 code of a German state, e.g. "DE-NW" */
    public static StateHolidays of(String region, LocalDate today) {
        return KNOWN.computeIfAbsent(region + " " + today, k -> read(region, today));
    }

    /** A long-running preview asks again and again for the same state and day. */
    private static final java.util.Map<String, StateHolidays> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private static StateHolidays read(String region, LocalDate today) {
        String state = region.substring(region.indexOf('-') + 1).toLowerCase(Locale.ROOT);
        int from = today.getYear() - 1;
        int to = today.getYear() + YEARS_AHEAD;
        if (from >= FIRST_YEAR && to <= LAST_YEAR) return new StateHolidays(fromTable(state, from, to));
        Set<LocalDate> days = new HashSet<>();
        HolidayManager germany = germany();
        for (int y = from; y <= to; y++) days.addAll(ofYear(germany, state, y));
        return new StateHolidays(days);
    }

    /** One state's public holidays of one year, as Jollyday gives them. */
    public static Set<LocalDate> ofYear(HolidayManager germany, String state, int year) {
        Set<LocalDate> days = new TreeSet<>();
        for (Holiday h : germany.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, state)) days.add(h.getDate());
        return days;
    }

    /** Lines "nw 2026 0101 0403 …": a state, a year, and each holiday's month and day. */
    private static Set<LocalDate> fromTable(String state, int from, int to) {
        Set<LocalDate> days = new HashSet<>();
        try (InputStream in = StateHolidays.class.getResourceAsStream(TABLE)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + TABLE);
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith(state + " ")) continue;
                String[] parts = line.strip().split(" ");
                int year = Integer.parseInt(parts[1]);
                if (year < from || year > to) continue;
                for (int i = 2; i < parts.length; i++)
                    days.add(LocalDate.of(year, Integer.parseInt(parts[i].substring(0, 2)), Integer.parseInt(parts[i].substring(2))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return days.contains(date);
    }
}
