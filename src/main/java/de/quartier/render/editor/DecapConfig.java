package de.quartier.render.editor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.quartier.model.Collection;
import de.quartier.model.ContentFields;
import de.quartier.model.FieldSpec;
import de.quartier.model.SiteConfig;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * admin/config.yml: Decap CMS's configuration, made from {@link ContentFields} like the JSON
 * Schemas, so the web editor's forms ask for exactly what the validator checks: every collection
 * and field with German labels and hints, relations for references, selects for fixed values, a
 * position as two number fields (no map tiles in the editor). Written as JSON, which is YAML too.
 */
final class DecapConfig {
    private final SiteConfig config;
    private final Map<Collection, String> labels;

    /** @param labels each collection's German name ("Anlaufstellen") */
    DecapConfig(SiteConfig config, Map<Collection, String> labels) {
        this.config = config;
        this.labels = labels;
    }

    String text() {
        StringWriter out = new StringWriter();
        out.write("# Made by Quartier from site-config.yml and its field definitions; edits here are overwritten by the next build.\n");
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            backend(g, config.editor());
            String backend = config.editor().backend();
            // merge requests for every change where the host has them
            if (backend.equals("gitlab") || backend.equals("github")) g.writeStringField("publish_mode", "editorial_workflow");
            g.writeStringField("locale", "de");
            g.writeStringField("site_url", config.baseUrl());
            g.writeStringField("display_url", config.baseUrl());
            g.writeStringField("media_folder", "content/media");
            g.writeStringField("public_folder", "media");
            g.writeObjectFieldStart("slug");
            g.writeStringField("encoding", "ascii");
            g.writeBooleanField("clean_accents", true);
            g.writeEndObject();
            g.writeArrayFieldStart("collections");
            for (Collection c : Collection.values()) collection(g, c);
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void backend(JsonGenerator g, SiteConfig.Editor e) throws IOException {
        g.writeObjectFieldStart("backend");
        g.writeStringField("name", e.backend());
        if (e.repo() != null) g.writeStringField("repo", e.repo());
        g.writeStringField("branch", e.branch());
        String base = e.baseUrl() == null ? null : e.baseUrl().replaceAll("/+$", "");
        switch (e.backend()) {
            case "gitlab" -> {
                if (base != null) {
                    g.writeStringField("base_url", base);
                    g.writeStringField("api_root", base + "/api/v4");
                }
                g.writeStringField("auth_type", "pkce");
                if (e.appId() != null) g.writeStringField("app_id", e.appId());
            }
            case "gitea" -> {
                if (base != null) {
                    g.writeStringField("base_url", base);
                    g.writeStringField("api_root", base + "/api/v1");
                }
                if (e.appId() != null) g.writeStringField("app_id", e.appId());
            }
            case "github" -> {
                if (base != null) g.writeStringField("base_url", base);
            }
            default -> {
                // test-repo: Decap keeps everything in the browser
            }
        }
        g.writeEndObject();
    }

    private void collection(JsonGenerator g, Collection c) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.folder());
        g.writeStringField("label", labels.getOrDefault(c, c.folder()));
        g.writeStringField("folder", "content/" + c.folder());
        g.writeBooleanField("create", true);
        g.writeStringField("extension", "md");
        g.writeStringField("format", "frontmatter");
        g.writeStringField("slug", "{{slug}}");
        g.writeStringField("identifier_field", "title");
        g.writeStringField("summary", "{{title}}");
        // Decap's preview knows nothing of the theme: the site's own preview is `quartier serve`
        g.writeObjectFieldStart("editor");
        g.writeBooleanField("preview", false);
        g.writeEndObject();
        g.writeArrayFieldStart("fields");
        for (FieldSpec f : ContentFields.of(c)) field(g, f, true);
        field(g, ContentFields.BODY, true);
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * @param requiredHere whether the field's parent must be there: Decap checks the fields of an
     *                     optional object even when the object is left empty, so inside one nothing
     *                     is required in the form (the build's check still says what is missing)
     */
    private void field(JsonGenerator g, FieldSpec f, boolean requiredHere) throws IOException {
        boolean required = requiredHere && f.required();
        g.writeStartObject();
        g.writeStringField("name", f.key());
        g.writeStringField("label", f.label());
        g.writeStringField("hint", f.description() + (f.example() == null ? "" : " (Beispiel: " + f.example() + ")"));
        g.writeBooleanField("required", required);
        widget(g, f, required);
        g.writeEndObject();
    }

    private void widget(JsonGenerator g, FieldSpec f, boolean required) throws IOException {
        switch (f.kind()) {
            case TEXT, OPENING_HOURS -> g.writeStringField("widget", "string");
            case MARKDOWN -> g.writeStringField("widget", "markdown");
            case TEXTS, LANGUAGES -> g.writeStringField("widget", "list");
            case BOOLEAN -> g.writeStringField("widget", "boolean");
            case INTEGER, NUMBER -> {
                g.writeStringField("widget", "number");
                g.writeStringField("value_type", f.kind() == FieldSpec.Kind.INTEGER ? "int" : "float");
            }
            case DATE -> date(g, false);
            case DATE_TIME -> date(g, true);
            case DATE_OR_MONTH, URL, EMAIL, PHONE, POSTAL_CODE -> pattern(g, f.kind());
            case GEO -> {
                // two number fields: no map tiles inside the editor (no request to another host)
                g.writeStringField("widget", "object");
                g.writeArrayFieldStart("fields");
                number(g, "lat", "Breite (lat)", required);
                number(g, "lon", "Länge (lon)", required);
                g.writeEndArray();
            }
            case BOUNDS -> g.writeStringField("widget", "string");
            case MEDIA -> g.writeStringField("widget", f.key().equals("boundary") ? "file" : "image");
            case CHOICE -> {
                g.writeStringField("widget", "select");
                g.writeArrayFieldStart("options");
                for (String v : f.values()) g.writeString(v);
                g.writeEndArray();
            }
            case REF, REFS -> {
                g.writeStringField("widget", "relation");
                g.writeStringField("collection", f.refersTo().folder());
                g.writeStringField("value_field", "{{slug}}");
                g.writeArrayFieldStart("search_fields");
                g.writeString("title");
                g.writeEndArray();
                g.writeArrayFieldStart("display_fields");
                g.writeString("title");
                g.writeEndArray();
                g.writeBooleanField("multiple", f.kind() == FieldSpec.Kind.REFS);
            }
            case MAP -> {
                g.writeStringField("widget", "object");
                fields(g, f.fields(), required);
            }
            // site-config.yml only, which the web editor does not edit
            case BY_LANGUAGE -> throw new IllegalArgumentException("no web editor widget for " + f.key());
            case MAPS -> {
                // an item once added has its own required fields
                g.writeStringField("widget", "list");
                fields(g, f.fields(), true);
            }
        }
    }

    private void fields(JsonGenerator g, List<FieldSpec> fields, boolean requiredHere) throws IOException {
        g.writeArrayFieldStart("fields");
        for (FieldSpec s : fields) field(g, s, requiredHere);
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, String label, boolean required) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("label", label);
        g.writeBooleanField("required", required);
        g.writeStringField("widget", "number");
        g.writeStringField("value_type", "float");
        g.writeEndObject();
    }

    /** Without {@code format} Decap stores what date_format and time_format show: "2026-12-05" or "2026-12-05 14:00". */
    private static void date(JsonGenerator g, boolean time) throws IOException {
        g.writeStringField("widget", "datetime");
        g.writeStringField("date_format", "YYYY-MM-DD");
        if (time) g.writeStringField("time_format", "HH:mm");
        else g.writeBooleanField("time_format", false);
    }

    /** A text field that must have the kind's form (the same expression the JSON Schemas use). */
    private static void pattern(JsonGenerator g, FieldSpec.Kind kind) throws IOException {
        g.writeStringField("widget", "string");
        g.writeArrayFieldStart("pattern");
        g.writeString(kind.pattern());
        g.writeString(kind.form());
        g.writeEndArray();
    }
}
