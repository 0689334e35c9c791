package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.BodyLink;
import de.quartier.model.Collection;
import de.quartier.model.Slug;
import de.quartier.model.Translation;
import de.quartier.source.Fields;
import de.quartier.source.Node;
import de.quartier.source.ParsedRecord;
import de.quartier.source.SourceFile;

import java.util.List;
import java.util.Set;

/**
 * Checks a translation ({@code x.tr.md}): title and summary in its front matter, the text below.
 * Any other field is an error, since a fact must be the same in every language. Whether its
 * record exists and its language is one of the site's is checked in assembly.
 */
public final class TranslationReader {
    /** What a translation may give: the free text. Facts come from the record in every language. */
    private static final Set<String> TRANSLATED_KEYS = Set.of("title", "summary");

    private final Diagnostics diagnostics;
    private final MediaReferences media;

    public TranslationReader(ValidationContext context, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.media = new MediaReferences(context, diagnostics);
    }

    public Translation read(ParsedRecord record) {
        Fields f = Fields.of(record, diagnostics);
        SourceFile file = record.file();
        // a fact written here is reported and left out; the rest is still read, so one run finds every mistake
        for (Node.Pair p : f.mapping().pairs()) {
            String key = p.key().value();
            if (TRANSLATED_KEYS.contains(key)) continue;
            String original = "content/" + file.collection().folder() + "/" + file.slug() + (file.collection() == Collection.PAGES ? ".md" : ".md (or .yml)");
            diagnostics.error(Code.TRANSLATION_FIELD, p.key().at(), "`" + key + "`: a translation gives only title, summary and the text",
                    "facts such as addresses, times and the records it belongs to are the same in every language: write them in " + original);
        }
        String title = f.text("title");
        String summary = f.text("summary");
        FieldsInBody.check(record, TRANSLATED_KEYS, diagnostics);
        List<BodyLink> links = media.bodyLinks(record);
        return new Translation(file.collection(), new Slug(file.slug()), file.language(), file.path(), title, summary,
                record.body(), record.bodyLine(), links);
    }
}
