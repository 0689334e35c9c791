package de.quartier.validate;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening hours as German editors tend to write them ("Montag bis Freitag 9 bis 13 Uhr",
 * "Di 9-12 Do 14-17"): which word is German, and the text rewritten towards OpenStreetMap's
 * syntax. Only for messages: the rewrite is offered as a hint when the strict parser accepts it,
 * never used as the hours themselves. Quoted comments (`Fr "nach Vereinbarung"`) are left alone.
 */
final class GermanHoursWording {
    private GermanHoursWording() {
    }

    /** A German word in the hours: where (0-based), how long, and what to write instead. */
    record Word(int offset, int length, String message) {
    }

    private record Rule(Pattern pattern, Function<MatchResult, String> replacement, Function<MatchResult, String> message) {
        Rule(String regex, String replacement, String message) {
            this(regex, m -> replacement, m -> "`" + m.group() + "` is German: " + message);
        }

        Rule(String regex, Function<MatchResult, String> replacement, Function<MatchResult, String> message) {
            // whole words only, in any case: "Mittwoch", "mittwochs", "MI."
            this(Pattern.compile("(?<![\\p{L}])(?:" + regex + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    replacement, message);
        }
    }

    private static final String DAYS = "days are written `Mo Tu We Th Fr Sa Su`";

    private static Rule english(String regex, String code) {
        return new Rule(regex, m -> code, m -> "`" + m.group() + "` is English: " + DAYS);
    }
    private static final String MONTHS = "months are written `Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec`";
    private static final List<String> DAY_NAMES = List.of("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag");
    private static final List<String> DAY_CODES = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    private static final List<String> MONTH_CODES = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /**
     * In this order: a note in brackets and "jeden 1. Montag" before the words in them, dates
     * ("24.12.") before times with a dot ("9.30"), "an Feiertagen" before "Feiertag", full day
     * names before their abbreviations.
     */
    private static final List<Rule> RULES = List.of(
            // not OpenStreetMap's own brackets: "(sunrise+01:00)"
            new Rule("\\((?!\\s*(?:sunrise|sunset|dawn|dusk))[^)\"]*\\)", m -> "", m -> "`" + m.group() + "`: a note in brackets belongs in `{note}`"),
            new Rule("jeden\\s+([1-5])\\.\\s*(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:\\s+im\\s+monat)?",
                    m -> DAY_CODES.get(DAY_NAMES.indexOf(m.group(2).toLowerCase(java.util.Locale.ROOT))) + "[" + m.group(1) + "]",
                    m -> "`" + m.group() + "` is German: the nth weekday of a month is written `"
                            + DAY_CODES.get(DAY_NAMES.indexOf(m.group(2).toLowerCase(java.util.Locale.ROOT))) + "[" + m.group(1) + "]`"),
            new Rule("(0?[1-9]|[12]\\d|3[01])\\.(0?[1-9]|1[0-2])\\.(\\d{4}|\\d{2})?(?!\\d)", GermanHoursWording::date,
                    m -> m.group(3) != null
                            ? "`" + m.group() + "` is a date with a year, but opening hours repeat every year: a one-off date belongs in `{note}`"
                            : "`" + m.group() + "` is a German date: dates are written `" + date(m).strip() + "`"),
            // "9.30", also at the end of a sentence ("Sa 10.30.")
            new Rule("\\d{1,2}\\.\\d{2}\\.?(?!\\d)", GermanHoursWording::dottedTime,
                    m -> "`" + m.group() + "`: times are written with `:`, `" + dottedTime(m) + "`"),
            new Rule("(?:an\\s+)?sonn-\\s*und\\s+feiertag(?:en|e|s)?", "Su,PH", "Sundays and public holidays are written `Su,PH`"),
            new Rule("an feiertagen|feiertags|feiertagen|feiertage|feiertag", "PH", "public holidays are written `PH`"),
            // "werktags" is Monday to Saturday in law, Monday to Friday as offices mean it: the hint says both
            new Rule("(?:an\\s+)?(?:werktags|wochentags|werktagen|wochentagen)", "Mo-Fr", "Monday to Friday is written `Mo-Fr` (with Saturdays `Mo-Sa`)"),
            // English day names, as some calendars and forms write them
            english("mon(?:day)?", "Mo"),
            english("tue(?:s|sday)?", "Tu"),
            english("wed(?:nesday)?", "We"),
            english("thu(?:rs?|rsday)?", "Th"),
            english("fri(?:day)?", "Fr"),
            english("sat(?:urday)?", "Sa"),
            english("sun(?:day)?", "Su"),
            new Rule("montags?|mo\\.", "Mo", DAYS),
            new Rule("dienstags?|di\\.?", "Tu", DAYS),
            new Rule("mittwochs?|mi\\.?", "We", DAYS),
            new Rule("donnerstags?|do\\.?", "Th", DAYS),
            new Rule("freitags?|fr\\.", "Fr", DAYS),
            new Rule("samstags?|sonnabends?|sa\\.", "Sa", DAYS),
            new Rule("sonntags?|so\\.?", "Su", DAYS),
            new Rule("januar", "Jan", MONTHS),
            new Rule("februar", "Feb", MONTHS),
            new Rule("märz|mär|mrz", "Mar", MONTHS),
            new Rule("mai", "May", MONTHS),
            new Rule("juni", "Jun", MONTHS),
            new Rule("juli", "Jul", MONTHS),
            new Rule("oktober|okt", "Oct", MONTHS),
            new Rule("dezember|dez", "Dec", MONTHS),
            new Rule("täglich", "Mo-Su", "every day is written `Mo-Su`"),
            new Rule("bis", "-", "a range is written with `-`"),
            new Rule("und|sowie", ",", "days or times are joined with `,`"),
            new Rule("geschlossen", "off", "closed is written `off`"),
            new Rule("uhr", "", "times are written `09:00-13:00`, without `Uhr`"),
            new Rule("von", "", "a time range is written `09:00-13:00`, without `von`"));

    /** "24.12." → " Dec 24 "; a date with a year stays as it is (no rule of the hours can say it). */
    private static String date(MatchResult m) {
        if (m.group(3) != null) return m.group();
        return " " + MONTH_CODES.get(Integer.parseInt(m.group(2)) - 1) + " " + String.format("%02d", Integer.parseInt(m.group(1))) + " ";
    }

    /** "9.30" → "09:30". */
    private static String dottedTime(MatchResult m) {
        String t = m.group().endsWith(".") ? m.group().substring(0, m.group().length() - 1) : m.group();
        return (t.indexOf('.') == 1 ? "0" : "") + t.replace('.', ':');
    }

    /** The notes in brackets ("nicht in den Ferien"), which belong in the note field. */
    static List<String> notes(String text) {
        List<String> notes = new java.util.ArrayList<>();
        Matcher m = RULES.get(0).pattern.matcher(text);
        while (m.find()) if (!quoted(text, m.start())) notes.add(m.group().substring(1, m.group().length() - 1).strip());
        return notes;
    }

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"?");
    /** "9-13", "9.30 - 12", "09:00-13:00": a time range; not "Mo[1-2]" or "week 01-52". */
    private static final Pattern TIME_RANGE = Pattern.compile(
            "(?<![\\[\\d,:./]|week )(\\d{1,2})(?:[.:](\\d{2}))?\\s*-\\s*(\\d{1,2})(?:[.:](\\d{2}))?(?![\\d:.\\]])");
    /** A time followed by a day with nothing between: a new rule, which needs "; ". */
    private static final Pattern RULE_WITHOUT_SEPARATOR = Pattern.compile("(\\d\\d:\\d\\d)\\s+(?=(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)\\b)");
    /**
     * "Mo-Fr 08:00-16:00, Fr 08:00-12:00": a comma after a time and before a day (or "PH off") is
     * meant as a new rule, which replaces what an earlier one says of the same day: "; ". In
     * OpenStreetMap's syntax "," would add the times, and Friday would stay open till 16:00.
     */
    private static final Pattern COMMA_BEFORE_RULE = Pattern.compile("(?<=\\d\\d:\\d\\d)\\s*,\\s*(?=[A-Z])");

    /** The first German word outside quotes, if any. */
    static Optional<Word> firstWord(String text) {
        Word first = null;
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(text);
            while (m.find()) {
                if (quoted(text, m.start())) continue;
                if (first == null || m.start() < first.offset())
                    first = new Word(m.start(), m.end() - m.start(), r.message.apply(m));
                break;
            }
        }
        return Optional.ofNullable(first);
    }

    /** The text with German words and times rewritten; quoted parts as they were. */
    static String rewrite(String text) {
        return rewrite(text, -1);
    }

    /**
     * @param keptComma which comma between a time and a day (counted from 0) stays OpenStreetMap's
     *                  "add these times" ("Mo-Fr 9-12, Mi 14-16": Wednesday has both); every other one
     *                  starts a new rule ("; "), as in "Mo-Fr 8-16, Fr 8-12". −1: none stays.
     */
    static String rewrite(String text, int keptComma) {
        StringBuilder out = new StringBuilder();
        Matcher q = QUOTED.matcher(text);
        int from = 0;
        int[] commas = {0};
        while (q.find()) {
            out.append(rewritePlain(text.substring(from, q.start()), keptComma, commas)).append(q.group());
            from = q.end();
        }
        out.append(rewritePlain(text.substring(from), keptComma, commas));
        return out.toString().strip();
    }

    /** How many commas between a time and a day {@link #rewrite} finds: each may be kept. */
    static int commasBeforeRules(String text) {
        int[] commas = {0};
        rewrite(text, Integer.MAX_VALUE, commas);
        return commas[0];
    }

    private static void rewrite(String text, int keptComma, int[] commas) {
        Matcher q = QUOTED.matcher(text);
        int from = 0;
        while (q.find()) {
            rewritePlain(text.substring(from, q.start()), keptComma, commas);
            from = q.end();
        }
        rewritePlain(text.substring(from), keptComma, commas);
    }

    private static String rewritePlain(String text, int keptComma, int[] commas) {
        // dashes and no-break spaces as copied from web pages
        String s = text.replace('–', '-').replace('—', '-').replace('\u00a0', ' ').replace('\u202f', ' ');
        for (Rule r : RULES) s = r.pattern.matcher(s).replaceAll(m -> Matcher.quoteReplacement(" " + r.replacement.apply(m) + " "));
        s = TIME_RANGE.matcher(s).replaceAll(m -> time(m.group(1), m.group(2)) + "-" + time(m.group(3), m.group(4)));
        s = s.replaceAll("\\s*-\\s*", "-").replaceAll("\\s*,\\s*", ",").replaceAll("\\s+", " ");
        s = RULE_WITHOUT_SEPARATOR.matcher(s).replaceAll("$1; ");
        return COMMA_BEFORE_RULE.matcher(s).replaceAll(m -> commas[0]++ == keptComma ? Matcher.quoteReplacement(m.group()) : "; ");
    }

    private static String time(String hours, String minutes) {
        return (hours.length() == 1 ? "0" + hours : hours) + ":" + (minutes == null ? "00" : minutes);
    }

    private static boolean quoted(String text, int at) {
        int quotes = 0;
        for (int i = 0; i < at; i++) if (text.charAt(i) == '"') quotes++;
        return quotes % 2 == 1;
    }
}
