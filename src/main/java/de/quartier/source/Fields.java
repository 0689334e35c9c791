package de.quartier.source;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.GeoPoint;
import de.quartier.model.Ref;
import de.quartier.model.SourceSpan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one YAML mapping the way a person reading the file would, converting each
 * scalar's text per field and reporting a value of the wrong kind at its position. Every reader
 * returns null (or an empty list) for a missing or invalid value after reporting it, so
 * validation goes on and finds every problem of a file in one pass.
 */
public final class Fields {

    private final Node.Mapping map;
    private final SourceSpan missingAt;
    private final String prefix;
    private final Diagnostics diagnostics;
    private final FieldExamples examples;

    /**
     * @param missingAt where a missing required field of this mapping is reported: the record's
     *                  first line for top-level fields, the parent key for nested ones
     * @param prefix    how to name this mapping's keys in messages, e.g. "address." (or "")
     */
    public Fields(Node.Mapping map, SourceSpan missingAt, String prefix, Diagnostics diagnostics) {
        this(map, missingAt, prefix, diagnostics, FieldExamples.MODEL);
    }

    private Fields(Node.Mapping map, SourceSpan missingAt, String prefix, Diagnostics diagnostics, FieldExamples examples) {
        this.map = map;
        this.missingAt = missingAt;
        this.prefix = prefix;
        this.diagnostics = diagnostics;
        this.examples = examples;
    }

    /** These fields, hinting a missing one with the site's own example where {@code site} gives one (file, dotted key → example). */
    public Fields withSiteExamples(java.util.function.BinaryOperator<String> site) {
        return new Fields(map, missingAt, prefix, diagnostics, new FieldExamples(site));
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
        UnknownKeys.report(map, known, prefix, diagnostics);
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
        // `quarters: []` or `[""]` names nothing: missing too (the record was left out without a word)
        if (has(key) && !(node(key).orElse(null) instanceof Node.Sequence seq
                && seq.items().stream().allMatch(i -> i instanceof Node.Scalar s && s.isEmpty()))) return true;
        // "adress:" written for "address:": the error stands at that key, beside its "did you mean"
        Optional<Node.Pair> meant = map.pair(key).isEmpty() ? UnknownKeys.writtenFor(map, key) : Optional.empty();
        if (meant.isPresent()) {
            diagnostics.error(Code.MISSING_FIELD, meant.get().key().at(), "`" + prefix + key + "` is required, and `"
                    + meant.get().key().value() + "` is probably meant", "write `" + key + ":`");
            return false;
        }
        diagnostics.error(Code.MISSING_FIELD, map.pair(key).map(p -> p.key().at()).orElse(missingAt),
                "`" + prefix + key + "` is required" + (map.pair(key).isPresent() ? " and must not be empty" : ""),
                examples.forMissing(missingAt.path(), prefix, key));
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
        diagnostics.error(Code.WRONG_KIND, found.at(), "`" + prefix + key + "` must be " + expected + ", not " + found.kindName(),
                examples.forWrongKind(missingAt.path(), prefix, key));
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
        return scalars(key).stream().map(s -> s.value().strip()).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /** The scalars of a field that may be one value or a list of values. */
    public List<Node.Scalar> scalars(String key) {
        Optional<Node> n = node(key);
        List<Node.Scalar> out = new ArrayList<>();
        if (n.isEmpty()) return out;
        if (n.get() instanceof Node.Mapping) wrongKind(key, n.get(), "text or a list of texts");
        for (Node item : n.get() instanceof Node.Sequence seq ? seq.items() : List.of(n.get())) {
            if (item instanceof Node.Scalar s && !s.isEmpty()) out.add(s);
            else if (!(item instanceof Node.Scalar) && n.get() instanceof Node.Sequence)
                diagnostics.error(Code.WRONG_KIND, item.at(), "each entry of `" + prefix + key + "` must be text, not " + item.kindName());
        }
        return out;
    }

    // ---- flags and choices -----------------------------------------------------------------

    public Boolean bool(String key) {
        return scalar(key).map(s -> ScalarValues.bool(s, prefix + key, diagnostics)).orElse(null);
    }

    /** One of a fixed set of words, e.g. wheelchair: yes|limited|no. */
    public <T> T choice(String key, Map<String, T> allowed) {
        return scalar(key).map(s -> ScalarValues.choice(s, prefix + key, allowed, diagnostics)).orElse(null);
    }

    // ---- numbers ---------------------------------------------------------------------------

    public BigDecimal number(String key) {
        return scalar(key).map(s -> number(s, key)).orElse(null);
    }

    /** A figure, such as a quarter's population: "7.850" is reported as a thousands separator (see {@link ScalarValues#amount}). */
    public BigDecimal amount(String key) {
        return scalar(key).map(s -> ScalarValues.amount(s, prefix + key, diagnostics)).orElse(null);
    }

    private BigDecimal number(Node.Scalar s, String key) {
        return ScalarValues.number(s, prefix + key, diagnostics);
    }

    public Integer integer(String key, int min, int max) {
        return scalar(key).map(s -> ScalarValues.integer(s, prefix + key, min, max, diagnostics)).orElse(null);
    }

    // ---- dates and times -------------------------------------------------------------------

    public LocalDate date(String key) {
        return scalar(key).map(s -> ScalarValues.date(s, prefix + key, false, false, diagnostics)).orElse(null);
    }

    /**
     * A date, or a month ({@code YYYY-MM}) taken as its first day or, with {@code endOfMonth}, its
     * last: {@code until: 2025-06} runs through 30 June.
     */
    public LocalDate dateOrMonth(String key, boolean endOfMonth) {
        return scalar(key).map(s -> ScalarValues.date(s, prefix + key, true, endOfMonth, diagnostics)).orElse(null);
    }

    /**
     * A date and time of day, {@code 2026-12-05 14:00} (or with 'T'); without a zone it is local
     * time in {@code zone}. A time that the clocks skip when summer time starts is an error.
     */
    public ZonedDateTime dateTime(Node.Scalar s, String key, ZoneId zone) {
        return ScalarValues.dateTime(s, prefix + key, zone, diagnostics);
    }

    // ---- contact data ----------------------------------------------------------------------

    public String email(String key) {
        return scalar(key).map(s -> ContactValues.email(s, prefix + key, diagnostics)).orElse(null);
    }

    public String phone(String key) {
        return scalar(key).map(s -> ContactValues.phone(s, prefix + key, diagnostics)).orElse(null);
    }

    /** A web address: http or https with a host; nothing else may become a link. */
    public String url(String key) {
        return scalar(key).map(s -> ScalarValues.url(s, prefix + key, diagnostics)).orElse(null);
    }

    /** ISO 639-1 codes, one or a list: {@code languages: [de, tr, ar]}. */
    public List<String> languages(String key) {
        List<String> out = new ArrayList<>();
        for (Node.Scalar s : scalars(key)) {
            String code = ScalarValues.language(s, prefix + key, diagnostics);
            if (code != null) out.add(code);
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
        return ScalarValues.ref(s, prefix + key, diagnostics);
    }

    // ---- nested structures -----------------------------------------------------------------

    /** A nested mapping such as {@code address:}; null (reported) if it is something else. */
    public Fields map(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty() || n.get() instanceof Node.Scalar s && s.isEmpty()) return null;
        if (n.get() instanceof Node.Mapping m) return new Fields(m, keyAt(key), prefix + key + ".", diagnostics, examples);
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
            if (item instanceof Node.Mapping m) out.add(new Fields(m, m.at(), prefix + key + "[" + i + "].", diagnostics, examples));
            else diagnostics.error(Code.WRONG_KIND, item.at(),
                    "each entry of `" + prefix + key + "` must be a mapping of keys and values, not " + item.kindName(),
                    key.equals("dates") && item instanceof Node.Scalar s ? DateHints.datesEntryHint(s.value()) : null);
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
        return GeoPositions.read(node, prefix + key, diagnostics);
    }
}
