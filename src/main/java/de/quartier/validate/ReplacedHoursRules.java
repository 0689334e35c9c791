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

    /** Where a rule stands in the expression; {@code alone} if the span is that rule's only (not shared with rules added by comma). */
    record Span(int start, int end, boolean alone) {
    }

    /** @param lead where the stripped text starts in the value */
    static void warn(OpeningHours hours, Node.Scalar value, int lead, String key, Diagnostics diagnostics) {
        String text = hours.expression();
        List<Span> spans = ruleSpans(hours);
        java.util.Set<String> said = new java.util.HashSet<>();
        for (int i = 0; i < hours.rules().size(); i++) {
            int j = hours.replacedBy(i);
            if (j < 0) continue;
            Span earlier = spans == null ? new Span(0, text.length(), false) : spans.get(i);
            Span replacing = spans == null ? null : spans.get(j);
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
        if (a.find(0) && b.find(0) && !a.group(2).isEmpty() && !b.group(2).isEmpty() && !earlier.contains("off") && !later.contains("off"))
            return "to keep both, write `, ` instead of `; ` before the later rule; otherwise delete the earlier rule";
        return "delete the rule that no longer holds";
    }

    /** A comma that adds a rule ("…17:00, PH off"): after a time, a comment or a state, before a selector's letter. */
    private static final Pattern ADDING_COMMA = Pattern.compile("(?<=\\d|\"|\\boff|\\bclosed|\\bopen|\\bunknown)\\s*,\\s*(?=\\p{L})");

    /**
     * Where each rule stands in the expression, or null when that cannot be told. Rules are
     * separated by {@code ;} outside quoted comments; those added with {@code ,} are told apart
     * where the commas that add them can be found, else they share their part.
     */
    static List<Span> ruleSpans(OpeningHours hours) {
        String text = hours.expression();
        List<int[]> parts = new ArrayList<>();
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) == '"') quoted = !quoted;
            if (i == text.length() || !quoted && text.charAt(i) == ';') {
                parts.add(trimmed(text, from, i));
                from = i + 1;
            }
        }
        // the rules of each part: one, and those added after it
        List<Integer> counts = new ArrayList<>();
        for (var r : hours.rules()) {
            if (!r.additive() || counts.isEmpty()) counts.add(1);
            else counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
        }
        if (counts.size() != parts.size()) return null;
        List<Span> out = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            int[] part = parts.get(p);
            int n = counts.get(p);
            List<int[]> pieces = new ArrayList<>();
            if (n > 1) {
                Matcher comma = ADDING_COMMA.matcher(text).region(part[0], part[1]);
                int at = part[0];
                while (comma.find()) {
                    if (inQuotes(text, part[0], comma.start())) continue;
                    pieces.add(trimmed(text, at, comma.start()));
                    at = comma.end();
                }
                pieces.add(trimmed(text, at, part[1]));
            }
            for (int k = 0; k < n; k++)
                out.add(pieces.size() == n ? new Span(pieces.get(k)[0], pieces.get(k)[1], true) : new Span(part[0], part[1], n == 1));
        }
        return out;
    }

    private static boolean inQuotes(String text, int from, int at) {
        boolean quoted = false;
        for (int i = from; i < at; i++) if (text.charAt(i) == '"') quoted = !quoted;
        return quoted;
    }

    private static int[] trimmed(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return new int[]{from, to};
    }
}
