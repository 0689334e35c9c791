package de.quartier.source;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.GeoPoint;
import de.quartier.model.Ref;
import de.quartier.model.Slug;
import de.quartier.model.SourceSpan;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of one YAML mapping the way a person reading the file would, converting each
 * scalar's text per field and reporting a value of the wrong kind at its position. Every reader
 * returns null (or an empty list) for a missing or invalid value after reporting it, so
 * validation goes on and finds every problem of a file in one pass.
 */
public final class Fields {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern GERMAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()/\\-–.]{2,30}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Map<String, Boolean> BOOLEANS = Map.of(
            "true", true, "false", false, "yes", true, "no", false, "ja", true, "nein", false);

    private final Node.Mapping map;
    private final SourceSpan missingAt;
    private final String prefix;
    private final Diagnostics diagnostics;

    /**
     * @param missingAt where a missing required field of this mapping is reported: the record's
     *                  first line for top-level fields, the parent key for nested ones
     * @param prefix    how to name this mapping's keys in messages, e.g. "address." (or "")
     */
    public Fields(Node.Mapping map, SourceSpan missingAt, String prefix, Diagnostics diagnostics) {
        this.map = map;
        this.missingAt = missingAt;
        this.prefix = prefix;
        this.diagnostics = diagnostics;
    }

    /** The top-level fields of a record; missing required fields are reported at its first line. */
    public static Fields of(ParsedRecord record, Diagnostics diagnostics) {
        return new Fields(record.fields(), SourceSpan.startOf(record.file().path()), "", diagnostics);
    }

    /** How a key of this mapping is named in messages, e.g. "image.src". */
    public String nameOf(String key) {
        return prefix + key;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public Node.Mapping mapping() {
        return map;
    }

    /** Warns about every key not in {@code known}, naming the closest known key. */
    public void checkKeys(Set<String> known) {
        for (Node.Pair p : map.pairs()) {
            String key = p.key().value();
            if (known.contains(key)) continue;
            Optional<String> near = Suggestions.closest(key, known);
            String message = "`" + prefix + key + "`: unknown key"
                    + near.map(n -> "; did you mean `" + prefix + n + "`?").orElse("");
            diagnostics.warning(Code.UNKNOWN_KEY, p.key().at(), message,
                    near.isPresent() ? null : "known keys here: " + String.join(", ", new TreeSet<>(known)));
        }
    }

    public boolean has(String key) {
        return map.pair(key).filter(p -> !(p.value() instanceof Node.Scalar s && s.isEmpty())).isPresent();
    }

    public Optional<Node> node(String key) {
        return map.pair(key).map(Node.Pair::value);
    }

    /** Where a key's value was written, or the key itself if the value is empty, or where missing fields go. */
    public SourceSpan spanOf(String key) {
        return map.pair(key).map(p -> p.value() instanceof Node.Scalar s && s.isEmpty() ? p.key().at() : p.value().at())
                .orElse(missingAt);
    }

    public SourceSpan keyAt(String key) {
        return map.pair(key).map(p -> p.key().at()).orElse(missingAt);
    }

    // ---- presence and kinds ----------------------------------------------------------------

    /** Reports a missing required field; returns true if it is there. */
    public boolean require(String key) {
        if (has(key)) return true;
        diagnostics.error(Code.MISSING_FIELD, map.pair(key).map(p -> p.key().at()).orElse(missingAt),
                "`" + prefix + key + "` is required" + (map.pair(key).isPresent() ? " and must not be empty" : ""));
        return false;
    }

    /** The scalar under key, if present and non-empty; a list or mapping there is an error. */
    public Optional<Node.Scalar> scalar(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) return Optional.empty();
        if (n.get() instanceof Node.Scalar s) return s.isEmpty() ? Optional.empty() : Optional.of(s);
        wrongKind(key, n.get(), "text");
        return Optional.empty();
    }

    private void wrongKind(String key, Node found, String expected) {
        diagnostics.error(Code.WRONG_KIND, found.at(),
                "`" + prefix + key + "` must be " + expected + ", not " + found.kindName());
    }

    // ---- text ------------------------------------------------------------------------------

    public String text(String key) {
        return scalar(key).map(s -> s.value().strip()).orElse(null);
    }

    public String requiredText(String key) {
        return require(key) ? text(key) : null;
    }

    /** One text or a list of texts, e.g. {@code target_groups: Familien} or {@code [Familien, Kinder]}. */
    public List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (Node.Scalar s : scalars(key)) out.add(s.value().strip());
        return out;
    }

    /** The scalars of a field that may be one value or a list of values. */
    public List<Node.Scalar> scalars(String key) {
        Optional<Node> n = node(key);
        List<Node.Scalar> out = new ArrayList<>();
        if (n.isEmpty()) return out;
        if (n.get() instanceof Node.Scalar s) {
            if (!s.isEmpty()) out.add(s);
        } else if (n.get() instanceof Node.Sequence seq) {
            for (Node item : seq.items()) {
                if (item instanceof Node.Scalar s) {
                    if (!s.isEmpty()) out.add(s);
                } else {
                    diagnostics.error(Code.WRONG_KIND, item.at(),
                            "each entry of `" + prefix + key + "` must be text, not " + item.kindName());
                }
            }
        } else {
            wrongKind(key, n.get(), "text or a list of texts");
        }
        return out;
    }

    // ---- flags and choices -----------------------------------------------------------------

    public Boolean bool(String key) {
        return scalar(key).map(s -> {
            Boolean b = BOOLEANS.get(s.value().strip().toLowerCase(Locale.ROOT));
            if (b == null)
                diagnostics.error(Code.BAD_VALUE, s.at(), "`" + prefix + key + "` must be true or false, not `" + s.value() + "`");
            return b;
        }).orElse(null);
    }

    /** One of a fixed set of words, e.g. wheelchair: yes|limited|no. */
    public <T> T choice(String key, Map<String, T> allowed) {
        return scalar(key).map(s -> {
            T t = allowed.get(s.value().strip().toLowerCase(Locale.ROOT));
            if (t == null) {
                Set<String> words = new TreeSet<>(allowed.keySet());
                diagnostics.error(Code.BAD_VALUE, s.at(), "`" + prefix + key + "` must be one of "
                        + String.join(", ", words) + ", not `" + s.value() + "`",
                        didYouMean(Suggestions.allClosest(s.value().strip().toLowerCase(Locale.ROOT), words)));
            }
            return t;
        }).orElse(null);
    }

    private static String didYouMean(List<String> words) {
        return words.isEmpty() ? null : "did you mean " + String.join(" or ", words.stream().map(w -> "`" + w + "`").toList()) + "?";
    }

    // ---- numbers ---------------------------------------------------------------------------

    public BigDecimal number(String key) {
        return scalar(key).map(s -> number(s, key)).orElse(null);
    }

    private BigDecimal number(Node.Scalar s, String key) {
        String v = s.value().strip();
        if (!NUMBER.matcher(v).matches()) {
            diagnostics.error(Code.BAD_NUMBER, s.at(), "`" + prefix + key + "` must be a number, not `" + v + "`",
                    v.matches("-?\\d{1,3}(\\.\\d{3})+") ? "write the number without thousands separators: " + v.replace(".", "") : null);
            return null;
        }
        // a decimal comma is how German editors write 18,5
        return new BigDecimal(v.replace(',', '.'));
    }

    public Integer integer(String key, int min, int max) {
        return scalar(key).map(s -> {
            String v = s.value().strip();
            try {
                int i = Integer.parseInt(v);
                if (i >= min && i <= max) return i;
            } catch (NumberFormatException e) {
                // reported below
            }
            diagnostics.error(Code.BAD_NUMBER, s.at(),
                    "`" + prefix + key + "` must be a whole number from " + min + " to " + max + ", not `" + v + "`");
            return null;
        }).orElse(null);
    }

    // ---- dates and times -------------------------------------------------------------------

    public LocalDate date(String key) {
        return scalar(key).map(s -> date(s, key, false, false)).orElse(null);
    }

    /**
     * A date, or a month ({@code YYYY-MM}) taken as its first day or, with {@code endOfMonth}, its
     * last: {@code until: 2025-06} runs through 30 June.
     */
    public LocalDate dateOrMonth(String key, boolean endOfMonth) {
        return scalar(key).map(s -> date(s, key, true, endOfMonth)).orElse(null);
    }

    private LocalDate date(Node.Scalar s, String key, boolean monthAllowed, boolean endOfMonth) {
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
            diagnostics.error(Code.BAD_DATE, s.at(), "`" + prefix + key + "`: `" + v + "` is not a date in the calendar");
            return null;
        }
        diagnostics.error(Code.BAD_DATE, s.at(), "`" + prefix + key + "` must be a date written YYYY-MM-DD"
                + (monthAllowed ? " or YYYY-MM" : "") + ", not `" + v + "`", germanDateHint(v));
        return null;
    }

    private static String germanDateHint(String v) {
        Matcher g = GERMAN_DATE.matcher(v);
        if (!g.matches()) return "for example 2026-11-21";
        return String.format("write %s-%02d-%02d", g.group(3), Integer.parseInt(g.group(2)), Integer.parseInt(g.group(1)));
    }

    /**
     * A date and time of day, {@code 2026-12-05 14:00} (or with 'T'); without a zone it is local
     * time in {@code zone}. A time that the clocks skip when summer time starts is an error.
     */
    public ZonedDateTime dateTime(Node.Scalar s, String key, ZoneId zone) {
        String v = s.value().strip();
        Matcher m = DATE_TIME.matcher(v);
        if (!m.matches()) {
            String hint = DATE.matcher(v).matches() ? "add the time of day: " + v + " 14:00" : "for example 2026-12-05 14:00";
            diagnostics.error(Code.BAD_DATETIME, s.at(),
                    "`" + prefix + key + "` must be a date and time written YYYY-MM-DD HH:MM, not `" + v + "`", hint);
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(m.group(1));
        } catch (DateTimeException e) {
            diagnostics.error(Code.BAD_DATE, s.at(), "`" + prefix + key + "`: `" + m.group(1) + "` is not a date in the calendar");
            return null;
        }
        int h = Integer.parseInt(m.group(2));
        int min = Integer.parseInt(m.group(3));
        int sec = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (h > 23 || min > 59 || sec > 59) {
            diagnostics.error(Code.BAD_TIME, s.charAt(m.start(2), m.end(3) - m.start(2)),
                    "`" + prefix + key + "`: " + m.group(2) + ":" + m.group(3) + " is not a time of day",
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
                diagnostics.error(Code.BAD_DATETIME, s.at(), "`" + prefix + key + "`: `" + m.group(5) + "` is not a time-zone offset");
                return null;
            }
        }
        if (!zone.getRules().isValidOffset(local, zone.getRules().getOffset(local))
                || zone.getRules().getValidOffsets(local).isEmpty()) {
            diagnostics.error(Code.NONEXISTENT_TIME, s.at(), "`" + prefix + key + "`: " + v
                    + " does not exist in " + zone + ": the clocks skip that hour when summer time begins",
                    "use a time an hour later");
            return null;
        }
        return ZonedDateTime.ofLocal(local, zone, null);
    }

    // ---- contact data ----------------------------------------------------------------------

    public String email(String key) {
        return scalar(key).map(s -> {
            String v = s.value().strip();
            if (v.startsWith("mailto:")) v = v.substring("mailto:".length());
            if (EMAIL.matcher(v).matches()) return v;
            diagnostics.error(Code.BAD_EMAIL, s.at(), "`" + prefix + key + "`: `" + s.value().strip() + "` is not an e-mail address",
                    "for example quartiersbuero@example.org");
            return null;
        }).orElse(null);
    }

    public String phone(String key) {
        return scalar(key).map(s -> {
            String v = s.value().strip();
            if (PHONE.matcher(v).matches() && v.chars().filter(Character::isDigit).count() >= 3) return v;
            diagnostics.error(Code.BAD_PHONE, s.at(), "`" + prefix + key + "`: `" + v + "` is not a phone number",
                    "digits, spaces, +, -, / and parentheses only, e.g. 02041 70-3000; put notes in another field");
            return null;
        }).orElse(null);
    }

    /** A web address: http or https with a host; nothing else may become a link. */
    public String url(String key) {
        return scalar(key).map(s -> url(s, key)).orElse(null);
    }

    private String url(Node.Scalar s, String key) {
        String v = s.value().strip();
        String problem;
        try {
            URI u = new URI(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https"))
                problem = u.getScheme() == null ? "has no scheme" : "uses the scheme `" + u.getScheme() + "`; only http and https are allowed";
            else if (u.getHost() == null || !u.getHost().contains("."))
                problem = "has no host name";
            else
                return v;
        } catch (URISyntaxException e) {
            problem = "is not a valid address (" + e.getReason() + " at character " + (e.getIndex() + 1) + ")";
        }
        diagnostics.error(Code.BAD_URL, s.at(), "`" + prefix + key + "`: `" + v + "` " + problem,
                v.startsWith("www.") ? "write https://" + v : "for example https://www.bottrop.de/");
        return null;
    }

    /** ISO 639-1 codes, one or a list: {@code languages: [de, tr, ar]}. */
    public List<String> languages(String key) {
        List<String> out = new ArrayList<>();
        for (Node.Scalar s : scalars(key)) {
            String v = s.value().strip();
            if (ISO_639_1.contains(v)) {
                out.add(v);
                continue;
            }
            String lower = v.toLowerCase(Locale.ROOT);
            String hint = ISO_639_1.contains(lower) ? "write it in lowercase: " + lower
                    : Arrays.stream(Locale.getAvailableLocales())
                    .filter(l -> !l.getLanguage().isEmpty() && (l.getDisplayLanguage(Locale.GERMAN).equalsIgnoreCase(v)
                            || l.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(v)))
                    .map(l -> "the code for " + v + " is " + l.getLanguage()).findFirst()
                    .orElse("use two-letter ISO 639-1 codes such as de, tr, ar, ru, uk, pl, en");
            diagnostics.error(Code.BAD_LANGUAGE, s.at(), "`" + prefix + key + "`: `" + v + "` is not an ISO 639-1 language code", hint);
        }
        return out;
    }

    // ---- references ------------------------------------------------------------------------

    /** One slug or a list of slugs, each kept with where it was written. */
    public List<Ref> refs(String key) {
        List<Ref> out = new ArrayList<>();
        for (Node.Scalar s : scalars(key)) {
            Ref r = ref(s, key);
            if (r != null) out.add(r);
        }
        return out;
    }

    public Ref ref(String key) {
        return scalar(key).map(s -> ref(s, key)).orElse(null);
    }

    private Ref ref(Node.Scalar s, String key) {
        String v = s.value().strip();
        if (Slug.isValid(v)) return new Ref(new Slug(v), s.at());
        diagnostics.error(Code.BAD_SLUG, s.at(), "`" + prefix + key + "`: `" + v + "` is not a slug (lowercase a-z, 0-9 and -)",
                "records are named by their file name without extension, e.g. " + Slug.suggest(v));
        return null;
    }

    // ---- nested structures -----------------------------------------------------------------

    /** A nested mapping such as {@code address:}; null (reported) if it is something else. */
    public Fields map(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty() || n.get() instanceof Node.Scalar s && s.isEmpty()) return null;
        if (n.get() instanceof Node.Mapping m) return new Fields(m, keyAt(key), prefix + key + ".", diagnostics);
        wrongKind(key, n.get(), "a mapping of keys and values");
        return null;
    }

    public Fields requiredMap(String key) {
        return require(key) ? map(key) : null;
    }

    /** A list of mappings such as {@code contacts:} or {@code dates:}. */
    public List<Fields> maps(String key) {
        List<Fields> out = new ArrayList<>();
        Optional<Node> n = node(key);
        if (n.isEmpty() || n.get() instanceof Node.Scalar s && s.isEmpty()) return out;
        if (!(n.get() instanceof Node.Sequence seq)) {
            wrongKind(key, n.get(), "a list");
            return out;
        }
        int i = 0;
        for (Node item : seq.items()) {
            i++;
            if (item instanceof Node.Mapping m) out.add(new Fields(m, m.at(), prefix + key + "[" + i + "].", diagnostics));
            else diagnostics.error(Code.WRONG_KIND, item.at(),
                    "each entry of `" + prefix + key + "` must be a mapping of keys and values, not " + item.kindName());
        }
        return out;
    }

    /**
     * A position: {@code {lat: 51.52, lon: 6.93}} or {@code [51.52, 6.93]}. Reports numbers out of
     * range; bounds are checked by the caller, who knows the site's map.
     */
    public GeoPoint geo(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty() || n.get() instanceof Node.Scalar s && s.isEmpty()) return null;
        return geo(n.get(), key);
    }

    /** A position written as {@code node}, named {@code key} in messages (e.g. an entry of a list). */
    public GeoPoint geo(Node node, String key) {
        BigDecimal lat;
        BigDecimal lon;
        if (node instanceof Node.Mapping m) {
            Fields f = new Fields(m, m.at(), prefix + key + ".", diagnostics);
            f.checkKeys(Set.of("lat", "lon"));
            boolean both = f.require("lat") & f.require("lon");
            lat = f.number("lat");
            lon = f.number("lon");
            if (!both) return null;
        } else if (node instanceof Node.Sequence seq && seq.items().size() == 2
                && seq.items().get(0) instanceof Node.Scalar a && seq.items().get(1) instanceof Node.Scalar b) {
            lat = number(a, key + "[1]");
            lon = number(b, key + "[2]");
        } else {
            wrongKind(key, node, "a position: {lat: …, lon: …} or [lat, lon]");
            return null;
        }
        if (lat == null || lon == null) return null;
        if (lat.abs().doubleValue() > 90 || lon.abs().doubleValue() > 180) {
            diagnostics.error(Code.BAD_NUMBER, node.at(), "`" + prefix + key + "`: " + lat + ", " + lon
                    + " is not a position on earth (latitude -90…90, longitude -180…180)");
            return null;
        }
        return new GeoPoint(lat.doubleValue(), lon.doubleValue());
    }
}
