package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.HoursRuleSpans;
import de.quartier.model.OpeningHours;
import de.quartier.source.Node;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns of a rule that a later one replaces whole. The syntax allows it, but editors mostly mean
 * both ("Mo 09:00-12:00; Mo 14:00-17:00" opens Mondays from 14:00 only), or left an old rule
 * behind ("PH off; PH \"nach Absprache\""). Residents are shown the later rule only.
 */
final class ReplacedHoursRules {
    private ReplacedHoursRules() {
    }

    /** A rule as written: days, then times only ("Mo 09:00-12:00,13:00-15:00"). */
    private static final Pattern DAYS_AND_TIMES = Pattern.compile("(.*?)\\s*(\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2}(?:\\s*,\\s*\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2})*)");

    /** @param lead where the stripped text starts in the value */
    static void warn(OpeningHours hours, Node.Scalar value, int lead, String key, Diagnostics diagnostics) {
        String text = hours.expression();
        List<HoursRuleSpans.Span> spans = HoursRuleSpans.of(hours);
        java.util.Set<String> said = new java.util.HashSet<>();
        for (int i = 0; i < hours.rules().size(); i++) {
            int j = hours.replacedBy(i);
            if (j < 0) continue;
            HoursRuleSpans.Span earlier = spans == null ? new HoursRuleSpans.Span(0, text.length(), false) : spans.get(i);
            HoursRuleSpans.Span replacing = spans == null ? null : spans.get(j);
            String was = text.substring(earlier.start(), earlier.end());
            String later = replacing == null ? null : text.substring(replacing.start(), replacing.end());
            String message;
            String hint;
            if (!earlier.alone() || later == null) {
                // the rule cannot be quoted on its own: say where, and not which words to delete
                message = "`" + key + "`: a rule in `" + was + "` is replaced by " + (later == null ? "a later rule" : "the later rule `" + later + "`")
                        + " for all its days; residents see only the later one";
                hint = "check which of the rules should hold for those days";
            } else if (was.equals(later)) {
                message = "`" + key + "`: the rule `" + was + "` stands twice";
                hint = "delete one of them";
            } else {
                message = "`" + key + "`: the later rule `" + later + "` replaces `" + was + "`, since it is for the same days; residents see only the later one";
                hint = replacing.alone() ? hint(was, later) : "delete the rule that no longer holds";
            }
            // rules added by comma share a place: one warning there
            if (said.add(earlier.start() + ":" + message))
                diagnostics.warning(Code.HOURS_RULE_REPLACED, value.charAt(lead + earlier.start(), Math.max(1, earlier.end() - earlier.start())), message, hint);
        }
    }

    private static String hint(String earlier, String later) {
        Matcher a = DAYS_AND_TIMES.matcher(earlier);
        Matcher b = DAYS_AND_TIMES.matcher(later);
        if (a.matches() && b.matches() && a.group(1).equals(b.group(1)))
            return "for both times, write them in one rule: `" + (a.group(1).isEmpty() ? "" : a.group(1) + " ") + a.group(2) + "," + b.group(2)
                    + "`; otherwise delete the earlier rule";
        // not beside a comment: it belongs to the whole day, and would stand beside the earlier times too
        if (a.find(0) && b.find(0) && !a.group(2).isEmpty() && !b.group(2).isEmpty() && !earlier.contains("off") && !later.contains("off")
                && !later.contains("\""))
            return "to keep both, write `, ` instead of `; ` before the later rule; otherwise delete the earlier rule";
        return "delete the rule that no longer holds";
    }
}
