package de.quartier.validate;

import de.quartier.source.YamlScalar;
import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.OpeningHoursParserTokenManager;
import ch.poole.openinghoursparser.SimpleCharStream;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.Util;
import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.OpeningHours;
import de.quartier.source.InvisibleCharacters;
import de.quartier.source.Node;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks OpenStreetMap opening_hours syntax with Simon Poole's parser in strict mode. An error
 * points into the string; where the lenient mode understands what was meant ("9-13", "Di"), also
 * after German words are rewritten ("Montag bis Freitag 9 bis 13 Uhr"), the hint gives the strict
 * spelling.
 */
final class OpeningHoursSyntax {
    private OpeningHoursSyntax() {
    }

    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("\\b(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})\\b");

    /** A range that starts after midnight's 24:00 ("Tu 25:00-26:00"): the start belongs to the next day. */
    private static final Pattern LATE_START = Pattern.compile("(?<![\\d:])(2[4-9]|[3-9]\\d):\\d{2}-");

    /**
     * "Fr 20:00-02:00" → "Fr 20:00-26:00": the syntax has a range past midnight end after 24:00. Empty if no
     * range ends before it starts within half a day (13:00-09:00 is more likely swapped than 20 hours long).
     */
    static Optional<String> pastMidnight(String text) {
        java.util.regex.Matcher m = RANGE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            int from = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
            int to = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
            String range = m.group();
            if (to < from && to + 24 * 60 - from <= 12 * 60) {
                range = m.group(1) + ":" + m.group(2) + "-" + (Integer.parseInt(m.group(3)) + 24) + ":" + m.group(4);
                changed = true;
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(range));
        }
        m.appendTail(out);
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    static OpeningHours check(Node.Scalar value, String key, Diagnostics diagnostics) {
        String text = value.value().strip();
        int lead = value.value().indexOf(text);
        // before the parser, which reads a no-break space as a blank: the open data would pass it on
        if (InvisibleCharacters.reported(value, key, diagnostics, seen -> problem(seen, true).isEmpty())) return null;
        List<Rule> rules;
        try {
            rules = strictRules(text);
        } catch (OpeningHoursParseException | RuntimeException | Error e) {
            // the generated token manager throws an Error for characters it has no token for
            String seen = InvisibleCharacters.asSeen(text); // the suggestions are made from the hours as the editor sees them
            Problem p = problem(text, true).orElseGet(() -> locate(text, -1, e.getMessage()));
            Optional<GermanHoursWording.Word> german = GermanHoursWording.firstWord(text);
            // a German word is named as such ("bis", "Mittwoch"): the parser's own position drifts
            // and its words ("Invalid minutes") say less
            if (german.isPresent())
                p = new Problem(german.get().offset(), german.get().length(), german.get().message().replace("{note}", noteKey(key)));
            // a note in brackets goes where notes belong
            List<String> notes = GermanHoursWording.notes(seen);
            String withNotes = notes.isEmpty() ? "" : ", with `" + noteKey(key) + ": " + YamlScalar.of(String.join("; ", notes)) + "`";
            String hint = LATE_START.matcher(text).find()
                    ? "a time starts between 00:00 and 23:59: one after midnight is written on the next day (`Tu 01:00-02:00`), "
                    + "or runs on from the day before (`Mo 22:00-26:00` ends on Tuesday at 02:00)"
                    : pastMidnight(seen).flatMap(s -> problem(s, true).isEmpty() ? Optional.of(s) : strictForm(s, seen))
                    .map(s -> "did you mean `" + s + "`? A time past midnight counts on: 26:00 is 02:00 the next day")
                    .or(() -> strictForm(seen, seen).or(() -> germanForm(seen))
                            .map(s -> "did you mean `" + s + "`" + withNotes + "?"))
                    .orElse("OpenStreetMap syntax, e.g. `Mo,Tu 09:00-13:00; We 13:30-17:30; PH off`");
            diagnostics.error(Code.BAD_OPENING_HOURS, value.charAt(lead + p.offset, p.length),
                    "`" + key + "` is not valid opening_hours syntax: " + p.message, hint);
            return null;
        }
        Optional<StrayHoursSeparators.Stray> stray = StrayHoursSeparators.find(text);
        if (stray.isPresent()) {
            StrayHoursSeparators.Stray st = stray.get();
            String fixed = StrayHoursSeparators.withoutAny(text);
            boolean fixes = !fixed.isEmpty() && problem(fixed, true).isEmpty();
            diagnostics.error(Code.BAD_OPENING_HOURS, value.charAt(lead + st.offset(), st.length()),
                    "`" + key + "` has a `" + st.separator() + "` with nothing " + (st.before() ? "before" : "after")
                            + " it, which would be read as open all day",
                    fixes ? "delete it: `" + fixed + "`" : "delete it");
            return null;
        }
        if (rules.isEmpty()) {
            diagnostics.error(Code.BAD_OPENING_HOURS, value.charAt(lead, text.length()), "`" + key + "` is empty",
                    "OpenStreetMap syntax, e.g. `Mo,Tu 09:00-13:00; We 13:30-17:30; PH off`");
            return null;
        }
        try {
            OpeningHours hours = new OpeningHours(text, HoursRuleReader.read(rules));
            ReplacedHoursRules.warn(hours, value, lead, key, diagnostics);
            PartlyReplacedHoursRules.warn(hours, value, lead, key, diagnostics);
            UndoneClosures.warn(hours, value, lead, key, diagnostics);
            DaysWithoutTimes.warn(hours, value, lead, key, diagnostics);
            osmSpelling(text).filter(s -> problem(s, true).isEmpty()).ifPresent(s -> diagnostics.warning(Code.HOURS_SPELLING,
                    value.charAt(lead, text.length()), "`" + key + "` is understood, but not in OpenStreetMap's spelling, "
                            + "and the open data passes it on as written", "write `" + s + "`"));
            return hours;
        } catch (HoursRuleReader.UnsupportedException e) {
            HoursRuleReader.Unsupported u = e.unsupported;
            Matcher where = u.where().matcher(text);
            boolean found = where.find();
            int at = found ? where.start() : 0;
            int length = found ? Math.max(1, where.end() - where.start()) : text.length();
            diagnostics.error(u.wrong() ? Code.BAD_OPENING_HOURS : Code.UNSUPPORTED_OPENING_HOURS, value.charAt(lead + at, length),
                    "`" + key + "`: " + u.what(), u.hint().replace("{note}", noteKey(key)));
            return null;
        }
    }

    private static final Pattern SPACED_DASH = Pattern.compile("\\s*-\\s*");
    private static final Pattern ONE_DIGIT_HOUR = Pattern.compile("(?<![0-9:])([0-9]):([0-5][0-9])");

    /**
     * The strict parser lets a few spellings through that OpenStreetMap's tools do not read the same:
     * an en dash ("09:00–13:00", from a word processor), blanks around '-' ("Mo - Fr") and one-digit
     * hours ("9:00"). The form to write, if it differs; quoted comments are left as written.
     */
    static Optional<String> osmSpelling(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String[] parts = text.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) out.append('"');
            String part = parts[i];
            if (i % 2 == 0) {
                part = part.replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-');
                part = SPACED_DASH.matcher(part).replaceAll("-");
                part = ONE_DIGIT_HOUR.matcher(part).replaceAll("0$1:$2");
            }
            out.append(part);
        }
        String plain = out.toString();
        return plain.equals(text) ? Optional.empty() : Optional.of(plain);
    }

    /**
     * The field for notes on these hours: "opening_hours_note", "schedule_note"; in an office
     * sharing list ("operator_hours[1].opening_hours") the entry's own "note".
     */
    static String noteKey(String key) {
        int dot = key.lastIndexOf('.');
        return dot >= 0 ? key.substring(0, dot + 1) + "note" : key + "_note";
    }

    /** What is wrong, at which character of the string (0-based) and over how many characters. */
    private record Problem(int offset, int length, String message) {
    }

    /** Problems the parser names without a usable column, and what to look for in the text. */
    private static final Map<String, Pattern> NAMED_PROBLEMS = Map.of(
            "German weekday", Pattern.compile("\\b(?:Di|Mi|Do|So)\\b"),
            // not the "1" of "Mo[1]" or "Fr[-1,2]"
            "Hours without minutes", Pattern.compile("(?<![\\d:\\[])\\d{1,2}(?![\\d:\\],])"));

    private static final Pattern NOT_HOURS = Pattern.compile("week\\s*[0-9/,\\-]+|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+\\d{1,2}");

    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered:?\\s*<[^>]*>\\s*\"([^\"]*)\"");

    private static Optional<Problem> problem(String text, boolean strict) {
        try {
            List<Rule> rules = strict ? strictRules(text) : parser(text).rules(false);
            if (rules.isEmpty()) return Optional.of(new Problem(0, text.length(), "it is empty"));
            return Optional.empty();
        } catch (OpeningHoursParseException e) {
            OpeningHoursParseException first = e.getExceptions() != null && !e.getExceptions().isEmpty() ? e.getExceptions().get(0) : e;
            return Optional.of(locate(text, first.getColumn(), first.getMessage()));
        } catch (RuntimeException | Error e) {
            // the generated token manager throws an Error for characters it has no token for
            return Optional.of(locate(text, -1, e.getMessage()));
        }
    }

    /**
     * The parser's columns drift with white space, so find the token it names in the text near
     * that column and point at the whole word.
     */
    static Problem locate(String text, int column, String message) {
        String m = message == null ? "" : message;
        Matcher enc = ENCOUNTERED.matcher(m);
        if (enc.find()) {
            String token = enc.group(1).strip();
            int from = Math.max(0, Math.min(text.length(), column - 3));
            int at = token.isEmpty() ? -1 : text.indexOf(token, from);
            if (at < 0 && !token.isEmpty()) at = text.indexOf(token);
            if (at >= 0) {
                int end = at + token.length();
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) end++;
                String word = text.substring(at, end);
                return new Problem(at, word.length(), "`" + word + "` is not understood here");
            }
            if (token.isEmpty()) return new Problem(Math.max(0, text.length() - 1), 1, "it ends too early");
        }
        // numbers that are no hours: weeks ("week 01-52/2") and days of a month ("Dec 24")
        String hoursOnly = NOT_HOURS.matcher(text).replaceAll(r -> " ".repeat(r.group().length()));
        for (Map.Entry<String, Pattern> known : NAMED_PROBLEMS.entrySet()) {
            if (!m.contains(known.getKey())) continue;
            Matcher where = known.getValue().matcher(hoursOnly);
            if (!where.find()) continue;
            String said = known.getKey().startsWith("Hours")
                    ? "`" + where.group() + "` has no minutes: times are written `09:00`" : clean(m);
            return new Problem(where.start(), where.end() - where.start(), said);
        }
        int offset = column > 0 ? Math.min(column - 1, Math.max(0, text.length() - 1)) : 0;
        return new Problem(offset, column > 0 ? 1 : text.length(), clean(m));
    }

    /**
     * German hours in the syntax. A comma between a time and a day is read as a new rule
     * ("Mo-Fr 8-16, Fr 8-12": a shorter Friday) unless that rule would take the days at other
     * times ("Mo-Fr 9-12, Mi 14-16"): then that comma adds, as the editor meant and as the check
     * wants; comma by comma, so that "Mo-Fr 9-12, Fr 9-11, Mi 14-16" keeps its shorter Friday.
     */
    private static Optional<String> germanForm(String seen) {
        Optional<String> newRules = strictForm(GermanHoursWording.rewrite(seen), seen);
        if (newRules.isEmpty() || !takesDaysAtOtherTimes(newRules.get())) return newRules;
        for (int k = 0, n = GermanHoursWording.commasBeforeRules(seen); k < n; k++) {
            Optional<String> adding = strictForm(GermanHoursWording.rewrite(seen, k), seen);
            if (adding.isPresent() && !takesDaysAtOtherTimes(adding.get())) return adding;
        }
        return newRules;
    }

    private static boolean takesDaysAtOtherTimes(String hours) {
        try {
            return PartlyReplacedHoursRules.any(new OpeningHours(hours, HoursRuleReader.read(strictRules(hours))));
        } catch (Exception | Error e) {
            return false;
        }
    }

    /** What the lenient parser makes of the candidate, if the strict one accepts it and it differs from what was written. */
    private static Optional<String> strictForm(String candidate, String written) {
        try {
            List<Rule> rules = parser(candidate).rules(false);
            String normal = Util.rulesToOpeningHoursString(rules);
            if (normal.equals(written) || problem(normal, true).isPresent()) return Optional.empty();
            return Optional.of(normal);
        } catch (Exception | Error e) {
            return Optional.empty();
        }
    }

    /** The rules in strict mode: the plain weekly form (nearly every value) without the generated parser, the rest with it. */
    private static List<Rule> strictRules(String text) throws OpeningHoursParseException {
        List<Rule> plain = PlainWeeklyHours.rules(text);
        return plain != null ? plain : parser(text).rules(true);
    }

    private static OpeningHoursParser parser(String text) {
        // a buffer the size of the text: the parser's default (3 arrays of 4,096) was most of what
        // checking 25,000 opening hours allocated; it grows itself if it ever needs more
        return new OpeningHoursParser(new OpeningHoursParserTokenManager(
                new SimpleCharStream(new HoursParserInput(text), 1, 1, Math.max(64, text.length() + 1))));
    }

    private static String clean(String message) {
        if (message == null || message.isBlank()) return "unexpected text";
        String m = message.strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) m = m.substring(0, nl);
        return m.replaceAll("\\s+", " ").replaceAll(" at line \\d+, column \\d+", "");
    }
}
