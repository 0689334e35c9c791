package de.quartier.source;

import de.quartier.model.ContentFields;

/** The "for example …" hints of a missing field or one of the wrong kind, from the content model's examples. */
final class FieldExamples {
    private FieldExamples() {
    }

    /** "for example operators: [stadt], with the name of a file in content/operators/ (without .md or .yml)", or null. */
    static String forMissing(String file, String prefix, String key) {
        String example = example(file, prefix, key);
        if (example == null) return null;
        // a reference's example names a file of the model's example, not necessarily one of this site
        String which = ContentFields.refersTo(key)
                .map(c -> ", with the name of a file in content/" + c.folder() + "/ (without .md or .yml)").orElse("");
        return "for example " + key + ": " + example + which;
    }

    /** How the field is written ("for example image: {src: …, alt: …}"), or null. */
    static String forWrongKind(String file, String prefix, String key) {
        String example = example(file, prefix, key);
        return example == null ? null : "for example " + key + ": " + example;
    }

    /** site-config.yml's own examples there (its title is a site's, not an office's), the records' elsewhere. */
    private static String example(String file, String prefix, String key) {
        if (!file.equals("site-config.yml")) return ContentFields.exampleOf(key);
        if (!prefix.isEmpty() || !ContentFields.siteConfigKeys().contains(key)) return null;
        return ContentFields.siteConfigField(key).example();
    }
}
