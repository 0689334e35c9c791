package de.quartier.render.page;

import de.quartier.model.EventDate;
import de.quartier.model.HoursRule;
import de.quartier.model.Offering;
import de.quartier.model.OpeningHours;
import de.quartier.model.TimeRange;
import de.quartier.render.Wording;
import de.quartier.render.HoursText;
import de.quartier.render.SiteView;
import de.quartier.render.Views;
import de.quartier.render.Views.Section;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What happens on which weekday at an office or in a quarter: regular offerings by their ordinary
 * week, nth-weekday and seasonal rules with their note, and the dated offerings of the next four
 * weeks with their date.
 */
final class WeeklyPlan {
    /** How many days of dated offerings a weekly plan shows, from the build date. */
    private static final int PLAN_DAYS = 28;

    private record Item(DayOfWeek day, int start, String time, Offering offering, String note) {
    }

    private final SiteView view;

    WeeklyPlan(SiteView view) {
        this.view = view;
    }

    /** The plan of these offerings, or null when nothing happens on any day. */
    Section of(String heading, List<Offering> offerings) {
        List<Item> items = new ArrayList<>();
        LocalDate today = view.site().today();
        for (Offering o : offerings) {
            if (o.schedule() != null) {
                Map<HoursRule, String> notes = new HashMap<>();
                for (OpeningHours.WeeklyTime w : o.schedule().weeklyTimes())
                    items.add(new Item(w.day(), w.range().start(), view.wording().clock(HoursText.range(w.range())), o,
                            w.rule() == null ? "" : notes.computeIfAbsent(w.rule(), r -> view.hoursText().rule(r, true))));
            }
            for (EventDate d : o.dates()) {
                LocalDate day = d.start().toLocalDate();
                if (day.isBefore(today) || !day.isBefore(today.plusDays(PLAN_DAYS))) continue;
                TimeRange range = d.onStartDay();
                String time = view.wording().clock(d.endsOnStartDay() ? HoursText.range(range) : HoursText.hhmm(range.start()));
                items.add(new Item(day.getDayOfWeek(), range.start(), time, o, view.t("plan.on").replace("{date}", view.wording().date(day))));
            }
        }
        List<Views.PlanDay> plan = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Views.PlanItem> day = items.stream().filter(i -> i.day() == d)
                    .sorted(Comparator.comparingInt(Item::start).thenComparing(i -> i.offering().slug()).thenComparing(Item::note))
                    .map(i -> new Views.PlanItem(i.time(), i.offering().title(), view.urls().href(i.offering()), i.note())).toList();
            if (!day.isEmpty()) plan.add(new Views.PlanDay(view.wording().dayName(d), day));
        }
        if (plan.isEmpty()) return null;
        return new Section(heading, "wochenplan", List.of(), List.of(), List.of(), List.of(), plan, List.of(), null,
                view.t("plan.caption").replace("{date}", view.wording().date(today)));
    }
}
