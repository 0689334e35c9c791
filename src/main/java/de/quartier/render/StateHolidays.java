package de.quartier.render;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.quartier.model.PublicHolidays;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.HashSet;
import java.util.Set;

/**
 * The public holidays of a German state (e.g. {@code DE-NW}) from Jollyday, for the years a build
 * shows: from the year before the build date to a few years after. Loading Jollyday's data takes a
 * few hundred milliseconds, so the pipeline starts it early on another thread.
 */
public final class StateHolidays implements PublicHolidays {
    /** How far calendars and "open now" data reach past the build date's year. */
    public static final int YEARS_AHEAD = 3;

    private final Set<LocalDate> days;

    private StateHolidays(Set<LocalDate> days) {
        this.days = days;
    }

    /** Loads Germany's holiday definitions; the slow part, independent of the site. */
    public static HolidayManager germany() {
        return HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
    }

    /** @param region ISO 3166-2 code of a German state, e.g. "DE-NW" */
    public static StateHolidays of(HolidayManager germany, String region, LocalDate today) {
        String state = region.substring(region.indexOf('-') + 1).toLowerCase(Locale.ROOT);
        Set<LocalDate> days = new HashSet<>();
        for (int y = today.getYear() - 1; y <= today.getYear() + YEARS_AHEAD; y++)
            for (Holiday h : germany.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY, state))
                days.add(h.getDate());
        return new StateHolidays(days);
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return days.contains(date);
    }
}
