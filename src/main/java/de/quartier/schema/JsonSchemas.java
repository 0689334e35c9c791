package de.quartier.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.quartier.model.Collection;
import de.quartier.model.ContentFields;
import de.quartier.model.FieldSpec;
import de.quartier.model.FieldSpec.Kind;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Schemas (draft 2020-12) of the records of every collection and of site-config.yml, made
 * from {@link ContentFields}: editors whose editor uses yaml-language-server (VS Code's YAML
 * extension) get completion, German hover texts and red squiggles while they type. The schemas
 * describe values as YAML 1.2 reads them (what those editors do): a postal code or a phone
 * number written without quotes may be a number there, a date is a string.
 */
public final class JsonSchemas {
    /** The file name of a collection's schema ("contact-points.schema.json"). */
    public static String fileName(Collection c) {
        return c.folder() + ".schema.json";
    }

    public static final String SITE_CONFIG = "site-config.schema.json";
    /** Where `quartier schema` writes them in a site by default, and where new .yml records point. */
    public static final String FOLDER = "schemas";
    private static final String BASE = "https://quartier.example.org/schemas/";

    private final Map<Collection, List<String>> slugs;

    /** @param slugs the site's records by collection: listed as examples for references (completion) */
    public JsonSchemas(Map<Collection, List<String>> slugs) {
        this.slugs = slugs;
    }

    /** File name → schema text, every collection and site-config.yml. */
    public Map<String, String> all() {
        Map<String, String> out = new TreeMap<>();
        for (Collection c : Collection.values()) out.put(fileName(c), collection(c));
        out.put(SITE_CONFIG, document(SITE_CONFIG, "site-config.yml", "Die Einstellungen der Website", ContentFields.SITE_CONFIG, false));
        return out;
    }

    /** The schema of a collection's records (.yml files; the body under {@code body}). */
    public String collection(Collection c) {
        return document(fileName(c), "content/" + c.folder() + "/", "Ein Eintrag in content/" + c.folder() + "/",
                ContentFields.of(c), true);
    }

    private String document(String id, String title, String description, List<FieldSpec> fields, boolean withBody) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            g.writeStringField("$id", BASE + id);
            g.writeStringField("title", title);
            g.writeStringField("description", description);
            object(g, fields, withBody);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** type, properties, required and additionalProperties of an object with these fields. */
    private void object(JsonGenerator g, List<FieldSpec> fields, boolean withBody) throws IOException {
        g.writeStringField("type", "object");
        g.writeObjectFieldStart("properties");
        for (FieldSpec f : fields) {
            g.writeFieldName(f.key());
            field(g, f);
        }
        if (withBody) {
            g.writeFieldName(ContentFields.BODY.key());
            field(g, ContentFields.BODY);
        }
        g.writeEndObject();
        List<String> required = fields.stream().filter(FieldSpec::required).map(FieldSpec::key).toList();
        if (!required.isEmpty()) {
            g.writeArrayFieldStart("required");
            for (String r : required) g.writeString(r);
            g.writeEndArray();
        }
        // an unknown key is the validator's warning with a suggestion: here a squiggle
        g.writeBooleanField("additionalProperties", false);
    }

    private void field(JsonGenerator g, FieldSpec f) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", f.label());
        String description = f.description() + (f.example() == null ? "" : ". Beispiel: " + f.key() + ": " + f.example());
        g.writeStringField("description", description);
        g.writeStringField("markdownDescription", "**" + f.label() + "**: " + f.description()
                + (f.example() == null ? "" : "\n\nBeispiel: `" + f.key() + ": " + f.example() + "`"));
        value(g, f);
        g.writeEndObject();
    }

    /** The keywords that say what a value of the field's kind may be. */
    private void value(JsonGenerator g, FieldSpec f) throws IOException {
        switch (f.kind()) {
            case TEXT, OPENING_HOURS -> types(g, "string", "number");
            case MARKDOWN -> g.writeStringField("type", "string");
            case TEXTS -> oneOrList(g, () -> types(g, "string", "number"));
            case BOOLEAN -> anyOf(g, () -> g.writeStringField("type", "boolean"), () -> enumOf(g, List.of("yes", "no", "ja", "nein")));
            case INTEGER -> g.writeStringField("type", "integer");
            case NUMBER -> anyOf(g, () -> g.writeStringField("type", "number"), () -> pattern(g, f.kind()));
            case DATE, DATE_OR_MONTH, DATE_TIME, URL, EMAIL, MEDIA -> pattern(g, f.kind());
            case PHONE -> anyOf(g, () -> pattern(g, f.kind()), () -> g.writeStringField("type", "integer"));
            case POSTAL_CODE -> anyOf(g, () -> pattern(g, f.kind()), () -> {
                // unquoted, a code is a number in YAML 1.2, and 01067 would be 1067, like the mistake
                // 1067: such codes need quotes here (the build itself reads either as written)
                g.writeStringField("type", "integer");
                g.writeNumberField("minimum", 10000);
                g.writeNumberField("maximum", 99999);
            });
            case LANGUAGES -> oneOrList(g, () -> pattern(g, f.kind()));
            case GEO -> anyOf(g, () -> {
                g.writeStringField("type", "object");
                g.writeObjectFieldStart("properties");
                g.writeObjectFieldStart("lat");
                g.writeStringField("type", "number");
                g.writeEndObject();
                g.writeObjectFieldStart("lon");
                g.writeStringField("type", "number");
                g.writeEndObject();
                g.writeEndObject();
                g.writeArrayFieldStart("required");
                g.writeString("lat");
                g.writeString("lon");
                g.writeEndArray();
                g.writeBooleanField("additionalProperties", false);
            }, () -> pair(g));
            case BOUNDS -> {
                g.writeStringField("type", "array");
                g.writeObjectFieldStart("items");
                pair(g);
                g.writeEndObject();
                g.writeNumberField("minItems", 2);
                g.writeNumberField("maxItems", 2);
            }
            case CHOICE -> enumOf(g, f.values());
            case REF -> ref(g, f.refersTo());
            case REFS -> oneOrList(g, () -> ref(g, f.refersTo()));
            case MAP -> {
                if (f.fields().isEmpty()) {
                    // a free mapping (site-config.yml's strings): key → text
                    g.writeStringField("type", "object");
                    g.writeObjectFieldStart("additionalProperties");
                    types(g, "string", "number");
                    g.writeEndObject();
                } else {
                    object(g, f.fields(), false);
                }
            }
            case BY_LANGUAGE -> {
                g.writeStringField("type", "object");
                g.writeObjectFieldStart("propertyNames");
                pattern(g, Kind.LANGUAGES);
                g.writeEndObject();
                g.writeObjectFieldStart("additionalProperties");
                object(g, f.fields(), false);
                g.writeEndObject();
            }
            case MAPS -> {
                g.writeStringField("type", "array");
                g.writeObjectFieldStart("items");
                object(g, f.fields(), false);
                g.writeEndObject();
            }
        }
    }

    @FunctionalInterface
    private interface Part {
        void write() throws IOException;
    }

    private static void types(JsonGenerator g, String... types) throws IOException {
        g.writeArrayFieldStart("type");
        for (String t : types) g.writeString(t);
        g.writeEndArray();
    }

    private static void pattern(JsonGenerator g, Kind kind) throws IOException {
        g.writeStringField("type", "string");
        g.writeStringField("pattern", kind.pattern());
    }

    private static void enumOf(JsonGenerator g, List<String> values) throws IOException {
        g.writeArrayFieldStart("enum");
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void pair(JsonGenerator g) throws IOException {
        g.writeStringField("type", "array");
        g.writeObjectFieldStart("items");
        g.writeStringField("type", "number");
        g.writeEndObject();
        g.writeNumberField("minItems", 2);
        g.writeNumberField("maxItems", 2);
    }

    private static void anyOf(JsonGenerator g, Part... parts) throws IOException {
        g.writeArrayFieldStart("anyOf");
        for (Part p : parts) {
            g.writeStartObject();
            p.write();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** One value, or a list of such values. */
    private static void oneOrList(JsonGenerator g, Part one) throws IOException {
        anyOf(g, one, () -> {
            g.writeStringField("type", "array");
            g.writeObjectFieldStart("items");
            one.write();
            g.writeEndObject();
        });
    }

    /** A slug; the site's slugs of that collection as examples, which editors offer as completions. */
    private void ref(JsonGenerator g, Collection to) throws IOException {
        pattern(g, Kind.REF);
        List<String> known = slugs.getOrDefault(to, List.of());
        if (!known.isEmpty()) {
            g.writeArrayFieldStart("examples");
            for (String s : known) g.writeString(s);
            g.writeEndArray();
        }
    }
}
