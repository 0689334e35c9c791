package de.quartier.render.page;

import de.quartier.model.ActivePeriod;
import de.quartier.model.EventDate;
import de.quartier.model.HoursRule;
import de.quartier.model.Offering;
import de.quartier.model.OpeningHours;
import de.quartier.model.Status;
import de.quartier.model.TimeRange;
import de.quartier.render.Wording;
import de.quartier.render.HoursText;
import de.quartier.render.SiteView;
import de.quartier.render.Views;
import de.quartier.render.Views.Section;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What happens on which weekday at an office or in a quarter: regular offerings by their ordinary
 * week, nth-weekday and seasonal rules with their note, and the dated offerings of the next four
 * weeks with their date. A time of a regular offering's week is on the plan when it takes place on
 * one of those days at least, with "ab …" or "bis …" when the offering starts or ends within them
 * and the days it misses ("nicht am 25. Dezember 2026").
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

    private Views.PlanItem item(Item i, boolean withPlace) {
        String place = "", street = "", placeLang = "";
        if (withPlace) {
            java.util.Optional<de.quartier.model.Venue> venue = view.site().placeOf(i.offering());
            if (venue.isPresent()) {
                place = venue.get().name();
                street = venue.get().address().street();
                // an office's name as its record gives it (translated or not); a venue's as the editor wrote it
                placeLang = i.offering().place() instanceof de.quartier.model.Place.AtContactPoint at
                        ? view.marks().of(view.site().contactPoint(at.contactPoint())).title() : view.marks().original();
            } else if (i.offering().place() instanceof de.quartier.model.Place.Mobile) {
                // mobile youth work and the like: without a word the plan's line looked as if its place were missing
                place = view.t("plan.mobile");
            }
        }
        return new Views.PlanItem(i.time(), i.offering().title(), view.urls().href(i.offering()), place, i.note(), street,
                view.marks().of(i.offering()).title(), placeLang);
    }

    /**
     * The plan of these offerings, or null when nothing happens on any day.
     *
     * @param withPlace whether each names where it happens (a quarter's plan; an office's is that place)
     */
    Section of(String heading, List<Offering> offerings, boolean withPlace) {
        List<Item> items = new ArrayList<>();
        LocalDate today = view.site().today();
        LocalDate end = today.plusDays(PLAN_DAYS); // the first day after the plan
        for (Offering o : offerings) {
            items.addAll(regular.computeIfAbsent(o.slug(), k -> regularItems(o, today, end)));
            for (EventDate d : o.dates()) {
                LocalDate day = d.start().toLocalDate();
                if (day.isBefore(today) || !day.isBefore(today.plusDays(PLAN_DAYS))) continue;
                TimeRange range = d.onStartDay();
                String time = view.wording().clock(d.endsOnStartDay() ? view.hoursText().range(range) : HoursText.hhmm(range.start()));
                items.add(new Item(day.getDayOfWeek(), range.start(), time, o, view.t("plan.on").replace("{date}", view.wording().date(day))));
            }
        }
        List<Views.PlanDay> plan = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Views.PlanItem> day = items.stream().filter(i -> i.day() == d)
                    .sorted(Comparator.comparingInt(Item::start).thenComparing(i -> i.offering().slug()).thenComparing(Item::note))
                    .map(i -> item(i, withPlace)).toList();
            if (!day.isEmpty()) plan.add(new Views.PlanDay(view.wording().dayName(d), day));
        }
        if (plan.isEmpty()) return null;
        return new Section(heading, "wochenplan", List.of(), List.of(), List.of(), List.of(), plan, List.of(), null,
                view.t("plan.caption").replace("{date}", view.wording().date(today)));
    }

    /** An offering's regular times on the plan: the same on its office's, its quarter's page and the print sheet, so worked out once. */
    private final Map<de.quartier.model.Slug, List<Item>> regular = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Item> regularItems(Offering o, LocalDate today, LocalDate end) {
        ActivePeriod active = o.active();
        // a regular offering that starts after these four weeks (or has ended) is not on the plan;
        // one that starts or ends within them says when
        boolean runs = (active.until() == null || !active.until().isBefore(today)) && (active.from() == null || active.from().isBefore(end));
        if (o.schedule() == null || !runs) return List.of();
        List<Item> items = new ArrayList<>();
        String period = period(active, today, end);
        // by identity: each rule of the schedule once, without the records' hashCode
        Map<HoursRule, String> notes = new java.util.IdentityHashMap<>();
        OpeningHours.Days days = o.schedule().days(view.holidays());
        for (OpeningHours.WeeklyTime w : o.schedule().weeklyTimes()) {
            Occurrences when = occurrences(o, days, w, today, end);
            if (when.held() == 0 && when.unfixed().isEmpty()) continue; // not on any day of these weeks: a season to come, a month closed, a 5th Monday
            String rule = w.rule() == null ? "" : notes.computeIfAbsent(w.rule(), r -> view.hoursText().weeksMeant(r));
            // "jeden 1. Freitag im Monat · ab 4. Dezember 2026 · nicht am 1. Januar 2027"
            List<String> parts = new ArrayList<>(List.of(rule, period, except(when.missed())));
            parts.addAll(unfixed(when.unfixed()));
            String note = String.join(" · ", parts.stream().filter(x -> !x.isEmpty()).toList());
            items.add(new Item(w.day(), w.range().start(), view.wording().clock(view.hoursText().range(w.range())), o, note));
        }
        return items;
    }

    /**
     * How often a time of an offering's week takes place within the plan's weeks (and its own period), the days it
     * misses, and the days without fixed times by what the schedule says of them ("nach Absprache").
     */
    private record Occurrences(int held, List<LocalDate> missed, Map<String, List<LocalDate>> unfixed) {
    }

    /**
     * The days meant are those of its weekday (for a rule such as Fr[1] or Oct-Mar Fr, those the
     * rule selects); one is missed when the schedule says otherwise on it: a holiday (PH off), a
     * closed date (Dec 24-Dec 31 off). A day whose hours are not fixed (PH "nach Absprache") is neither held nor
     * missed: the plan says so, as the offering's calendar leaves it out.
     */
    private Occurrences occurrences(Offering o, OpeningHours.Days days, OpeningHours.WeeklyTime w, LocalDate today, LocalDate end) {
        int held = 0;
        List<LocalDate> missed = new ArrayList<>();
        Map<String, List<LocalDate>> unfixed = new java.util.LinkedHashMap<>();
        for (LocalDate d = today.with(TemporalAdjusters.nextOrSame(w.day())); d.isBefore(end); d = d.plusWeeks(1)) {
            if (o.active().statusOn(d) != Status.CURRENT) continue; // before or after its period: said by "ab", "bis"
            if (w.rule() != null && !w.rule().matches(d, view.holidays())) continue;
            de.quartier.model.DayHours hours = days.on(d);
            if (hours.holds(w.range())) held++;
            else if (hours.state() == de.quartier.model.HoursState.UNKNOWN)
                unfixed.computeIfAbsent(hours.comment() == null ? view.t("hours.unknownTimes") : hours.comment(), k -> new ArrayList<>()).add(d);
            else missed.add(d);
        }
        return new Occurrences(held, missed, unfixed);
    }

    /** "25. Dezember 2026: nach Absprache" for each wording of the days without fixed times. */
    private List<String> unfixed(Map<String, List<LocalDate>> unfixed) {
        List<String> out = new ArrayList<>();
        unfixed.forEach((what, days) -> out.add(view.t("plan.unfixed").replace("{what}", what)
                .replace("{dates}", String.join(view.wording().comma(), days.stream().map(view.wording()::date).toList()))));
        return out;
    }

    /** "nicht am 25. Dezember 2026, 1. Januar 2027", or "" when nothing is missed. */
    private String except(List<LocalDate> missed) {
        if (missed.isEmpty()) return "";
        return view.t("plan.except").replace("{dates}", String.join(view.wording().comma(), missed.stream().map(view.wording()::date).toList()));
    }

    /** "ab 2. Februar 2027", "bis März 2027": a start or an end within the plan's weeks, else "". */
    private String period(ActivePeriod active, LocalDate today, LocalDate end) {
        List<String> parts = new ArrayList<>();
        if (active.from() != null && active.from().isAfter(today))
            parts.add(view.t("plan.from").replace("{date}", active.fromMonth() ? view.wording().month(active.from()) : view.wording().date(active.from())));
        if (active.until() != null && active.until().isBefore(end.minusDays(1)))
            parts.add(view.t("plan.until").replace("{date}", active.untilMonth() ? view.wording().month(active.until()) : view.wording().date(active.until())));
        return String.join(view.wording().comma(), parts);
    }
}
