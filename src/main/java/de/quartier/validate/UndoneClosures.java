package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.HoursRule;
import de.quartier.model.HoursState;
import de.quartier.model.OpeningHours;
import de.quartier.model.PublicHolidays;
import de.quartier.source.Node;

import java.time.LocalDate;
import java.util.List;

/**
 * Warns of a closure that a later weekday rule opens again: in {@code Su,PH off; Mo-Sa 10:00-18:00}
 * the later rule holds on every Monday to Saturday, public holidays among them, so the office is
 * open on Easter Monday although the editor (and the page's "an Feiertagen geschlossen") meant it
 * closed. OpenStreetMap writes the closure last. A later rule for dates of its own
 * ({@code Jan off; Jan 13 10:00-12:00}) is taken as the exception it looks like, and a closure
 * that a later rule replaces whole is left to {@link ReplacedHoursRules}.
 */
final class UndoneClosures {
    private UndoneClosures() {
    }

    /** Years enough for every date range to fall on every weekday and nth of the month. */
    private static final LocalDate SCAN_FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate SCAN_TO = LocalDate.of(2031, 12, 31);

    static void warn(OpeningHours hours, Node.Scalar value, int lead, String key, Diagnostics diagnostics) {
        List<HoursRule> rules = hours.rules();
        List<ReplacedHoursRules.Span> spans = null;
        for (int i = 0; i < rules.size(); i++) {
            HoursRule closure = rules.get(i);
            if (!wholeDayClosure(closure) || hours.replacedBy(i) >= 0) continue;
            for (int j = i + 1; j < rules.size(); j++) {
                HoursRule later = rules.get(j);
                if (!opensWeekdays(later) || !overlap(closure, later)) continue;
                if (spans == null) spans = ReplacedHoursRules.ruleSpans(hours);
                if (spans == null) return; // the rules cannot be told apart in the text: no place to point at
                String text = hours.expression();
                ReplacedHoursRules.Span at = spans.get(i);
                String closing = text.substring(at.start(), at.end());
                String opening = text.substring(spans.get(j).start(), spans.get(j).end());
                String days = closure.holidays() ? "public holidays" : "days";
                diagnostics.warning(Code.HOURS_RULE_REPLACED, value.charAt(lead + at.start(), Math.max(1, at.end() - at.start())),
                        "`" + key + "`: the later rule `" + opening + "` opens again on the " + days + " that `" + closing
                                + "` closes, where they fall on its weekdays (a later rule replaces an earlier one for its days)",
                        hint(hours, i, spans, closing));
                break; // one warning per closure
            }
        }
    }

    /** "PH off", "Jan off", "Dec 24-Jan 06 off": closed all day on holidays or dates, not on weekdays alone. */
    private static boolean wholeDayClosure(HoursRule r) {
        return r.state() == HoursState.CLOSED && r.times().isEmpty() && (r.holidays() || !r.dates().isEmpty());
    }

    /** A rule for weekdays (every week or the nth of the month), with no dates, weeks or holidays of its own. */
    private static boolean opensWeekdays(HoursRule r) {
        return r.state() != HoursState.CLOSED && r.dates().isEmpty() && r.weeks().isEmpty() && !r.holidays();
    }

    private static boolean overlap(HoursRule closure, HoursRule later) {
        // public holidays fall on every weekday over the years, and in the first and last week of a month
        if (closure.holidays()) return true;
        for (LocalDate d = SCAN_FROM; !d.isAfter(SCAN_TO); d = d.plusDays(1))
            if (closure.matches(d, PublicHolidays.NONE) && later.matches(d, PublicHolidays.NONE)) return true;
        return false;
    }

    /** The closure moved to the end, where it can be told apart as a rule of its own. */
    private static String hint(OpeningHours hours, int i, List<ReplacedHoursRules.Span> spans, String closing) {
        String text = hours.expression();
        boolean ownPart = spans.get(i).alone() && !hours.rules().get(i).additive() && (i + 1 >= hours.rules().size() || !hours.rules().get(i + 1).additive());
        int next = text.indexOf(';', spans.get(i).end());
        if (!ownPart || next < 0 || !text.substring(spans.get(i).end(), next).isBlank())
            return "to keep those days closed, put `" + closing + "` after the rules it should close";
        int rest = next + 1;
        while (rest < text.length() && text.charAt(rest) == ' ') rest++;
        return "to keep those days closed, write the closure last: `" + text.substring(0, spans.get(i).start()) + text.substring(rest).strip()
                + "; " + closing + "`";
    }
}
