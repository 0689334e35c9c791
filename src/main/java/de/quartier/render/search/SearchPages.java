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
import de.quartier.render.German;
import de.quartier.render.Output;
import de.quartier.render.Pages;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;
import de.quartier.render.Views.Link;
import de.quartier.render.Views.Section;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static de.quartier.render.SiteView.address;
import static de.quartier.render.SiteView.section;

/** The site search: its index of every record, and its page (with an A–Z directory for readers without JavaScript). */
public final class SearchPages {
    private static final List<Collection> ORDER = List.of(Collection.QUARTERS, Collection.CONTACT_POINTS,
            Collection.OFFERINGS, Collection.NEWS, Collection.OPERATORS, Collection.PROGRAMS, Collection.PAGES);

    private final SiteView view;
    private final Pages pages;
    private final Cards cards;

    public SearchPages(SiteView view, Pages pages, Cards cards) {
        this.view = view;
        this.pages = pages;
        this.cards = cards;
    }

    public void plan(List<Output> out) {
        out.add(pages.page(Urls.SEARCH, "search", view.t("search.title"), view.homeCrumbs(), () -> Map.of("search", page())));
        out.add(Output.File.text(SearchIndex.PATH, () -> index().json()).ofWholeSite());
    }

    private String kindTitle(Collection c) {
        return c == Collection.PAGES ? view.t("search.kind.pages") : view.collectionTitle(c);
    }

    /** Every record, current ones first in rank: titles, aliases, addresses, facets, summaries and bodies. */
    SearchIndex index() {
        SearchIndex index = new SearchIndex(ORDER.stream().map(this::kindTitle).toList());
        for (int k = 0; k < ORDER.size(); k++) {
            for (Entry e : view.site().all(ORDER.get(k))) {
                List<SearchIndex.Field> fields = new ArrayList<>();
                fields.add(new SearchIndex.Field(e.title(), SearchIndex.Weight.TITLE));
                fields.add(new SearchIndex.Field(e.common().summary(), SearchIndex.Weight.SUMMARY));
                fields.add(new SearchIndex.Field(view.markdown().plainText(e.common().body()), SearchIndex.Weight.BODY));
                String line = Objects.requireNonNullElse(e.common().summary(), "");
                if (e instanceof Quarter q) {
                    fields.add(new SearchIndex.Field(String.join(" ", q.aliases()), SearchIndex.Weight.ALIAS));
                    fields.add(new SearchIndex.Field(q.district(), SearchIndex.Weight.FACET));
                    line = q.district() + (line.isEmpty() ? "" : " · " + line);
                } else if (e instanceof ContactPoint cp) {
                    fields.add(new SearchIndex.Field(address(cp.address()), SearchIndex.Weight.ADDRESS));
                    fields.add(new SearchIndex.Field(facetWords(cp.kind(), cp.targetGroups(), cp.topics(), cp.languages())
                            + " " + String.join(" ", view.names(cp.operators(), Collection.OPERATORS)), SearchIndex.Weight.FACET));
                    fields.add(new SearchIndex.Field(quarterWords(cp.quarters()), SearchIndex.Weight.PLACE));
                    line = address(cp.address()) + (cp.kind() == null ? "" : " · " + cp.kind());
                } else if (e instanceof Offering o) {
                    fields.add(new SearchIndex.Field(cards.where(o), SearchIndex.Weight.ADDRESS));
                    fields.add(new SearchIndex.Field(facetWords(null, o.targetGroups(), o.topics(), o.languages())
                            + (o.operator() == null ? "" : " " + view.site().operator(o.operator()).title()), SearchIndex.Weight.FACET));
                    fields.add(new SearchIndex.Field(quarterWords(o.quarters()), SearchIndex.Weight.PLACE));
                    line = cards.when(o) + " · " + cards.where(o);
                } else if (e instanceof Operator op) {
                    if (op.address() != null) fields.add(new SearchIndex.Field(address(op.address()), SearchIndex.Weight.ADDRESS));
                    fields.add(new SearchIndex.Field(op.kind(), SearchIndex.Weight.FACET));
                } else if (e instanceof Program p) {
                    fields.add(new SearchIndex.Field(Objects.toString(p.funder(), "") + " " + Objects.toString(p.reference(), ""),
                            SearchIndex.Weight.FACET));
                } else if (e instanceof NewsItem n) {
                    fields.add(new SearchIndex.Field(quarterWords(n.quarters()), SearchIndex.Weight.PLACE));
                    line = German.date(n.date()) + (line.isEmpty() ? "" : " · " + line);
                }
                boolean ended = view.site().status(e) == Status.ENDED;
                if (ended) line = view.t("status.ended") + " · " + line;
                index.add(k, e.title(), view.urls().href(e), line, fields, ended ? 1 : 2);
            }
        }
        return index;
    }

    private static String facetWords(String kind, List<String> targetGroups, List<String> topics, List<String> languages) {
        List<String> words = new ArrayList<>();
        if (kind != null) words.add(kind);
        words.addAll(targetGroups);
        words.addAll(topics);
        languages.forEach(l -> words.add(German.language(l)));
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

    /** The search page: the script's results, and for readers without it every current page from A to Z. */
    private Map<String, Object> page() {
        List<Section> directory = new ArrayList<>();
        Collator german = Collator.getInstance(Locale.GERMAN);
        for (Collection c : ORDER) {
            List<Link> links = view.site().all(c).stream().filter(view::listed)
                    .sorted(Comparator.comparing(Entry::title, german)).map(e -> new Link(e.title(), view.urls().href(e))).toList();
            if (!links.isEmpty())
                directory.add(section(kindTitle(c), "verzeichnis-" + c.name().toLowerCase(Locale.ROOT).replace('_', '-'), List.of(), List.of(), links));
        }
        return Map.of("indexHref", view.urls().href(SearchIndex.PATH), "directory", directory);
    }
}
