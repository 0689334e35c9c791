package de.quartier.render.page;

import de.quartier.model.Entry;
import de.quartier.render.Output;
import de.quartier.render.Pages;
import de.quartier.render.Pagination;
import de.quartier.render.Facts;
import de.quartier.render.SiteView;
import de.quartier.render.Urls;
import de.quartier.render.Views.Card;
import de.quartier.render.Views.Group;
import de.quartier.render.Views.Link;
import de.quartier.render.Views.Listing;
import de.quartier.render.Views.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps a record's page short whatever the site's size: a section of cards (an operator's
 * offerings, a quarter's offices) shows its first ones and links to the whole list, which has
 * pages of its own below the record ("traeger/x/angebote/", "traeger/x/angebote/seite/2/").
 */
final class LongLists {
    /** A record page shows up to this many cards of a section. */
    static final int SECTION_CARDS = 50;
    /** A section's own list shows this many per page. */
    static final int PER_PAGE = 200;

    private final SiteView view;
    private final Pages pages;

    LongLists(SiteView view, Pages pages) {
        this.view = view;
        this.pages = pages;
    }

    /** The section as the record's page shows it. */
    Section section(Entry record, String heading, String id, List<Card> cards) {
        if (cards.size() <= SECTION_CARDS) return Facts.section(heading, id, List.of(), cards, List.of());
        Link all = new Link(view.t("list.all").replace("{n}", Integer.toString(cards.size())), view.urls().href(path(record, id)));
        return Facts.section(heading, id, List.of(), cards.subList(0, SECTION_CARDS), List.of(all));
    }

    private static String path(Entry record, String id) {
        return Urls.pathOf(record) + id + "/";
    }

    /** The pages of a section's whole list, when it is longer than its record's page shows. */
    <E> void plan(List<Output> out, Entry record, String heading, String id, List<E> entries, Function<E, Card> card) {
        if (entries.size() <= SECTION_CARDS) return;
        String title = heading + ": " + record.title();
        List<Link> crumbs = new ArrayList<>(List.of(view.homeLink()));
        String segment = record.collection().urlSegment();
        if (!segment.isEmpty()) crumbs.add(new Link(view.collectionTitle(record.collection()), view.urls().href(segment + "/")));
        crumbs.add(new Link(record.title(), view.urls().href(record)));
        for (Pagination.Slice<E> slice : Pagination.split(path(record, id), entries, PER_PAGE, view.urls(), view::t)) {
            Output.Page page = pages.page(slice.path(), "listing", slice.title(title), crumbs, () -> Map.of("listing",
                    new Listing(title, "", List.of(new Group("", "alle", slice.items().stream().map(card).toList(), List.of())), List.of())
                            .withPager(slice.pager())));
            out.add(page.unindexed());
        }
    }
}
