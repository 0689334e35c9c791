package de.quartier.source;

import de.quartier.diag.Suggestions;
import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.Ref;
import de.quartier.model.Slug;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the text of one scalar becomes a number, a date, a time, a web address or a reference, for {@link Fields}.
 * {@code name} is how the field is named in messages ({@code address.street}); a value that does
 * not read is reported at its position and gives null.
 */
final class ScalarValues {
    /** A date as it must be written; {@link DateHints} reads it too. */
    static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private static final Map<String, Boolean> BOOLEANS = Map.of(
            "true", true, "false", false, "yes", true, "no", false, "ja", true, "nein", false);

    private ScalarValues() {
    }

    /** A number; a decimal comma is read as a point. */
    static BigDecimal number(Node.Scalar s, String name, Diagnostics d) {
        String v = s.value().strip();
        if (!NUMBER.matcher(v).matches()) {
            if (InvisibleCharacters.reported(s, name, d, seen -> NUMBER.matcher(seen).matches())) return null;
            d.error(Code.BAD_NUMBER, s.at(), "`" + name + "` must be a number, not `" + v + "`",
                    v.matches("-?\\d{1,3}(\\.\\d{3})+") ? "write the number without thousands separators: " + v.replace(".", "") : null);
            return null;
        }
        // a decimal comma is how German editors write 18,5
        return new BigDecimal(v.replace(',', '.'));
    }

    /**
     * A figure as German editors write it ("7850", "18,5"): a point before three digits
     * ("7.850", "11.500") is read as what it is in German, a thousands separator, and reported,
     * since as a decimal point it would make 7.85 of 7850 without a word. Not for coordinates,
     * whose decimals are written with a point.
     */
    static BigDecimal amount(Node.Scalar s, String name, Diagnostics d) {
        String v = s.value().strip();
        if (v.matches("-?[1-9]\\d{0,2}\\.\\d{3}")) { // not 0.125, which no one writes for 125
            d.error(Code.BAD_NUMBER, s.at(), "`" + name + "`: in `" + v + "` the point reads as a thousands separator, so the number is unclear",
                    "write " + v.replace(".", "") + " for the whole number, or a decimal with a comma: " + v.replace('.', ','));
            return null;
        }
        return number(s, name, d);
    }

    /** A date {@code YYYY-MM-DD}, or with {@code monthAllowed} a month, its first or ({@code endOfMonth}) its last day. */
    static LocalDate date(Node.Scalar s, String name, boolean monthAllowed, boolean endOfMonth, Diagnostics d) {
        String v = s.value().strip();
        Matcher m = DATE.matcher(v);
        try {
            if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            Matcher mm = MONTH.matcher(v);
            if (monthAllowed && mm.matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(mm.group(1)), Integer.parseInt(mm.group(2)));
                return endOfMonth ? ym.atEndOfMonth() : ym.atDay(1);
            }
        } catch (DateTimeException e) {
            d.error(Code.BAD_DATE, s.at(), "`" + name + "`: `" + v + "` is not a date in the calendar", DateHints.calendarHint(v));
            return null;
        }
        if (InvisibleCharacters.reported(s, name, d, seen -> DATE.matcher(seen).matches() || monthAllowed && MONTH.matcher(seen).matches())) return null;
        d.error(Code.BAD_DATE, s.at(), "`" + name + "` must be a date written YYYY-MM-DD"
                + (monthAllowed ? " or YYYY-MM" : "") + ", not `" + v + "`", DateHints.germanDateHint(v));
        return null;
    }

    /**
     * A date and time of day, {@code 2026-12-05 14:00} (or with 'T'); without a zone it is local
     * time in {@code zone}. A time that the clocks skip when summer time starts is an error.
     */
    static ZonedDateTime dateTime(Node.Scalar s, String name, ZoneId zone, Diagnostics d) {
        String v = s.value().strip();
        Matcher m = DATE_TIME.matcher(v);
        if (!m.matches() && InvisibleCharacters.reported(s, name, d, seen -> DATE_TIME.matcher(seen).matches())) return null;
        if (!m.matches()) {
            String hint = DATE.matcher(v).matches() ? "add the time of day: " + v + " 14:00" : DateHints.germanDateTimeHint(v);
            d.error(Code.BAD_DATETIME, s.at(),
                    "`" + name + "` must be a date and time written YYYY-MM-DD HH:MM, not `" + v + "`", hint);
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(m.group(1));
        } catch (DateTimeException e) {
            d.error(Code.BAD_DATE, s.at(), "`" + name + "`: `" + m.group(1) + "` is not a date in the calendar");
            return null;
        }
        int h = Integer.parseInt(m.group(2));
        int min = Integer.parseInt(m.group(3));
        int sec = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (h > 23 || min > 59 || sec > 59) {
            d.error(Code.BAD_TIME, s.charAt(m.start(2), m.end(3) - m.start(2)),
                    "`" + name + "`: " + m.group(2) + ":" + m.group(3) + " is not a time of day",
                    h == 24 && min == 0 ? "write 23:59, or 00:00 of the next day" : "hours run from 00 to 23, minutes from 00 to 59");
            return null;
        }
        LocalDateTime local = LocalDateTime.of(day, LocalTime.of(h, min, sec));
        if (m.group(5) != null) {
            String off = m.group(5);
            if (!off.equals("Z") && !off.contains(":")) off = off.substring(0, 3) + ":" + off.substring(3);
            try {
                return local.atOffset(ZoneOffset.of(off)).atZoneSameInstant(zone);
            } catch (DateTimeException e) {
                d.error(Code.BAD_DATETIME, s.at(), "`" + name + "`: `" + m.group(5) + "` is not a time-zone offset");
                return null;
            }
        }
        if (!zone.getRules().isValidOffset(local, zone.getRules().getOffset(local))
                || zone.getRules().getValidOffsets(local).isEmpty()) {
            d.error(Code.NONEXISTENT_TIME, s.at(), "`" + name + "`: " + v
                    + " does not exist in " + zone + ": the clocks skip that hour when summer time begins",
                    "use a time an hour later");
            return null;
        }
        return ZonedDateTime.ofLocal(local, zone, null);
    }

    /** A web address: http or https with a host; nothing else may become a link. */
    static String url(Node.Scalar s, String name, Diagnostics d) {
        // before URI reads it: a path may hold a zero width space, and the link would lead nowhere
        if (InvisibleCharacters.reported(s, name, d, seen -> !seen.contains(" "))) return null;
        String v = s.value().strip();
        boolean local = false;
        String problem;
        try {
            URI u = new URI(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            de.quartier.model.WebAddress.Reach reach = de.quartier.model.WebAddress.reach(u);
            local = reach != de.quartier.model.WebAddress.Reach.WEB;
            if (!scheme.equals("http") && !scheme.equals("https"))
                problem = u.getScheme() == null ? "has no scheme" : "uses the scheme `" + u.getScheme() + "`; only http and https are allowed";
            // records only: site-config.yml may name a local server on purpose (a test installation)
            else if (local && !s.at().path().equals("site-config.yml"))
                problem = "leads " + reach.leads + ", not to a page on the web";
            else if (u.getHost() == null || !u.getHost().contains("."))
                problem = "has no host name";
            else
                return v;
        } catch (URISyntaxException e) {
            // the JDK's reason ("Illegal character in path") means nothing to an editor: say which character
            problem = v.contains(" ") ? "has a space, which a web address cannot hold"
                    : "has a character a web address cannot hold at character " + (e.getIndex() + 1) + (e.getIndex() >= 0 && e.getIndex() < v.length()
                    ? " (`" + v.charAt(e.getIndex()) + "`)" : "");
        }
        d.error(Code.BAD_URL, s.at(), "`" + name + "`: `" + v + "` " + problem, urlHint(v, local));
        return null;
    }

    /** A mistyped scheme ("htps://", "https//", "https:/"), as meant. */
    private static final java.util.regex.Pattern MISTYPED_SCHEME = java.util.regex.Pattern.compile("(?i)(h?t?t?p?s?)(:?/{1,3}|:)(?=[^/\\s])(.*)");

    private static String urlHint(String v, boolean local) {
        if (v.startsWith("www.")) return "write https://" + v;
        if (local) return "write the address the page has on the web, e.g. https://www.example.org/…";
        if (v.contains(" ") && (v.startsWith("https://") || v.startsWith("http://")))
            return UrlSpaces.noteAfter(v) ? "write only the address: " + UrlSpaces.mended(v) + ", and a note in another field or the text"
                    : UrlSpaces.inHost(v) ? "delete the space: " + UrlSpaces.mended(v)
                    : "write each space as %20: " + UrlSpaces.mended(v) + ", or copy the address from the browser's address bar";
        java.util.regex.Matcher m = MISTYPED_SCHEME.matcher(v);
        // "htps://x", "https//x", "http:/x": only where what follows looks like a host name
        if (m.matches() && !m.group(1).isEmpty() && m.group(3).matches("[\\w.-]+\\.[a-zA-Z]{2,}(?:[/?#].*)?")
                && !(m.group(1).equalsIgnoreCase("https") && m.group(2).equals("://")) && !(m.group(1).equalsIgnoreCase("http") && m.group(2).equals("://")))
            // the scheme as meant ("htp" is http, "htps" https), and a blank in the rest as %20
            return "write " + (m.group(1).toLowerCase(Locale.ROOT).endsWith("s") ? "https://" : "http://") + m.group(3).replace(" ", "%20");
        return "for example https://www.example.org/";
    }

    /** An ISO 639-1 language code such as {@code de} or {@code tr}. */
    static String language(Node.Scalar s, String name, Diagnostics d) {
        String v = s.value().strip();
        if (ISO_639_1.contains(v)) return v;
        if (InvisibleCharacters.reported(s, name, d, ISO_639_1::contains)) return null;
        String lower = v.toLowerCase(Locale.ROOT);
        String hint = ISO_639_1.contains(lower) ? "write it in lowercase: " + lower
                : Arrays.stream(Locale.getAvailableLocales())
                .filter(l -> !l.getLanguage().isEmpty() && (l.getDisplayLanguage(Locale.GERMAN).equalsIgnoreCase(v)
                        || l.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(v)))
                .map(l -> "the code for " + v + " is " + l.getLanguage()).findFirst()
                .orElse("use two-letter ISO 639-1 codes such as de, tr, ar, ru, uk, pl, en");
        d.error(Code.BAD_LANGUAGE, s.at(), "`" + name + "`: `" + v + "` is not an ISO 639-1 language code", hint);
        return null;
    }

    static Boolean bool(Node.Scalar s, String name, Diagnostics d) {
        Boolean b = BOOLEANS.get(s.value().strip().toLowerCase(Locale.ROOT));
        if (b == null && !InvisibleCharacters.reported(s, name, d, seen -> BOOLEANS.containsKey(seen.toLowerCase(Locale.ROOT))))
            d.error(Code.BAD_VALUE, s.at(), "`" + name + "` must be true or false, not `" + s.value() + "`");
        return b;
    }

    /** One of a fixed set of words, written in any case. */
    static <T> T choice(Node.Scalar s, String name, Map<String, T> allowed, Diagnostics d) {
        T t = allowed.get(s.value().strip().toLowerCase(Locale.ROOT));
        if (t == null && InvisibleCharacters.reported(s, name, d, seen -> allowed.containsKey(seen.toLowerCase(Locale.ROOT)))) return null;
        if (t == null) {
            Set<String> words = new TreeSet<>(allowed.keySet());
            String written = s.value().strip().toLowerCase(Locale.ROOT);
            // German and true/false, as yes/no fields take them elsewhere: the word this field takes for it
            Boolean yes = BOOLEANS.get(written);
            String meant = yes != null && words.contains(yes ? "yes" : "no") ? (yes ? "yes" : "no")
                    : (written.equals("teilweise") || written.startsWith("eingeschr")) && words.contains("limited") ? "limited" : null;
            boolean partly = meant == null && (written.equals("teilweise") || written.startsWith("eingeschr"));
            d.error(Code.BAD_VALUE, s.at(), "`" + name + "` must be one of " + String.join(", ", words) + ", not `" + s.value() + "`",
                    meant != null ? "write `" + meant + "`"
                            // toilet: there is no "partly"; what is there is said in words
                            : partly ? "write `no` and say in `note` what there is" : didYouMean(Suggestions.allClosest(written, words)));
        }
        return t;
    }

    private static String didYouMean(List<String> words) {
        return words.isEmpty() ? null : "did you mean " + String.join(" or ", words.stream().map(w -> "`" + w + "`").toList()) + "?";
    }

    static Integer integer(Node.Scalar s, String name, int min, int max, Diagnostics d) {
        String v = s.value().strip();
        try {
            int i = Integer.parseInt(v);
            if (i >= min && i <= max) return i;
        } catch (NumberFormatException e) {
            // reported below
        }
        d.error(Code.BAD_NUMBER, s.at(), "`" + name + "` must be a whole number from " + min + " to " + max + ", not `" + v + "`");
        return null;
    }

    /** A reference to a record by its slug, kept with where it was written. */
    static Ref ref(Node.Scalar s, String name, Diagnostics d) {
        String v = s.value().strip();
        if (Slug.isValid(v)) return new Ref(new Slug(v), s.at());
        // named, and read as seen: whether such a record exists is still checked (and a near name suggested)
        if (InvisibleCharacters.reported(s, name, d, Slug::isValid)) return new Ref(new Slug(InvisibleCharacters.asSeen(v).strip()), s.at());
        String withoutExtension = v.replaceFirst("\\.(md|ya?ml)$", "");
        d.error(Code.BAD_SLUG, s.at(), "`" + name + "`: `" + v + "` is not a slug (lowercase a-z, 0-9 and -)",
                Slug.isValid(withoutExtension) ? "a record is named by its file name without the extension: write " + withoutExtension
                        : "records are named by their file name without extension, e.g. " + Slug.suggest(v));
        return null;
    }
}
