package de.quartier.render;

import de.quartier.render.map.MapViews.MapView;

import java.util.List;
import java.util.Map;

/**
 * What templates get: plain records of text, links and lists, never the model or a library
 * object. Text is escaped by Pebble; only fields named {@code ...Html} hold sanitised HTML.
 */
public final class Views {
    private Views() {
    }

    /**
     * A link; {@code current} marks the page the reader is on, or the part of the site it is in.
     *
     * @param lang     the label's language where it differs from the page's (a German page title on a
     *                 page in Turkish), else ""
     * @param hreflang the language of the page it leads to where that differs from this page's, else ""
     * @param section  a current link that leads to the part of the site the page is in, not to the page
     *                 itself ("Angebote" on an offering's page): aria-current="true", not "page"
     * @param alsoCalled the value's name in its own language, after the label ("Български"), or ""
     * @param alsoCalledLang that name's language
     */
    public record Link(String label, String href, boolean current, String lang, String hreflang, boolean section, String alsoCalled,
                       String alsoCalledLang) {
        public Link(String label, String href, boolean current, String lang, String hreflang, boolean section) {
            this(label, href, current, lang, hreflang, section, "", "");
        }

        public Link(String label, String href, boolean current, String lang, String hreflang) {
            this(label, href, current, lang, hreflang, false);
        }

        /** The same link with the value's name in another language after its label ("Bulgarisch · Български"), so marked. */
        public Link alsoCalled(String name, String nameLang) {
            return new Link(label, href, current, lang, hreflang, section, name, nameLang);
        }

        public Link(String label, String href, boolean current) {
            this(label, href, current, "", "");
        }

        public Link(String label, String href) {
            this(label, href, false);
        }
    }

    /**
     * The frame of every page: head, header, menu, breadcrumbs, footer.
     *
     * @param title    the page's own title (OpenGraph), {@code pageTitle} the one with the site's name
     * @param canonical the page's absolute URL ("" for the 404 page, which lives at every URL)
     * @param ogType   "website" or "article"
     * @param image    an absolute image URL for link previews, or ""
     * @param feeds    Atom feeds the page announces
     * @param locale   "de_DE"
     * @param frameKey which menu and footer entries are current ("m2-f-1"): pages with the same key
     *                 have the same header and footer, so a theme may render them once (the default theme does)
     * @param notice   site-config.yml's {@code notice}, shown below the header of every page, or ""
     * @param easyLanguageHref the site's page in Leichte Sprache, linked from every header, or ""
     * @param originalLang the site's own language on a page in another one ("de" on an English page), else "": links to
     *                     pages only in that language say so ({@link GermanLinks})
     * @param siteTitleLang the language of the site's title where it is not the page's ("de" on an English page whose
     *                      site-config.yml gives no {@code translations.en.title}), else ""; {@code noticeLang} the same for the notice
     */
    public record Chrome(String lang, String siteTitle, String siteTitleLang, String pageTitle, String title, String description, String canonical,
                         String basePath, String ownerName, String ownerUrl, List<Link> menu, List<Link> breadcrumbs,
                         List<Link> footer, String ogType, String image, String imageAlt, List<Link> feeds, String locale,
                         String frameKey, Map<String, String> assets, String notice, String noticeLang, String easyLanguageHref,
                         String dir, List<LanguageLink> switcher, List<LanguageLink> alternates, String originalLang) {
    }

    /**
     * A version of the page in a language: for the switcher (root-relative, to the language's home
     * where the page lacks a version) and for {@code hreflang} (absolute).
     */
    public record LanguageLink(String lang, String name, String href, boolean current, String dir) {
    }

    public record Image(String src, String alt, String credit) {
    }

    /**
     * A line of facts about a record in a listing; {@code hoursData} (JSON, or null) lets the
     * script say whether the office is open now. It comes from {@link Json#forHtml}, which escapes
     * {@code < > & '}, so a template may write it unescaped in a single-quoted attribute (and does:
     * every {@code "} escaped as {@code &quot;} cost 25 MB at 20,000 offerings). {@code key} names what the card shows ("o:fruehstueck",
     * an offering's card): equal keys, equal cards, so a theme may render a card once and reuse it
     * (the default theme does, with Pebble's cache tag).
     */
    public record Card(String key, String title, String href, String summary, String kind, String status, List<Fact> facts,
                       String hoursData, List<DataAttr> data, TextLanguage text) {
        public Card {
            java.util.Objects.requireNonNull(key, "key");
            text = text == null ? TextLanguage.NONE : text;
        }

        public Card(String key, String title, String href, String summary, String kind, String status, List<Fact> facts,
                    String hoursData, List<DataAttr> data) {
            this(key, title, href, summary, kind, status, facts, hoursData, data, TextLanguage.NONE);
        }

        /** This card with the language its untranslated texts are in. */
        public Card in(TextLanguage text) {
            return new Card(key, title, href, summary, kind, status, facts, hoursData, data, text);
        }

        public Card(String key, String title, String href, String summary, String kind, String status, List<Fact> facts) {
            this(key, title, href, summary, kind, status, facts, null, List.of());
        }

        public Card(String key, String title, String href, String summary, String kind, String status, List<Fact> facts, String hoursData) {
            this(key, title, href, summary, kind, status, facts, hoursData, List.of());
        }

        /** The same card with one more fact after the first {@code at}; {@code variant} tells its key apart. */
        public Card withFact(int at, Fact fact, String variant) {
            List<Fact> more = new java.util.ArrayList<>(facts);
            more.add(Math.min(at, more.size()), fact);
            return new Card(key + "+" + variant, title, href, summary, kind, status, List.copyOf(more), hoursData, data, text);
        }

        /** The same card with data for a script; {@code variant} tells its key apart from the card without them. */
        public Card withData(String variant, List<DataAttr> data) {
            return new Card(key + "+" + variant, title, href, summary, kind, status, facts, hoursData, data, text);
        }
    }

    /** A {@code data-*} attribute of a card, read by the finder script: {@code data-zielgruppe="kinder eltern"}. */
    public record DataAttr(String name, String value) {
    }

    /**
     * Where a long list continues: "Seite 2 von 7", the previous and next page (null at the ends)
     * and links to some pages around this one ({@code current} marks this one).
     */
    public record Pager(String label, Link previous, Link next, List<Link> pages) {
    }

    /**
     * A file to save: a calendar (.ics) or a contact card (.vcf).
     *
     * @param hreflang the file's language where it differs from the page's (the site's own: calendars and
     *                 cards are made once, not per language); empty otherwise
     */
    public record Download(String label, String href, String filename, String hreflang) {
    }

    /**
     * @param rows whether the cards are shown as one line each (title, then their facts): a part of
     *             a long list, where a card's frame and labels would be most of its bytes
     * @param headingLang the heading's language where it is not the page's (a district's or an untranslated
     *                    quarter's name on a page in another language), else ""
     */
    public record Group(String heading, String id, List<Card> cards, List<Group> subgroups, boolean rows, String headingLang) {
        public Group(String heading, String id, List<Card> cards, List<Group> subgroups, boolean rows) {
            this(heading, id, cards, subgroups, rows, "");
        }

        public Group(String heading, String id, List<Card> cards, List<Group> subgroups) {
            this(heading, id, cards, subgroups, false, "");
        }
    }

    /** @param lang the language of what the editor wrote (label, unit, source; not the number, written in the page's) where it is not the page's, else "" */
    public record ProfileRow(String label, String value, String unit, String year, String source, String lang) {
    }

    /**
     * A record's own page.
     *
     * @param updated the date the record was last changed, in words ("12. Oktober 2026"), or ""
     */
    public record Detail(String title, String summary, String status, String statusNote, Image image, String bodyHtml,
                         List<Fact> facts, List<Section> sections, List<Download> downloads, String jsonLd, MapView map,
                         TextLanguage text, String updated) {
    }

    /**
     * The language of a record's title, summary and body where a page shows them in another
     * language than its own (untranslated: "de"), else "".
     */
    public record TextLanguage(String title, String summary, String body) {
        public static final TextLanguage NONE = new TextLanguage("", "", "");
    }

    /** @param lang the language of the label where it is not the page's (an editor's word on a translated page), else "" */
    public record Option(String value, String label, String lang) {
        public Option(String value, String label) {
            this(value, label, "");
        }
    }

    /** A titled part of a detail page: facts, cards, profile rows, a week of hours, a weekly plan, links. */
    public record Section(String heading, String id, List<Fact> facts, List<Card> cards, List<ProfileRow> profile,
                          List<WeekRow> week, List<PlanDay> plan, List<Link> links, String hoursData, String caption) {
        public Section(String heading, String id, List<Fact> facts, List<Card> cards, List<ProfileRow> profile,
                       List<WeekRow> week, List<PlanDay> plan, List<Link> links) {
            this(heading, id, facts, cards, profile, week, plan, links, null, null);
        }

        /** The same section with another plan. */
        public Section withPlan(List<PlanDay> days) {
            return new Section(heading, id, facts, cards, profile, week, days, links, hoursData, caption);
        }

        /** Facts with a label: shown as a list of terms. */
        public List<Fact> labelledFacts() {
            return facts.stream().filter(f -> !f.label().isEmpty()).toList();
        }

        /** Facts without a label: shown as plain notes. */
        public List<Fact> notes() {
            return facts.stream().filter(f -> f.label().isEmpty()).toList();
        }
    }

    /** One day of the opening-hours table: "Montag", "09:00–13:00 Uhr" or "geschlossen". */
    public record WeekRow(String day, String hours, boolean open) {
    }

    /** One day of a weekly plan with what happens when. */
    public record PlanDay(String day, List<PlanItem> items) {
    }

    /**
     * "15:00–17:00 Uhr", the offering, and when it is not every week ("am 5. Dezember", "jeden 1. Mittwoch im Monat").
     *
     * @param place       where it happens, on a plan of several places (a quarter's); else ""
     * @param placeStreet that place's street and number, not shown: a print sheet adds it where the
     *                    sheet does not list the place with its address ("PUK, Industriestraße 38")
     * @param titleLang   the offering's title's language where not the page's ("de" when untranslated), else ""
     * @param placeLang   the same for the place's name
     */
    public record PlanItem(String time, String title, String href, String place, String note, String placeStreet, String titleLang, String placeLang) {
        public PlanItem withStreet() {
            return placeStreet.isEmpty() ? this : new PlanItem(time, title, href, place + ", " + placeStreet, note, "", titleLang, placeLang);
        }
    }

    /**
     * A listing page: intro text, groups of cards, and browse links; a long list is split into
     * pages ({@code pager}, null when it fits on one) and {@code note} says how to narrow it.
     *
     * @param titleAlso the value's name in its own language after the title ("Sprachen: Türkisch · Türkçe"), or "";
     *                  {@code titleAlsoLang} that language
     */
    public record Listing(String title, String introHtml, List<Group> groups, List<Section> browse, List<Download> downloads,
                          MapView map, FinderViews.Finder finder, List<FinderViews.Chosen> chosen, String count, String note, Pager pager,
                          String titleAlso, String titleAlsoLang) {
        public Listing(String title, String introHtml, List<Group> groups, List<Section> browse) {
            this(title, introHtml, groups, browse, List.of(), null);
        }

        public Listing(String title, String introHtml, List<Group> groups, List<Section> browse, List<Download> downloads,
                       MapView map) {
            this(title, introHtml, groups, browse, downloads, map, null, List.of(), null, null, null);
        }

        public Listing(String title, String introHtml, List<Group> groups, List<Section> browse, List<Download> downloads,
                       MapView map, FinderViews.Finder finder, List<FinderViews.Chosen> chosen, String count, String note, Pager pager) {
            this(title, introHtml, groups, browse, downloads, map, finder, chosen, count, note, pager, "", "");
        }

        public Listing withPager(Pager p) {
            return new Listing(title, introHtml, groups, browse, downloads, map, finder, chosen, count, note, p, titleAlso, titleAlsoLang);
        }

        /** The page of a language: its name in itself after the title, which its speakers know where they may not know the German. */
        public Listing withLanguageName(String code) {
            String own = Wording.ownName(code);
            if (own.equals(code) || title.endsWith(own)) return this;
            return new Listing(title, introHtml, groups, browse, downloads, map, finder, chosen, count, note, pager, own, code);
        }
    }

    /**
     * The home page; {@code quarters} as cards by district, or (a site with many quarters) only
     * {@code districts}, each linking to its page.
     */
    public record Home(String title, String introHtml, String introLang, List<Group> quarters, List<Link> districts, List<Card> upcoming, List<Card> news,
                       int contactPoints, String contactPointsHref, String offeringsHref, MapView map) {
    }
}
