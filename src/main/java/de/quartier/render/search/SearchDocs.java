package de.quartier.render.search;

import de.quartier.model.Collection;
import de.quartier.model.ContactPoint;
import de.quartier.model.Entry;
import de.quartier.model.NewsItem;
import de.quartier.model.Offering;
import de.quartier.model.Operator;
import de.quartier.model.Program;
import de.quartier.model.Quarter;
import de.quartier.model.Ref;
import de.quartier.model.Status;
import de.quartier.render.Cards;
import de.quartier.render.PreviewMarks;
import de.quartier.render.SiteView;
import de.quartier.render.Wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static de.quartier.render.Facts.address;

/**
 * What the site search finds a record by (its title, aliases, address, facets, summary, body and
 * their translations, each with its weight) and the line it shows under the title.
 */
final class SearchDocs {
    private final SiteView view;
    private final Cards cards;
    private final SearchSynonyms synonyms;
    /** Each language's dates for translated news items' lines, made once per build (documents are made on several threads). */
    private final java.util.Map<String, Wording> wordings = new java.util.concurrent.ConcurrentHashMap<>();

    /** The cards of each other language the site is published in: an office's and an offering's line in it */
    private final java.util.Map<String, Cards> editions;

    SearchDocs(SiteView view, Cards cards, SearchSynonyms synonyms, java.util.Map<String, Cards> editions) {
        this.view = view;
        this.cards = cards;
        this.synonyms = synonyms;
        this.editions = editions;
    }

    SearchIndex.Doc doc(int kind, Entry e) {
        boolean ended = view.site().status(e) == Status.ENDED;
        List<SearchIndex.Field> fields = new ArrayList<>();
        fields.add(new SearchIndex.Field(e.title(), SearchIndex.Weight.TITLE));
        fields.add(new SearchIndex.Field(e.common().summary(), SearchIndex.Weight.SUMMARY));
        fields.add(new SearchIndex.Field(BodyText.of(e.common().body()), SearchIndex.Weight.BODY));
        // one index for every language: a translation's words find the record too ("kahvaltı"), and the
        // search page in that language leads to its page there
        java.util.Map<String, String> titles = new java.util.TreeMap<>();
        for (String lang : view.site().config().languages())
            view.site().translation(e, lang).ifPresent(t -> {
                if (t.title() != null) titles.put(lang, t.title());
                // a step below the record's own title: a German query ranks by German titles first
                fields.add(new SearchIndex.Field(t.title(), SearchIndex.Weight.ALIAS, true));
                fields.add(new SearchIndex.Field(t.summary(), SearchIndex.Weight.SUMMARY, true));
                fields.add(new SearchIndex.Field(BodyText.of(t.body()), SearchIndex.Weight.BODY, true));
            });
        String line = Objects.requireNonNullElse(e.common().summary(), "");
        if (e instanceof Quarter q) {
            fields.add(new SearchIndex.Field(String.join(" ", q.aliases()), SearchIndex.Weight.ALIAS));
            fields.add(new SearchIndex.Field(q.area() == null ? q.district() : q.district() + " " + q.area(), SearchIndex.Weight.FACET));
            line = where(q) + (line.isEmpty() ? "" : " · " + line);
        } else if (e instanceof ContactPoint cp) {
            fields.add(new SearchIndex.Field(address(cp.address()), SearchIndex.Weight.ADDRESS));
            fields.add(new SearchIndex.Field(facetWords(cp.kind(), cp.targetGroups(), cp.topics(), cp.languages())
                    + " " + String.join(" ", view.names(cp.operators(), Collection.OPERATORS)), SearchIndex.Weight.FACET));
            fields.add(new SearchIndex.Field(quarterWords(cp.quarters()), SearchIndex.Weight.PLACE));
            fields.add(new SearchIndex.Field(FactWords.of(cp, view), SearchIndex.Weight.FACET));
            line = address(cp.address()) + (cp.kind() == null ? "" : " · " + cp.kind());
        } else if (e instanceof Offering o) {
            fields.add(new SearchIndex.Field(cards.where(o), SearchIndex.Weight.ADDRESS));
            fields.add(new SearchIndex.Field(facetWords(null, o.targetGroups(), o.topics(), o.languages())
                    + (o.operator() == null ? "" : " " + view.site().operator(o.operator()).title())
                    + " " + OfferingDays.words(o, view.wording(), view.site().today()), SearchIndex.Weight.FACET));
            fields.add(new SearchIndex.Field(quarterWords(o.quarters()), SearchIndex.Weight.PLACE));
            fields.add(new SearchIndex.Field(FactWords.of(o, view), SearchIndex.Weight.FACET));
            // an ended offering's times no longer hold: "Beendet · Bürgerhaus …", not "Beendet · Di 09:00–12:00 Uhr · …"
            line = ended ? cards.where(o) : cards.when(o) + " · " + cards.where(o);
        } else if (e instanceof Operator op) {
            if (op.address() != null) fields.add(new SearchIndex.Field(address(op.address()), SearchIndex.Weight.ADDRESS));
            fields.add(new SearchIndex.Field(op.kind(), SearchIndex.Weight.FACET));
        } else if (e instanceof Program p) {
            fields.add(new SearchIndex.Field(Objects.toString(p.funder(), "") + " " + Objects.toString(p.reference(), ""), SearchIndex.Weight.FACET));
        } else if (e instanceof NewsItem n) {
            fields.add(new SearchIndex.Field(quarterWords(n.quarters()), SearchIndex.Weight.PLACE));
            line = Wording.GERMAN.date(n.date()) + (line.isEmpty() ? "" : " · " + line);
        }
        // drafts and waiting news (the preview only) marked as on their cards
        String status = PreviewMarks.of(e, view.site().today()).around(view, ended ? view.t("status.ended") : "");
        if (!status.isEmpty()) line = line.isEmpty() ? status : status + " · " + line;
        SearchIndex.Doc doc = SearchIndex.Doc.of(kind, e.title(), view.urls().href(e), line, fields, ended, titles, synonyms);
        return status.isEmpty() ? doc.withLines(e instanceof ContactPoint || e instanceof Offering ? placeLines(e, line, ended) : translatedLines(e)) : doc;
    }

    /**
     * An office's line (its address and kind) and an offering's (its times and place) in each other
     * language, where it differs from the original's: "Tue 09:00–12:00", "older people".
     */
    private java.util.Map<String, String> placeLines(Entry e, String original, boolean ended) {
        java.util.Map<String, String> lines = new java.util.TreeMap<>();
        editions.forEach((lang, c) -> {
            Entry t = c.view().site().find(e.collection(), e.slug()).orElse(null);
            String line;
            if (t instanceof ContactPoint cp) {
                String kind = cp.kind() == null ? null : c.view().marks().term(cp.kind());
                // a kind site-config.yml gives no word for keeps the German line, which the page marks as German
                if (cp.kind() != null && kind == null) return;
                line = address(cp.address()) + (kind == null ? "" : " · " + kind);
            } else if (t instanceof Offering o) {
                line = ended ? c.where(o) : c.when(o) + " · " + c.where(o);
            } else return;
            if (!line.equals(original)) lines.put(lang, line);
        });
        return lines;
    }

    /**
     * The line in each language whose translation of the record has a summary, where the line is
     * made of the summary (a quarter's with its district, a news item's with its date): the search
     * page in that language shows it instead of the German one.
     */
    private java.util.Map<String, String> translatedLines(Entry e) {
        java.util.Map<String, String> lines = new java.util.TreeMap<>();
        for (String lang : view.site().config().languages())
            view.site().translation(e, lang).map(t -> t.summary()).filter(s -> s != null && !s.isBlank()).ifPresent(summary -> {
                String before = e instanceof Quarter q ? where(q)
                        : e instanceof NewsItem n ? wordings.computeIfAbsent(lang, l -> new Wording(l, java.util.Map.of())).date(n.date()) : "";
                lines.put(lang, before.isEmpty() ? summary : before + " · " + summary);
            });
        return lines;
    }

    /** A quarter's district and area, as its line begins in every language. */
    private static String where(Quarter q) {
        return q.district() + (q.area() == null ? "" : " · " + q.area());
    }

    private static String facetWords(String kind, List<String> targetGroups, List<String> topics, List<String> languages) {
        List<String> words = new ArrayList<>();
        if (kind != null) words.add(kind);
        words.addAll(targetGroups);
        words.addAll(topics);
        languages.forEach(l -> words.add(Wording.GERMAN.language(l)));
        return String.join(" ", words);
    }

    /** The names of the quarters a record is in, and their aliases: "Welheim" finds what happens there. */
    private String quarterWords(List<Ref> quarters) {
        List<String> words = new ArrayList<>();
        for (Ref r : quarters) {
            Quarter q = view.site().quarter(r);
            words.add(q.title());
            words.addAll(q.aliases());
        }
        return String.join(" ", words);
    }
}
