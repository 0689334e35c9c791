package de.quartier.render.search;

import de.quartier.model.EventDate;
import de.quartier.model.OpeningHours;
import de.quartier.model.Offering;
import de.quartier.render.Wording;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The weekdays an offering takes place on, as words for the search index: a resident searches
 * "Samstag", while its card says "Sa 10:00–13:00 Uhr" or a date.
 */
final class OfferingDays {
    private OfferingDays() {
    }

    /** "Montag Mittwoch": the days of its weekly times and of its dates from today on, in the week's order. */
    static String words(Offering o, Wording wording, LocalDate today) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (o.schedule() != null)
            for (OpeningHours.WeeklyTime w : o.schedule().weeklyTimes()) days.add(w.day());
        for (EventDate e : o.dates())
            if (!e.over().toLocalDate().isBefore(today)) days.add(e.start().getDayOfWeek());
        return days.stream().map(wording::dayName).collect(Collectors.joining(" "));
    }
}
