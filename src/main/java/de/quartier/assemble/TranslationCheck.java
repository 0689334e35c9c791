package de.quartier.assemble;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.BodyLink;
import de.quartier.model.Collection;
import de.quartier.model.Entry;
import de.quartier.model.SiteConfig;
import de.quartier.model.Slug;
import de.quartier.model.SourceSpan;
import de.quartier.model.Translation;
import de.quartier.diag.Suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Joins translations to their records: a translation must be of a published record of a
 * collection that has pages in other languages, into one of the site's other languages.
 */
final class TranslationCheck {
    private final Diagnostics diagnostics;
    private final SiteConfig config;
    private final Map<Collection, Map<Slug, Entry>> published;
    private final Map<Collection, Set<Slug>> drafts;
    private final Map<Collection, Set<Slug>> onDisk;

    TranslationCheck(Diagnostics diagnostics, SiteConfig config, Map<Collection, Map<Slug, Entry>> published,
                     Map<Collection, Set<Slug>> drafts, Map<Collection, Set<Slug>> onDisk) {
        this.diagnostics = diagnostics;
        this.config = config;
        this.published = published;
        this.drafts = drafts;
        this.onDisk = onDisk;
    }

    /** The translations that are published; {@code bodyLinks} checks the links in each one's text. */
    List<Translation> check(List<Translation> translations, BiConsumer<Translation, List<BodyLink>> bodyLinks) {
        List<Translation> out = new ArrayList<>();
        for (Translation t : translations) {
            SourceSpan at = SourceSpan.startOf(t.sourcePath());
            String name = t.slug() + "." + t.language() + ".md";
            if (!Translation.TRANSLATED.contains(t.collection())) {
                diagnostics.error(Code.TRANSLATION_LANGUAGE, at, "`" + name + "`: " + t.collection().folder()
                                + " are published in " + config.language() + " only, so this translation would not be shown",
                        "translations are read for quarters, contact-points, offerings and pages");
                continue;
            }
            if (t.language().equals(config.language())) {
                diagnostics.error(Code.TRANSLATION_LANGUAGE, at, "`" + name + "`: " + t.language()
                        + " is the site's own language; the record itself is that text", "write the text into " + t.slug() + ".md");
                continue;
            }
            if (!config.otherLanguages().contains(t.language())) {
                diagnostics.error(Code.TRANSLATION_LANGUAGE, at, "`" + name + "`: the site is not published in `" + t.language() + "`",
                        "add it to `languages` in site-config.yml, e.g. languages: [" + String.join(", ", config.languages())
                                + ", " + t.language() + "]");
                continue;
            }
            Entry record = published.get(t.collection()).get(t.slug());
            if (record == null) {
                // a draft's translation waits with it; a record with errors of its own is reported there
                if (drafts.get(t.collection()).contains(t.slug()) || onDisk.getOrDefault(t.collection(), Set.of()).contains(t.slug())) continue;
                String near = Suggestions.closest(t.slug().value(), published.get(t.collection()).keySet().stream().map(Slug::value).toList())
                        .map(n -> "did you mean " + n + "." + t.language() + ".md?")
                        .orElse("a translation is named after its record: <slug>." + t.language() + ".md beside <slug>.md");
                diagnostics.error(Code.TRANSLATION_ORPHAN, at, "`" + name + "` translates a record that does not exist: there is no `"
                        + t.slug() + "` in content/" + t.collection().folder() + "/", near);
                continue;
            }
            if (record instanceof de.quartier.model.InfoPage page && page.easyLanguage()) {
                diagnostics.error(Code.TRANSLATION_LANGUAGE, at, "`" + name + "`: a page in Leichte Sprache is German by its nature, so this translation would not be shown",
                        "explain the site in " + t.language() + " on a translation of another page, e.g. ueber-diese-seite." + t.language() + ".md");
                continue;
            }
            bodyLinks.accept(t, t.bodyLinks());
            out.add(t);
        }
        return out;
    }
}
