package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.HoursRuleSpans;
import de.quartier.model.HoursRule;
import de.quartier.model.HoursState;
import de.quartier.model.OpeningHours;
import de.quartier.source.Node;

import java.util.List;

/**
 * Warns of a rule that names days without times where other rules give times: `Tu 15:00-17:00; We`
 * reads as open all Wednesday, 00:00 to 24:00, which residents would be shown. Mostly the times
 * were forgotten. A rule that says nothing else on purpose has a comment (`We "nach Vereinbarung"`)
 * or its times (`We 00:00-24:00`); an expression without any times (`Mo-Fr`) is left alone.
 */
final class DaysWithoutTimes {
    private DaysWithoutTimes() {
    }

    /** @param lead where the stripped text starts in the value */
    static void warn(OpeningHours hours, Node.Scalar value, int lead, String key, Diagnostics diagnostics) {
        List<HoursRule> rules = hours.rules();
        if (rules.stream().noneMatch(r -> !r.times().isEmpty())) return;
        List<HoursRuleSpans.Span> spans = null;
        for (int i = 0; i < rules.size(); i++) {
            HoursRule r = rules.get(i);
            if (r.state() != HoursState.OPEN || !r.times().isEmpty() || r.comment() != null) continue;
            if (spans == null) spans = HoursRuleSpans.of(hours);
            HoursRuleSpans.Span at = spans == null ? new HoursRuleSpans.Span(0, hours.expression().length(), false) : spans.get(i);
            String written = hours.expression().substring(at.start(), at.end());
            String days = at.alone() ? written : "a rule";
            diagnostics.warning(Code.HOURS_WITHOUT_TIMES, value.charAt(lead + at.start(), Math.max(1, at.end() - at.start())),
                    "`" + key + "`: " + (at.alone() ? "`" + days + "`" : days + " in `" + written + "`")
                            + " has no times, so it reads as open all day, 00:00 to 24:00",
                    at.alone() ? "write its times, e.g. `" + written + " 10:00-12:00`; if it is open round the clock, `" + written + " 00:00-24:00`"
                            : "write the times of each rule");
        }
    }
}
