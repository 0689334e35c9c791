package de.quartier.assemble;

import de.quartier.source.YamlScalar;
import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.ContactPoint;
import de.quartier.model.HoursRule;
import de.quartier.model.HoursState;
import de.quartier.model.Offering;
import de.quartier.model.OpeningHours;
import de.quartier.model.Place;
import de.quartier.model.PublicHolidays;
import de.quartier.model.Ref;
import de.quartier.model.Slug;
import de.quartier.model.HoursRuleSpans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A regular offering held at a contact point that its schedule still holds on days the contact
 * point is closed by date ({@code Dec 24-Dec 31 off} in its opening_hours): its page, the plans
 * and its calendar would send residents to a closed door. Only the editor knows whether it pauses
 * (one held in the yard may not), so this is a warning, with the schedule that pauses as the hint.
 * Closures by weekday or holiday ({@code Sa off}, {@code PH off}) are the office's hours, not the
 * building's: a youth club meets on Friday evenings while the office is closed.
 */
final class PlaceClosures {
    /** A year ahead from the build date: a closure over Christmas is found whenever the site is built. */
    static final int DAYS_AHEAD = 366;

    private final Diagnostics diagnostics;
    private final PublicHolidays holidays;
    private final LocalDate today;
    /** Per contact point: the days it is closed by date, and the rules that close them. */
    private final Map<Slug, Closed> byPlace = new HashMap<>();

    private record Closed(Set<LocalDate> days, Map<LocalDate, Integer> rule) {
        static final Closed NONE = new Closed(Set.of(), Map.of());
    }

    PlaceClosures(Diagnostics diagnostics, PublicHolidays holidays, LocalDate today) {
        this.diagnostics = diagnostics;
        this.holidays = holidays;
        this.today = today;
    }

    void check(Offering o, ContactPoint cp) {
        if (o.isDated() || o.schedule() == null || !(o.place() instanceof Place.AtContactPoint at)) return;
        Closed closed = byPlace.computeIfAbsent(cp.slug(), k -> closedDays(cp.openingHours()));
        if (closed.days().isEmpty()) return;
        OpeningHours.Days schedule = o.schedule().days(holidays);
        List<LocalDate> held = new ArrayList<>();
        Set<Integer> rules = new LinkedHashSet<>();
        for (LocalDate d : closed.days()) {
            if (!o.active().covers(d) || schedule.on(d).state() != HoursState.OPEN) continue;
            held.add(d);
            rules.add(closed.rule().get(d));
        }
        if (held.isEmpty()) return;
        String texts = ruleTexts(cp.openingHours(), rules);
        Ref place = at.contactPoint();
        String days = held.stream().limit(3).map(d -> d.format(Diagnostics.DATE)).collect(Collectors.joining(", "))
                + (held.size() == 4 ? " and 1 more day" : held.size() > 4 ? " and " + (held.size() - 3) + " more days" : "");
        diagnostics.warning(Code.PLACE_CLOSED, place.at(),
                "the contact point `" + cp.slug() + "` is closed on " + days + (texts == null ? "" : " (`" + texts + "` in its opening_hours)")
                        + ", but this offering's schedule holds on " + (held.size() == 1 ? "that day" : "those days"),
                texts == null ? "if the offering pauses while its place is closed, add those days to its schedule with `off`"
                        : "if the offering pauses while its place is closed, say so: schedule: " + YamlScalar.of(o.schedule().expression() + "; " + texts));
    }

    /** The days of the coming year on which a rule of dates or weeks closes the place, in date order. */
    private Closed closedDays(OpeningHours hours) {
        if (hours == null) return Closed.NONE;
        List<HoursRule> rules = hours.rules();
        List<Integer> closing = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            HoursRule r = rules.get(i);
            if (r.state() == HoursState.CLOSED && (!r.dates().isEmpty() || !r.weeks().isEmpty())) closing.add(i);
        }
        if (closing.isEmpty()) return Closed.NONE;
        OpeningHours.Days days = hours.days(holidays);
        Set<LocalDate> out = new LinkedHashSet<>();
        Map<LocalDate, Integer> by = new HashMap<>();
        for (LocalDate d = today; d.isBefore(today.plusDays(DAYS_AHEAD)); d = d.plusDays(1)) {
            for (int i : closing) {
                // still closed after every rule: a later one may open a day within the closure
                if (rules.get(i).matches(d, holidays) && days.on(d).state() == HoursState.CLOSED) {
                    out.add(d);
                    by.putIfAbsent(d, i);
                    break;
                }
            }
        }
        return out.isEmpty() ? Closed.NONE : new Closed(out, by);
    }

    /** The rules as the editor wrote them, in the order written, joined by "; "; null where a rule's text cannot be told apart. */
    private static String ruleTexts(OpeningHours hours, Set<Integer> rules) {
        List<HoursRuleSpans.Span> spans = HoursRuleSpans.of(hours);
        List<String> out = new ArrayList<>();
        for (int i : rules.stream().sorted().toList()) {
            if (spans == null || i >= spans.size() || !spans.get(i).alone()) return null;
            HoursRuleSpans.Span s = spans.get(i);
            out.add(hours.expression().substring(s.start(), s.end()));
        }
        return String.join("; ", out);
    }
}
