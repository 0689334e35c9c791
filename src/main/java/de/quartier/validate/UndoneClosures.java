package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.HoursRuleSpans;
import de.quartier.model.HoursRule;
import de.quartier.model.HoursState;
import de.quartier.model.OpeningHours;
import de.quartier.model.PublicHolidays;
import de.quartier.source.Node;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns of a closure that a later rule undoes on some of its days: in {@code Su,PH off; Mo-Sa
 * 10:00-18:00} the later rule holds on every Monday to Saturday, public holidays among them, so the
 * office is open on Easter Monday although the editor (and the page's "an Feiertagen geschlossen")
 * meant it closed. OpenStreetMap writes the closure after the rules it closes. A later rule all of
 * whose days the closure closes ({@code Jan off; Jan 13 10:00-12:00}, {@code Su,PH off; Su[1] …}) is
 * the exception it looks like, and a closure that a later rule replaces whole is left to
 * {@link ReplacedHoursRules}.
 */
final class UndoneClosures {
    private UndoneClosures() {
    }

    /** 28 years: every day of the year falls on every weekday (and 29 February comes round). */
    private static final LocalDate SCAN_FROM = LocalDate.of(2001, 1, 1);
    private static final LocalDate SCAN_TO = LocalDate.of(2028, 12, 31);
    private static final PublicHolidays HOLIDAYS = NationwideHolidays.INSTANCE;

    private enum Relation { APART, INSIDE, CLASH }

    static void warn(OpeningHours hours, Node.Scalar value, int lead, String key, Diagnostics diagnostics) {
        List<HoursRule> rules = hours.rules();
        List<HoursRuleSpans.Span> spans = null; // worked out once, for the first closure that is undone
        for (int i = 0; i < rules.size(); i++) {
            HoursRule closure = rules.get(i);
            if (!wholeDayClosure(closure) || hours.replacedBy(i) >= 0) continue;
            List<Integer> clashing = new ArrayList<>();
            List<Integer> inside = new ArrayList<>();
            for (int j = i + 1; j < rules.size(); j++) {
                if (rules.get(j).state() == HoursState.CLOSED) continue;
                switch (relation(closure, rules.get(j))) {
                    case CLASH -> clashing.add(j);
                    case INSIDE -> inside.add(j);
                    case APART -> { }
                }
            }
            if (clashing.isEmpty()) continue;
            if (spans == null) spans = HoursRuleSpans.of(hours);
            if (spans == null) return; // the rules cannot be told apart in the text: no place to point at
            String text = hours.expression();
            HoursRuleSpans.Span at = spans.get(i);
            String closing = text.substring(at.start(), at.end());
            String later = text.substring(spans.get(clashing.get(0)).start(), spans.get(clashing.get(0)).end());
            diagnostics.warning(Code.HOURS_RULE_REPLACED, value.charAt(lead + at.start(), Math.max(1, at.end() - at.start())),
                    "`" + key + "`: the later rule `" + later + "` holds on " + (closure.holidays() ? "public holidays" : "days")
                            + " that `" + closing + "` closes, too, where they fall on its days (a later rule replaces an earlier one for its days)",
                    hint(hours, i, clashing, inside, spans, closing));
        }
    }

    /** "PH off", "Jan off", "Dec 24-Jan 06 off", "Su,PH off": closed all day on holidays or dates. */
    private static boolean wholeDayClosure(HoursRule r) {
        return r.state() == HoursState.CLOSED && r.times().isEmpty() && (r.holidays() || !r.dates().isEmpty());
    }

    /** Whether the later rule holds on none of the closure's days, only on them (an exception), or on some of them. */
    private static Relation relation(HoursRule closure, HoursRule later) {
        // a later rule that names the holidays itself (`PH off; Mo,PH 10:00-12:00`) opens them on purpose
        if (closure.holidays() && later.holidays()) return Relation.APART;
        boolean shared = false;
        boolean outside = false;
        for (LocalDate d = SCAN_FROM; !d.isAfter(SCAN_TO); d = d.plusDays(1)) {
            if (!later.matches(d, HOLIDAYS)) continue;
            if (closure.matches(d, HOLIDAYS)) shared = true;
            else outside = true;
            if (shared && outside) return Relation.CLASH;
        }
        return shared ? Relation.INSIDE : Relation.APART;
    }

    /**
     * The closure moved after the last rule that undoes it, where that changes nothing else: not
     * past an exception inside it, and not past a rule for one of its own weekdays.
     */
    private static String hint(OpeningHours hours, int i, List<Integer> clashing, List<Integer> inside,
                               List<HoursRuleSpans.Span> spans, String closing) {
        String general = "to keep those days closed, put `" + closing + "` after the rules it should close";
        List<HoursRule> rules = hours.rules();
        HoursRule closure = rules.get(i);
        int last = clashing.get(clashing.size() - 1);
        if (rules.get(i).additive() || i + 1 < rules.size() && rules.get(i + 1).additive()
                || last + 1 < rules.size() && rules.get(last + 1).additive() || !spans.get(i).alone()) return general;
        for (int k : inside) if (k < last) return general;
        for (int k : clashing)
            if (!closure.weekdays().isEmpty() && rules.get(k).days().stream().anyMatch(closure.days()::contains)) return general;
        String text = hours.expression();
        int next = text.indexOf(';', spans.get(i).end());
        if (next < 0 || !text.substring(spans.get(i).end(), next).isBlank()) return general;
        int rest = next + 1;
        while (rest < text.length() && text.charAt(rest) == ' ') rest++;
        int after = spans.get(last).end();
        String moved = text.substring(0, spans.get(i).start()) + text.substring(rest, after) + "; " + closing + text.substring(after);
        return "to keep those days closed, write the closure after them: `" + moved + "`";
    }

}
