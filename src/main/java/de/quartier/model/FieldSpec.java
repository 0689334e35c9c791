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
 * @param fields      the fields of a MAP, of each item of MAPS or of each language of BY_LANGUAGE, else empty
 */
public record FieldSpec(String key, Kind kind, boolean required, String label, String description, String example,
                        Collection refersTo, List<String> values, List<FieldSpec> fields) {
    /**
     * What a field's value is; for a value written as text, the form it must have ({@code pattern},
     * a regular expression for the whole text, and {@code form}, the same in German words for a
     * hint), which the JSON Schemas and the web editor's fields share.
     */
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
        NUMBER("^-?[0-9]+(,[0-9]+)?$", "eine Zahl"),
        /** YYYY-MM-DD. */
        DATE("^" + Forms.YEAR_MONTH + Forms.DAY + "$", "JJJJ-MM-TT"),
        /** YYYY-MM-DD or YYYY-MM. */
        DATE_OR_MONTH("^" + Forms.YEAR_MONTH + "(" + Forms.DAY + ")?$", "JJJJ-MM oder JJJJ-MM-TT"),
        /** YYYY-MM-DD HH:MM or with T, optionally with an offset. */
        DATE_TIME("^" + Forms.YEAR_MONTH + Forms.DAY + "[T ]([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$",
                "JJJJ-MM-TT HH:MM"),
        /** An http(s) address. */
        URL("^https?://\\S+$", "eine Adresse mit https://"),
        /** An e-mail address (a leading mailto: is tolerated). */
        EMAIL("^(mailto:)?[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "eine E-Mail-Adresse"),
        /** A phone number. */
        PHONE("^\\+?[0-9][0-9 ()/+-]*$", "Ziffern, Leerzeichen, + - / ( )"),
        /** A German postal code (five digits). */
        POSTAL_CODE("^[0-9]{5}$", "fünf Ziffern"),
        /** ISO 639-1 language codes. */
        LANGUAGES("^[a-z]{2}$", "Kürzel aus zwei Buchstaben"),
        /** OpenStreetMap opening_hours. */
        OPENING_HOURS,
        /** {lat, lon} or [lat, lon]. */
        GEO,
        /** [[south, west], [north, east]]. */
        BOUNDS,
        /** A path under content/media/ written relative to content/ ("media/x.jpg"). */
        MEDIA("^media/\\S", "ein Pfad unter media/"),
        /** One value of {@link FieldSpec#values()}. */
        CHOICE,
        /** The slug of a record of {@link FieldSpec#refersTo()}. */
        REF("^[a-z0-9]+(-[a-z0-9]+)*$", "ein Dateiname aus a-z, 0-9 und -"),
        /** One slug or a list of slugs of {@link FieldSpec#refersTo()}. */
        REFS(REF.pattern, REF.form),
        /** A mapping of {@link FieldSpec#fields()}. */
        MAP,
        /** A list of mappings of {@link FieldSpec#fields()}. */
        MAPS,
        /** A mapping of {@link FieldSpec#fields()} for each language, by ISO 639-1 code ({@code translations: {en: {title: …}}}). */
        BY_LANGUAGE,
        /** Markdown text (a record's body in a .yml file). */
        MARKDOWN;

        private final String pattern;
        private final String form;

        Kind() {
            this(null, null);
        }

        Kind(String pattern, String form) {
            this.pattern = pattern;
            this.form = form;
        }

        /** The regular expression a value written as text must match (each item for lists), or null. */
        public String pattern() {
            return pattern;
        }

        /** That form in German words, or null. */
        public String form() {
            return form;
        }
    }

    /** Parts of the date forms. */
    private static final class Forms {
        static final String YEAR_MONTH = "[0-9]{4}-(0[1-9]|1[0-2])";
        static final String DAY = "-(0[1-9]|[12][0-9]|3[01])";
    }

    public FieldSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        values = List.copyOf(values);
        fields = List.copyOf(fields);
    }

    /** The keys of the fields of a MAP, of MAPS' items or of BY_LANGUAGE's languages. */
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
