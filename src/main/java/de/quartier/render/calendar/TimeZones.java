package de.quartier.render.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The site's time zone as a VTIMEZONE (RFC 5545 §3.6.5), from the JDK's rules, so nothing is fetched from elsewhere. */
final class TimeZones {
    private TimeZones() {
    }

    static String vtimezone(ZoneId zone) {
        StringBuilder out = new StringBuilder();
        IcsText ics = new IcsText(out);
        ics.line("BEGIN", "VTIMEZONE").line("TZID", zone.getId());
        List<ZoneOffsetTransitionRule> rules = zone.getRules().getTransitionRules();
        if (rules.isEmpty()) {
            String offset = offset(zone.getRules().getOffset(Instant.EPOCH));
            ics.line("BEGIN", "STANDARD").line("DTSTART", "19700101T000000").line("TZOFFSETFROM", offset).line("TZOFFSETTO", offset)
                    .line("END", "STANDARD");
        }
        for (ZoneOffsetTransitionRule rule : rules) {
            ZoneOffsetTransition t = rule.createTransition(1970);
            String kind = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds() ? "DAYLIGHT" : "STANDARD";
            LocalDateTime local = t.getDateTimeBefore();
            StringBuilder rrule = new StringBuilder("FREQ=YEARLY");
            int indicator = rule.getDayOfMonthIndicator();
            if (rule.getDayOfWeek() == null) {
                rrule.append(";BYMONTHDAY=").append(indicator);
            } else if (indicator < 0 || indicator == rule.getMonth().maxLength() - 6) {
                rrule.append(";BYDAY=-1").append(Recurrences.day(rule.getDayOfWeek())); // "last Sunday" (the JDK: "Sunday on or after the 25th")
            } else {
                List<Integer> days = new ArrayList<>();
                for (int k = indicator; k < indicator + 7; k++) days.add(k);
                rrule.append(";BYDAY=").append(Recurrences.day(rule.getDayOfWeek())).append(";BYMONTHDAY=").append(Recurrences.join(days));
            }
            rrule.append(";BYMONTH=").append(rule.getMonth().getValue());
            ics.line("BEGIN", kind).line("DTSTART", IcsText.local(local)).line("TZOFFSETFROM", offset(rule.getOffsetBefore()))
                    .line("TZOFFSETTO", offset(rule.getOffsetAfter())).line("RRULE", rrule.toString()).line("END", kind);
        }
        ics.line("END", "VTIMEZONE");
        return out.toString();
    }

    /** "+0100" */
    private static String offset(ZoneOffset o) {
        int seconds = o.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        String s = String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
        return Math.abs(seconds) % 60 == 0 ? s : s + String.format(Locale.ROOT, "%02d", Math.abs(seconds) % 60);
    }
}
