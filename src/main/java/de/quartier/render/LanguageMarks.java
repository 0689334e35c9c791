package de.quartier.render;

import de.quartier.model.Entry;
import de.quartier.model.Site;

import java.util.Locale;
import java.util.Set;

/**
 * What a page in another language than the site's own shows in the original language, marked with
 * its {@code lang} so that readers and screen readers know (a record's untranslated title, summary
 * and text; the words an editor wrote for target groups, notes, costs), and the one editor's word
 * that needs no translator: "kostenlos". On the original's pages nothing is marked.
 */
public final class LanguageMarks {

    private final SiteView view;

    LanguageMarks(SiteView view) {
        this.view = view;
    }

    /** Which of a record's free texts are shown in the original language (untranslated). */
    public Views.TextLanguage of(Entry e) {
        if (!view.translated()) return Views.TextLanguage.NONE;
        Site site = view.site();
        String original = site.config().language();
        var t = site.translation(e, site.language());
        boolean title = t.map(x -> x.title() == null).orElse(true);
        boolean summary = e.common().summary() != null && t.map(x -> x.summary() == null).orElse(true);
        boolean body = !e.common().body().isBlank() && t.map(x -> x.body().isBlank()).orElse(true);
        return new Views.TextLanguage(title ? original : "", summary ? original : "", body ? original : "");
    }

    /** The site's own language on a page in another one, where what an editor wrote is shown as written; "" on the original's pages. */
    public String original() {
        return view.translated() ? view.site().config().language() : "";
    }

    /** The language the titles of these records are shown in: the original's if none of them is translated, else "" (the page's, or mixed). */
    public String titles(java.util.List<? extends Entry> entries) {
        if (!view.translated() || entries.isEmpty()) return "";
        for (Entry e : entries) if (of(e).title().isEmpty()) return "";
        return original();
    }

    /** The language of the titles of the records these refer to, as {@link SiteView#names} gives them. */
    public String titles(java.util.List<de.quartier.model.Ref> refs, de.quartier.model.Collection c) {
        java.util.List<Entry> found = new java.util.ArrayList<>();
        for (de.quartier.model.Ref r : refs) view.site().find(c, r.slug()).ifPresent(found::add);
        return titles(found);
    }

    /** A fact in the editor's words (target groups, notes, costs): on a page in another language, marked as the original's. */
    public Fact fromEditor(String label, String value) {
        return new Fact(label, value, null, original());
    }

    /** A text of site-config.yml as a page shows it, and its language where it is not the page's ("" where it is). */
    public record SiteWords(String text, String lang) {
    }

    /**
     * One of site-config.yml's texts in the page's language where {@code translations:} gives it,
     * else the original's, marked.
     */
    public SiteWords siteWords(java.util.function.Function<de.quartier.model.SiteConfig.SiteTexts, String> translated, String original) {
        String t = translated.apply(view.site().config().translationTo(view.language()));
        return t != null ? new SiteWords(t, "") : new SiteWords(original, original.isEmpty() ? "" : original());
    }

    /** The site's title in the page's language: the header's, the home page's heading. */
    public SiteWords siteTitle() {
        return siteWords(de.quartier.model.SiteConfig.SiteTexts::title, view.site().config().title());
    }

    /**
     * Whom an offer is for: in the page's language where each group is "Alle" (and its spellings, as
     * the finder names it) or has a translation in site-config.yml's {@code translations.<lang>.terms};
     * else as the editor wrote them, marked (a line cannot mix the page's words with German ones).
     */
    public Fact targetGroups(String label, java.util.List<String> groups) {
        return terms(label, groups, true);
    }

    /** Topics, the same way (without "Alle"). */
    public Fact topics(String label, java.util.List<String> topics) {
        return terms(label, topics, false);
    }

    /** A kind of place or operator ("Begegnungsstätte"), the same way. */
    public Fact kind(String label, String kind) {
        return terms(label, java.util.List.of(kind), false);
    }

    /**
     * The editor's word in the page's language, or null where site-config.yml gives none (on the
     * original's pages: the word). Matched as the finder matches values: "familien" finds the term
     * of "Familien".
     */
    public String term(String word) {
        if (!view.translated()) return word;
        if (terms == null) {
            java.util.Map<String, String> bySlug = new java.util.HashMap<>();
            view.site().config().translationTo(view.language()).terms().forEach((k, v) -> bySlug.put(Urls.valueSlug(k), v));
            terms = bySlug;
        }
        // the slugs the finder keys values by, made once per word (this runs for every card's facts)
        return terms.get(Urls.valueSlug(word));
    }

    /** The page language's terms by the slug of their German word, made once. */
    private volatile java.util.Map<String, String> terms;

    /** "Everyone" alone; within a list of groups in lower case, as the terms are ("older people, everyone"). */
    private String everyone(boolean inList) {
        String word = view.t("finder.everyone");
        return inList ? word.toLowerCase(Locale.forLanguageTag(view.language())) : word;
    }

    private Fact terms(String label, java.util.List<String> words, boolean groups) {
        if (view.translated()) {
            if (groups && words.stream().allMatch(de.quartier.render.finder.OfferingFinder::isEveryone))
                return new Fact(label, everyone(false), null);
            // two spellings of one group ("Alle", "für alle") or two words with one term are said once
            java.util.Set<String> shown = new java.util.LinkedHashSet<>();
            boolean all = true;
            for (String w : words) {
                String t = groups && de.quartier.render.finder.OfferingFinder.isEveryone(w) ? everyone(words.size() > 1) : term(w);
                if (t == null) {
                    all = false;
                    break;
                }
                shown.add(t);
            }
            if (all) return new Fact(label, String.join(view.wording().comma(), shown), null);
        }
        return fromEditor(label, String.join(", ", words));
    }

    /** What an offering costs: "kostenlos" in the page's language, other wording as the editor wrote it. */
    public Fact cost(String label, String cost) {
        if (!view.translated()) return Facts.fact(label, cost);
        if (de.quartier.model.FreeOfCharge.saysOnly(cost)) return new Fact(label, view.t("cost.free"), null);
        return fromEditor(label, cost);
    }
}
