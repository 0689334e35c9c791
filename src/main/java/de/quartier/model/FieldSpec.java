package de.quartier.model;

import java.util.List;
import java.util.Objects;

/**
 * One field an editor may write, as {@link ContentFields} defines it: the validator takes its
 * known keys from these, and the JSON Schemas, the web editor's configuration and {@code quartier
 * new} are made from them, so all four say the same.
 *
 * @param key         the YAML key ("opening_hours")
 * @param kind        what its value is
 * @param required    whether every record must have it
 * @param label       a German label for forms ("Öffnungszeiten")
 * @param description what it means, in German, for editors
 * @param example     an example value as it is written in YAML ("Mo,Tu 09:00-13:00; PH off"), or null
 * @param refersTo    the collection a REF or REFS field points at, else null
 * @param values      the allowed values of a CHOICE, else empty
 * @param fields      the fields of a MAP or of each item of MAPS, else empty
 */
public record FieldSpec(String key, Kind kind, boolean required, String label, String description, String example,
                        Collection refersTo, List<String> values, List<FieldSpec> fields) {
    /** What a field's value is. */
    public enum Kind {
        /** One line of text. */
        TEXT,
        /** A list of texts (or one text). */
        TEXTS,
        /** true/false (also yes/no, ja/nein). */
        BOOLEAN,
        /** A whole number. */
        INTEGER,
        /** A number (a decimal comma is allowed). */
        NUMBER,
        /** YYYY-MM-DD. */
        DATE,
        /** YYYY-MM-DD or YYYY-MM. */
        DATE_OR_MONTH,
        /** YYYY-MM-DD HH:MM or with T, optionally with an offset. */
        DATE_TIME,
        /** An http(s) address. */
        URL,
        /** An e-mail address. */
        EMAIL,
        /** A phone number. */
        PHONE,
        /** A German postal code (five digits). */
        POSTAL_CODE,
        /** ISO 639-1 language codes. */
        LANGUAGES,
        /** OpenStreetMap opening_hours. */
        OPENING_HOURS,
        /** {lat, lon} or [lat, lon]. */
        GEO,
        /** [[south, west], [north, east]]. */
        BOUNDS,
        /** A path under content/media/ written relative to content/ ("media/x.jpg"). */
        MEDIA,
        /** One value of {@link FieldSpec#values()}. */
        CHOICE,
        /** The slug of a record of {@link FieldSpec#refersTo()}. */
        REF,
        /** One slug or a list of slugs of {@link FieldSpec#refersTo()}. */
        REFS,
        /** A mapping of {@link FieldSpec#fields()}. */
        MAP,
        /** A list of mappings of {@link FieldSpec#fields()}. */
        MAPS,
        /** Markdown text (a record's body in a .yml file). */
        MARKDOWN
    }

    public FieldSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        values = List.copyOf(values);
        fields = List.copyOf(fields);
    }

    /** The keys of a MAP's or MAPS' fields. */
    public java.util.Set<String> keys() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (FieldSpec f : fields) out.add(f.key());
        return java.util.Collections.unmodifiableSet(out);
    }

    /** The field of a MAP or MAPS by key. */
    public FieldSpec field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this.key + " has no field " + key));
    }
}
