package de.quartier.render;

import de.quartier.model.PublicHolidays;
import de.quartier.model.Site;
import de.quartier.render.map.MapData;
import de.quartier.render.map.MapViews;
import de.quartier.render.page.FacetPages;
import de.quartier.render.page.Listings;
import de.quartier.render.page.RecordPages;
import de.quartier.render.finder.FinderPages;
import de.quartier.render.search.SearchPages;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's pages in one more language, below {@code <lang>/}: the same planners as the
 * original's, run on the site in that language ({@link Site#inLanguage}) with the theme's words in
 * it, keeping only the pages {@link Editions} names. Its scripts' words are files of their own
 * ({@code hours.tr.js}, {@code map-settings.tr.js}), so pages in every language stay lean.
 */
final class LanguageEdition {
    private final String lang;
    private final SiteView view;
    private final Pages pages;
    private final Cards cards;
    private final MapViews maps;

    LanguageEdition(String lang, Site site, Theme theme, PublicHolidays holidays, Map<String, LocalDate> fileDates,
                    PublishedAssets assets, SiteView original) {
        this.lang = lang;
        Map<String, String> strings = theme.strings(lang);
        Map<String, String> names = new HashMap<>(assets.names().all());
        // the pages in this language load the scripts with its words under the usual names
        for (String script : List.of("hours", "map-settings")) {
            String own = names.get(scriptPath(script, lang));
            if (own != null) names.put("assets/" + script + ".js", own);
        }
        this.view = SiteView.inLanguage(site.inLanguage(lang), strings, new Markdown(strings.get("external"), strings.get("body.table")), holidays, fileDates, names,
                original);
        this.pages = new Pages(view, new Frame(view));
        this.cards = new Cards(view);
        this.maps = new MapViews(view);
    }

    /** The cards in this language. */
    Cards cards() {
        return cards;
    }

    /** The view of the site in this language. */
    SiteView view() {
        return view;
    }

    private static String scriptPath(String script, String lang) {
        return "assets/" + script + "." + lang + ".js";
    }

    /** The assets with the scripts' words in each of the site's other languages added. */
    static PublishedAssets withScripts(PublishedAssets assets, Theme theme, Site site, Urls themeUrls, String hoursDays) {
        byte[] hours = theme.assets().get("assets/hours.js");
        PublishedAssets out = assets;
        for (String lang : site.config().otherLanguages()) {
            Map<String, String> strings = theme.strings(lang);
            if (hours != null)
                out = out.with(scriptPath("hours", lang), (hoursDays + HoursData.wordsScript(strings) + new String(hours, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
            out = out.with(scriptPath("map-settings", lang), MapData.settingsScript(site.config(), themeUrls, strings, new Wording(lang, strings).comma()));
        }
        return out;
    }

    /** The pages this language has, at their paths below {@code <lang>/}. */
    List<Output> plan() {
        List<Output> all = new ArrayList<>();
        FacetPages facets = new FacetPages(view, pages, cards);
        FinderPages finder = new FinderPages(view, pages, cards);
        new Listings(view, pages, cards, maps, facets, finder.nearby()).plan(all);
        finder.plan(all); // the offerings listing; its finder pages stay in the original language
        new SearchPages(view, pages, cards).planPage(all);
        new RecordPages(view, pages, cards, maps).plan(all);
        all.add(pages.notFound());
        List<Output> out = new ArrayList<>();
        for (Output o : all) {
            if (!(o instanceof Output.Page p)) continue;
            String pagePath = p.path().equals("404.html") ? "404.html" : p.pagePath();
            if (view.editions().has(lang, pagePath)) out.add(p.at(lang + "/" + p.path()));
        }
        return out;
    }
}
