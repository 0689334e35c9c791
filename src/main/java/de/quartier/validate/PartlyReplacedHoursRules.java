package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
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
import java.util.Set;

/**
 * Warns of a later rule that takes some of an earlier rule's weekdays at other times:
 * {@code Mo-Fr 09:00-12:00; We 14:00-16:00} opens Wednesdays from 14:00 only, since a rule after
 * "; " replaces the earlier ones for its days. Editors mostly mean the afternoon in addition.
 * A later rule whose times overlap the earlier ones ({@code Mo-Fr 09:00-17:00; Fr 09:00-14:00})
 * changes that day's hours on purpose and is left alone, as are rules for some weeks or dates only.
 */
final class PartlyReplacedHoursRules {
    private PartlyReplacedHoursRules() {
    }

    static void warn(OpeningHours hours, Node.Scalar value, int lead, String key, Diagnostics diagnostics) {
        List<HoursRule> rules = hours.rules();
        List<HoursRuleSpans.Span> spans = null;
        for (int j = 1; j < rules.size(); j++) {
            HoursRule later = rules.get(j);
            if (!plainOpening(later) || later.additive()) continue;
            for (int i = 0; i < j; i++) {
                HoursRule earlier = rules.get(i);
                if (!plainOpening(earlier) || hours.replacedBy(i) >= 0 || overlap(earlier.times(), later.times())) continue;
                Set<DayOfWeek> taken = EnumSet.copyOf(earlier.days());
                taken.retainAll(later.days());
                if (taken.isEmpty() || taken.containsAll(earlier.days())) continue;
                if (spans == null) spans = HoursRuleSpans.of(hours);
                if (spans == null || !spans.get(i).alone() || !spans.get(j).alone()) return; // no rule to quote on its own
                String text = hours.expression();
                HoursRuleSpans.Span at = spans.get(j);
                String laterText = text.substring(at.start(), at.end());
                String earlierText = text.substring(spans.get(i).start(), spans.get(i).end());
                String days = names(taken);
                diagnostics.warning(Code.HOURS_RULE_REPLACED, value.charAt(lead + at.start(), Math.max(1, at.end() - at.start())),
                        "`" + key + "`: on " + days + " the later rule `" + laterText + "` replaces the times of `" + earlierText
                                + "` (a rule after `; ` holds alone on its days), so residents see only " + timesOf(later) + " there",
                        "for both, write `, ` instead of `; ` before `" + laterText + "`; if only these times hold on " + days
                                + ", take " + (taken.size() == 1 ? "that day" : "those days") + " out of `" + earlierText + "`");
                break;
            }
        }
    }

    /** Open at times on weekdays of every week: nothing that only some weeks, dates or holidays have. */
    private static boolean plainOpening(HoursRule r) {
        return r.state() == HoursState.OPEN && !r.times().isEmpty() && !r.holidays() && !r.weekdays().isEmpty() && r.weekdaysEveryWeek();
    }

    private static boolean overlap(List<TimeRange> a, List<TimeRange> b) {
        for (TimeRange x : a) for (TimeRange y : b) if (x.start() < y.end() && y.start() < x.end()) return true;
        return false;
    }

    private static String names(Set<DayOfWeek> days) {
        List<String> out = new ArrayList<>();
        for (DayOfWeek d : days) out.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s");
        return out.size() == 1 ? out.get(0) : String.join(", ", out.subList(0, out.size() - 1)) + " and " + out.get(out.size() - 1);
    }

    private static String timesOf(HoursRule r) {
        List<String> out = new ArrayList<>();
        for (TimeRange t : r.times()) out.add(clock(t.start()) + "-" + clock(t.end()));
        return String.join(", ", out);
    }

    private static String clock(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
}
