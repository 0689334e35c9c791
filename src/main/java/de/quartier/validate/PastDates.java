package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.EventDate;
import de.quartier.source.Fields;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An event being written whose dates have all passed: most likely a year typed wrong ("2025" for
 * "2026"). Residents would find it in no list or calendar, only at its address as over. Said of
 * files not yet committed only: a site keeps past events on purpose (its history, a report), and a
 * warning on every build would be noise.
 */
final class PastDates {
    private PastDates() {
    }

    static void warn(List<EventDate> dates, Fields f, ValidationContext context, Diagnostics diagnostics) {
        if (dates.isEmpty() || context.today() == null) return;
        LocalDate last = dates.stream().map(d -> (d.end() != null ? d.end() : d.start()).toLocalDate()).max(Comparator.naturalOrder()).orElseThrow();
        // git is asked last, and only for such a record
        if (!last.isBefore(context.today()) || !context.uncommitted().test(f.mapping().at().path())) return;
        // a year too early lies months back, and a year later would still be to come
        boolean yearTooEarly = last.isBefore(context.today().minusMonths(2)) && !last.plusYears(1).isBefore(context.today());
        String hint = yearTooEarly
                ? "check the year (" + (last.getYear() + 1) + ", not " + last.getYear() + "?); if it is written up as a past event, nothing is wrong"
                : "if it is written up as a past event, nothing is wrong; else check the dates";
        diagnostics.warning(Code.DATES_PAST, f.keyAt("dates"), (dates.size() == 1 ? "the date" : "every date") + " in `dates` has passed (the last: "
                + last.format(Diagnostics.DATE) + "): the new offering will show only as over, in no list or calendar", hint);
    }
}
