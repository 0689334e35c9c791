package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.OpeningHours;
import de.quartier.source.Node;

import java.util.ArrayList;
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
        List<int[]> rules = ruleSpans(hours);
        for (int i = 0; i < hours.rules().size(); i++) {
            int j = hours.replacedBy(i);
            if (j < 0) continue;
            String text = hours.expression();
            int[] earlier = rules == null ? new int[]{0, text.length()} : rules.get(i);
            String was = text.substring(earlier[0], earlier[1]);
            String later = rules == null ? "" : text.substring(rules.get(j)[0], rules.get(j)[1]);
            String message = "`" + key + "`: " + (was.equals(later) ? "the rule `" + was + "` stands twice"
                    : "the later rule `" + later + "` replaces `" + was + "`, since it is for the same days; residents see only the later one");
            diagnostics.warning(Code.HOURS_RULE_REPLACED, value.charAt(lead + earlier[0], Math.max(1, earlier[1] - earlier[0])), message,
                    was.equals(later) ? "delete one of them" : hint(was, later));
        }
    }

    private static String hint(String earlier, String later) {
        Matcher a = DAYS_AND_TIMES.matcher(earlier);
        Matcher b = DAYS_AND_TIMES.matcher(later);
        if (a.matches() && b.matches() && a.group(1).equals(b.group(1)))
            return "for both times, write them in one rule: `" + (a.group(1).isEmpty() ? "" : a.group(1) + " ") + a.group(2) + "," + b.group(2)
                    + "`; otherwise delete the earlier rule";
        if (a.find(0) && b.find(0) && !a.group(2).isEmpty() && !b.group(2).isEmpty() && !earlier.contains("off") && !later.contains("off"))
            return "to keep both, write `, ` instead of `; ` before the later rule; otherwise delete the earlier rule";
        return "delete the rule that no longer holds";
    }

    /**
     * Where each rule stands in the expression (start, end), or null when that cannot be told.
     * Rules are separated by {@code ;} outside quoted comments; one added with {@code ,} shares
     * its place with the rule before it.
     */
    private static List<int[]> ruleSpans(OpeningHours hours) {
        String text = hours.expression();
        List<int[]> parts = new ArrayList<>();
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) == '"') quoted = !quoted;
            if (i == text.length() || !quoted && text.charAt(i) == ';') {
                int s = from, e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                parts.add(new int[]{s, e});
                from = i + 1;
            }
        }
        List<int[]> out = new ArrayList<>();
        int part = -1;
        for (var r : hours.rules()) {
            if (!r.additive() || part < 0) part++;
            if (part >= parts.size()) return null;
            out.add(parts.get(part));
        }
        return part == parts.size() - 1 ? out : null;
    }
}
