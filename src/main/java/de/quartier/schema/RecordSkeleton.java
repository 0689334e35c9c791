package de.quartier.schema;

import de.quartier.model.Collection;
import de.quartier.model.ContentFields;
import de.quartier.model.FieldSpec;
import de.quartier.model.FieldSpec.Kind;

import java.util.List;
import java.util.Map;

/**
 * A new record's file ({@code quartier new}): every required field, left empty for the editor
 * to fill in, the other fields commented out with an example, a German comment on each, and
 * {@code draft: true}; a reference names the slugs it may take.
 */
public final class RecordSkeleton {
    /** How many slugs a comment lists before it says "…". */
    private static final int SLUGS_SHOWN = 12;

    private final Map<Collection, List<String>> slugs;
    private final Map<String, String> examples;

    /**
     * @param slugs    the site's records by collection, for the comments on references
     * @param examples examples from the site by field key ("city", "geo"), instead of the built-in ones
     */
    public RecordSkeleton(Map<Collection, List<String>> slugs, Map<String, String> examples) {
        this.slugs = slugs;
        this.examples = examples;
    }

    /** The file's text; {@code yml}: a .yml record (with its schema named for the editor), else .md. */
    public String of(Collection c, boolean yml) {
        StringBuilder out = new StringBuilder();
        if (yml) out.append("# yaml-language-server: $schema=../../" + JsonSchemas.FOLDER + "/").append(JsonSchemas.fileName(c)).append('\n');
        else out.append("---\n");
        out.append("# Neuer Eintrag in content/").append(c.folder()).append("/. Füllen Sie die leeren Pflichtangaben aus;\n")
                .append("# Zeilen mit # davor sind freiwillig: # entfernen und Wert eintragen.\n")
                .append("draft: true   # erst veröffentlichen, wenn alles stimmt: dann diese Zeile löschen\n");
        for (FieldSpec f : ContentFields.of(c)) {
            if (f.key().equals("draft")) continue;
            field(out, f, "", !f.required());
        }
        if (yml) {
            out.append("body: |\n  Hier steht der Text des Eintrags (Markdown).\n");
        } else {
            out.append("---\n\nHier steht der Text des Eintrags (Markdown).\n");
        }
        return out.toString();
    }

    /**
     * The example of each required field the skeleton leaves empty, by its dotted key ("quarters",
     * "address.city"), as the comments give it: the site's own where it has one (a quarter of the
     * site, its city, a position inside its map), for the hints of what is left to fill in.
     */
    public Map<String, String> requiredExamples(Collection c) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (FieldSpec f : ContentFields.of(c)) {
            if (!f.required() || f.key().equals("draft")) continue;
            if (f.kind() == Kind.MAP && !f.fields().isEmpty()) {
                for (FieldSpec sub : f.fields())
                    if (sub.required() && example(sub) != null) out.put(f.key() + "." + sub.key(), example(sub));
            } else if (f.kind() != Kind.MAPS && example(f) != null) out.put(f.key(), example(f));
        }
        return out;
    }

    private void field(StringBuilder out, FieldSpec f, String indent, boolean commented) {
        String hash = commented ? "# " : "";
        // "Straße und Hausnummer: Straße und Hausnummer" says it once
        String comment = "   # " + f.label() + (f.description().equals(f.label()) ? "" : ": " + f.description()) + refs(f);
        if (f.kind() == Kind.MAP && !f.fields().isEmpty()) {
            out.append(indent).append(hash).append(f.key()).append(':').append(comment).append('\n');
            for (FieldSpec sub : f.fields()) field(out, sub, indent + "  ", commented || !sub.required());
            return;
        }
        if (f.kind() == Kind.MAPS) {
            out.append(indent).append(hash).append(f.key()).append(':').append(comment).append('\n');
            boolean first = true;
            for (FieldSpec sub : f.fields()) {
                String lead = first ? "- " : "  ";
                first = false;
                String example = example(sub);
                out.append(indent).append("# ").append(lead).append(sub.key()).append(": ")
                        .append(example == null ? "" : example).append('\n');
            }
            return;
        }
        out.append(indent).append(hash).append(f.key()).append(':');
        String example = example(f);
        if (commented && example != null) out.append(' ').append(example);
        // a required field is left empty: the site's own example, if it has one, stands in the comment
        else if (!commented && examples.containsKey(f.key())) comment += " – z. B. " + examples.get(f.key());
        out.append(comment).append('\n');
    }

    /**
     * A reference's example is one of the site's own records, other examples come from the site
     * where it has one: an editor who takes it as it stands gets no error.
     */
    private String example(FieldSpec f) {
        List<String> known = f.refersTo() == null ? List.of() : slugs.getOrDefault(f.refersTo(), List.of());
        if (known.isEmpty()) return examples.getOrDefault(f.key(), f.example());
        return f.kind() == Kind.REFS ? "[" + known.get(0) + "]" : known.get(0);
    }

    /** For a reference: the slugs it may take. */
    private String refs(FieldSpec f) {
        if (f.refersTo() == null) return "";
        List<String> known = slugs.getOrDefault(f.refersTo(), List.of());
        if (known.isEmpty()) return " (noch keine in content/" + f.refersTo().folder() + "/)";
        String shown = String.join(", ", known.subList(0, Math.min(SLUGS_SHOWN, known.size())));
        return " – vorhanden: " + shown + (known.size() > SLUGS_SHOWN ? ", … (" + known.size() + " insgesamt)" : "");
    }
}
