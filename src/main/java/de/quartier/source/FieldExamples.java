package de.quartier.source;

import de.quartier.model.ContentFields;

/**
 * The "for example …" hints of a missing field or one of the wrong kind: the site's own example
 * where it has one (a quarter it has, its city), else the content model's, which another city's
 * site may not have ("quarters: [altstadt]").
 */
final class FieldExamples {
    static final FieldExamples MODEL = new FieldExamples(null);
    /** (file, dotted key such as "address.city") → the site's example, or null */
    private final java.util.function.BinaryOperator<String> site;

    FieldExamples(java.util.function.BinaryOperator<String> site) {
        this.site = site;
    }

    /** "for example operators: [stadt], with the name of a file in content/operators/ (without .md or .yml)", or null. */
    String forMissing(String file, String prefix, String key) {
        String own = site == null ? null : site.apply(file, prefix.replaceAll("\\[\\d+]", "") + key);
        if (own != null) return "for example " + key + ": " + own;
        String example = example(file, prefix, key);
        if (example == null) return null;
        // a reference's example names a file of the model's example, not necessarily one of this site
        String which = ContentFields.refersTo(key)
                .map(c -> ", with the name of a file in content/" + c.folder() + "/ (without .md or .yml)").orElse("");
        return "for example " + key + ": " + example + which;
    }

    /** How the field is written ("for example image: {src: …, alt: …}"), or null. */
    String forWrongKind(String file, String prefix, String key) {
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
