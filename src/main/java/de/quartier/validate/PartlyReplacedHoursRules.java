package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.HoursRuleSpans;
import de.quartier.model.DayHours;
import de.quartier.model.HoursRule;
import de.quartier.model.HoursState;
import de.quartier.model.OpeningHours;
import de.quartier.model.TimeRange;
import de.quartier.source.Node;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns of a later rule that takes some of an earlier rule's weekdays at other times:
 * {@code Mo-Fr 09:00-12:00; We 14:00-16:00} opens Wednesdays from 14:00 only, since a rule after
 * "; " replaces the earlier ones for its days. Editors mostly mean the afternoon in addition.
 * What a day had before the later rule is worked out as the week is ({@link OpeningHours#ordinaryWeek}),
 * so rules added by comma count with their neighbours. A later rule whose times overlap what the day
 * had ({@code Mo-Fr 09:00-17:00; Fr 09:00-14:00}) changes that day on purpose and is left alone, as
 * are rules for some weeks or dates only, and a later rule that is itself replaced.
 */
final class PartlyReplacedHoursRules {
    private PartlyReplacedHoursRules() {
    }

    /**
     * A later rule, an earlier rule whose times it replaces, the weekdays where it does, and whether
     * ", " before the later rule would add its times only where that is meant (not on other days it
     * names, which had other times, nor on holidays).
     */
    private record Finding(int later, int earlier, Set<DayOfWeek> taken, boolean commaFits) {
    }

    /** Whether the hours have such a rule (for suggestions, which should not draw this warning). */
    static boolean any(OpeningHours hours) {
        return !find(hours).isEmpty();
    }

    static void warn(OpeningHours hours, Node.Scalar value, int lead, String key, Diagnostics diagnostics) {
        List<Finding> found = find(hours);
        if (found.isEmpty()) return;
        List<HoursRuleSpans.Span> spans = HoursRuleSpans.of(hours);
        if (spans == null) return; // the rules cannot be told apart in the text: no rule to quote
        String text = hours.expression();
        Map<DayOfWeek, DayHours> week = hours.ordinaryWeek();
        // an earlier rule that loses days to several later ones is written anew without all of them
        Map<Integer, Set<DayOfWeek>> lost = new java.util.HashMap<>();
        for (Finding f : found) lost.computeIfAbsent(f.earlier(), k -> EnumSet.noneOf(DayOfWeek.class)).addAll(f.taken());
        for (Finding f : found) {
            HoursRuleSpans.Span at = spans.get(f.later());
            HoursRuleSpans.Span was = spans.get(f.earlier());
            if (!at.alone() || !was.alone()) continue;
            String later = text.substring(at.start(), at.end());
            String earlier = text.substring(was.start(), was.end());
            String days = names(f.taken());
            Set<DayOfWeek> allLost = lost.get(f.earlier());
            String fewer = withoutDays(earlier, hours.rules().get(f.earlier()), allLost);
            String takeOut = fewer != null ? "write the earlier rule `" + fewer + "`"
                    : "take " + (allLost.size() == 1 ? "that day" : "those days") + " out of `" + earlier + "`";
            // a comment belongs to the whole day: after ", " it would stand beside the earlier times too
            String hint = hours.rules().get(f.later()).comment() == null && f.commaFits()
                    ? "for both, write `, ` instead of `; ` before `" + later + "`; if only these times hold on " + days + ", " + takeOut
                    : "if the earlier times hold on " + days + " too, give " + (f.taken().size() == 1 ? "that day" : "those days")
                    + " both in a rule of their own; otherwise " + takeOut;
            List<TimeRange> shown = week.get(f.taken().iterator().next()).ranges();
            boolean same = f.taken().stream().allMatch(d -> week.get(d).ranges().equals(shown));
            diagnostics.warning(Code.HOURS_RULE_REPLACED, value.charAt(lead + at.start(), Math.max(1, at.end() - at.start())),
                    "`" + key + "`: on " + days + " the later rule `" + later + "` replaces the times of `" + earlier
                            + "` (a rule after `; ` holds alone on its days), so residents see "
                            + (!same ? "only its times there" : shown.isEmpty() ? "no times there" : "only " + times(shown) + " there"),
                    hint);
        }
    }

    private static List<Finding> find(OpeningHours hours) {
        List<HoursRule> rules = hours.rules();
        List<Finding> out = new ArrayList<>();
        for (int j = 1; j < rules.size(); j++) {
            HoursRule later = rules.get(j);
            if (!plainOpening(later) || later.additive() || hours.replacedBy(j) >= 0) continue;
            // what the day had before it, without the rules a later one replaces whole (named on their own)
            List<HoursRule> earlierRules = new ArrayList<>();
            for (int i = 0; i < j; i++) if (hours.replacedBy(i) < 0) earlierRules.add(rules.get(i));
            Map<DayOfWeek, DayHours> before = new OpeningHours(hours.expression(), earlierRules).ordinaryWeek();
            Set<DayOfWeek> taken = EnumSet.noneOf(DayOfWeek.class);
            boolean commaFits = !later.holidays();
            for (DayOfWeek d : later.days()) {
                DayHours had = before.get(d);
                boolean hadTimes = had.state() == HoursState.OPEN && !had.ranges().isEmpty();
                if (hadTimes && !overlap(had.ranges(), later.times())) {
                    // a day that a still later rule decides anew is that rule's to answer for
                    if (!decidedAfter(rules, hours, j, d)) taken.add(d);
                } else if (hadTimes) {
                    commaFits = false; // a day it shortens on purpose would get both times
                }
            }
            if (taken.isEmpty()) continue;
            // each day to the rule that gave it its times: the nearest earlier one not added by comma
            Map<Integer, Set<DayOfWeek>> byEarlier = new java.util.TreeMap<>();
            for (DayOfWeek d : taken) {
                int base = baseRule(rules, hours, j, d);
                if (base >= 0) byEarlier.computeIfAbsent(base, k -> EnumSet.noneOf(DayOfWeek.class)).add(d);
            }
            for (Map.Entry<Integer, Set<DayOfWeek>> e : byEarlier.entrySet())
                out.add(new Finding(j, e.getKey(), e.getValue(), commaFits));
        }
        return out;
    }

    /** Whether a rule after {@code j} replaces what day {@code d} has (not one added by comma, nor times cut out). */
    private static boolean decidedAfter(List<HoursRule> rules, OpeningHours hours, int j, DayOfWeek d) {
        for (int k = j + 1; k < rules.size(); k++) {
            HoursRule r = rules.get(k);
            if (selectsEveryWeek(r, d) && !r.additive() && !(r.state() == HoursState.CLOSED && !r.times().isEmpty())) return true;
        }
        return false;
    }

    /** The rule before {@code j} that gave day {@code d} its times, or −1 if it is not a plain weekly opening. */
    private static int baseRule(List<HoursRule> rules, OpeningHours hours, int j, DayOfWeek d) {
        int added = -1;
        for (int i = j - 1; i >= 0; i--) {
            HoursRule r = rules.get(i);
            if (hours.replacedBy(i) >= 0 || !selectsEveryWeek(r, d) || r.state() == HoursState.CLOSED && !r.times().isEmpty()) continue;
            if (r.additive() && r.state() == HoursState.OPEN) {
                added = i; // its times join those of an earlier rule for the day, if there is one
                continue;
            }
            return plainOpening(r) ? i : -1;
        }
        return added >= 0 && plainOpening(rules.get(added)) ? added : -1;
    }

    private static boolean selectsEveryWeek(HoursRule r, DayOfWeek d) {
        return !r.weekdays().isEmpty() && r.weekdaysEveryWeek() && r.days().contains(d);
    }

    /** Open at times on weekdays of every week ({@code Sa,Su,PH 14:00-18:00} holds every Saturday and Sunday). */
    private static boolean plainOpening(HoursRule r) {
        return r.state() == HoursState.OPEN && !r.times().isEmpty() && !r.weekdays().isEmpty() && r.weekdaysEveryWeek();
    }

    private static boolean overlap(List<TimeRange> a, List<TimeRange> b) {
        for (TimeRange x : a) for (TimeRange y : b) if (x.start() < y.end() && y.start() < x.end()) return true;
        return false;
    }

    private static final String[] CODES = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    /** A rule of weekdays and times only ("Mo-Fr 09:00-12:00,14:00-16:00"), whose days can be written anew. */
    private static final Pattern DAYS_THEN_TIMES = Pattern.compile("((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:\\s*[-,]\\s*(?:Mo|Tu|We|Th|Fr|Sa|Su))*)(\\s+\\d.*)");

    /** The earlier rule without the taken days ("Mo,Tu,Th,Fr 09:00-12:00"), or null if it says more than days and times. */
    private static String withoutDays(String written, HoursRule rule, Set<DayOfWeek> taken) {
        Matcher m = DAYS_THEN_TIMES.matcher(written);
        if (!m.matches() || rule.holidays()) return null;
        List<DayOfWeek> left = new ArrayList<>(rule.days());
        left.removeAll(taken);
        if (left.isEmpty()) return null;
        // runs of three days and more as a range (Mo-We), shorter ones one by one (Mo,Tu)
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < left.size(); ) {
            int k = i;
            while (k + 1 < left.size() && left.get(k + 1).getValue() == left.get(k).getValue() + 1) k++;
            if (k - i >= 2) parts.add(CODES[left.get(i).ordinal()] + "-" + CODES[left.get(k).ordinal()]);
            else for (int n = i; n <= k; n++) parts.add(CODES[left.get(n).ordinal()]);
            i = k + 1;
        }
        return String.join(",", parts) + m.group(2);
    }

    private static String names(Set<DayOfWeek> days) {
        List<String> out = new ArrayList<>();
        for (DayOfWeek d : days) out.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s");
        return out.size() == 1 ? out.get(0) : String.join(", ", out.subList(0, out.size() - 1)) + " and " + out.get(out.size() - 1);
    }

    private static String times(List<TimeRange> ranges) {
        if (ranges.isEmpty()) return "no times";
        List<String> out = new ArrayList<>();
        for (TimeRange t : ranges) out.add(clock(t.start()) + "-" + clock(t.end()));
        return String.join(", ", out);
    }

    private static String clock(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
}
