package de.quartier.build;

import de.quartier.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example site in its six languages ({@code languages:} in site-config.yml): the key pages
 * below {@code <lang>/}, facts worded in the page's language, untranslated text marked German,
 * the switcher and {@code hreflang} joining every version, and nothing else multiplied.
 */
class LanguagesTest {
    private static final List<String> OTHERS = List.of("en", "tr", "ar", "uk", "ru");
    private static final String BASE = "/quartiersentwicklung/";
    private static Map<String, byte[]> files;

    @BeforeAll
    static void build() throws Exception {
        files = TestSites.example();
    }

    private static Document html(String path) {
        return TestSites.html(files, path);
    }

    @Test
    void aLanguageWithoutATitleOfItsOwnShowsTheGermanOneMarkedAsGerman(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        // the example site without its Russian title and description: the German title, marked, in the header,
        // the home page's heading and the footer
        java.nio.file.Path site = temp.resolve("site");
        TestSites.copyTree(java.nio.file.Path.of("content"), site.resolve("content"));
        String config = java.nio.file.Files.readString(java.nio.file.Path.of("site-config.yml"));
        String withoutRussianTitle = config.replaceAll("(?m)^(  ru:\\n)    title: .*\\n    description: .*\\n", "$1");
        assertNotEquals(config, withoutRussianTitle);
        java.nio.file.Files.writeString(site.resolve("site-config.yml"), withoutRussianTitle);
        Document ruHome = TestSites.html(TestSites.buildInMemory(site), "ru/index.html");
        assertEquals("Quartiersentwicklung in Bottrop", ruHome.select("main h1").text());
        assertEquals("de", ruHome.select(".site-title a").attr("lang"));
        assertEquals("de", ruHome.select("main h1").attr("lang"));
        assertEquals("de", ruHome.select(".site-footer span:contains(Quartiersentwicklung)").attr("lang"));
    }

    @Test
    void linksToTheGermanOnlyFinderAndFacetPagesSaySoAndNameLanguagesInThePagesLanguage() {
        Document en = html("en/angebote/index.html");
        org.jsoup.select.Elements finder = en.select(".finder-browse a[href*=/angebote/finden/]");
        assertFalse(finder.isEmpty());
        assertTrue(finder.stream().allMatch(a -> a.attr("hreflang").equals("de")), "every link to the German finder pages says so");
        assertTrue(finder.stream().filter(a -> a.attr("href").contains("/quartier/")).allMatch(a -> a.attr("lang").equals("de")), "quarters' names marked");
        Document places = html("en/anlaufstellen/index.html");
        org.jsoup.nodes.Element arabic = places.selectFirst("a[href$=/sprachen/ar/]");
        assertTrue(arabic.text().startsWith("Arabic"), arabic.text());
        assertEquals("de", arabic.attr("hreflang"));
        // every other link from a translated page to a page in German only says so: an office's operator and kind,
        // the home page's news, the search directory's pages; and the directory marks untranslated titles
        for (String path : List.of("en/anlaufstellen/buergerhaus-batenbrock/index.html", "en/index.html", "en/suche/index.html",
                "ar/anlaufstellen/index.html", "tr/angebote/wuselcafe-buergerhaus-batenbrock/index.html")) {
            List<String> unsaid = html(path).select("a[href^=" + BASE + "]").stream()
                    .filter(a -> !a.attr("href").startsWith(BASE + path.substring(0, 3)) && !a.hasAttr("hreflang")).map(a -> a.attr("href")).toList();
            assertEquals(List.of(), unsaid, path + ": links to German pages without hreflang");
        }
        assertTrue(html("en/suche/index.html").select("a[href$=/angebote/beratung-stadtteilfonds-rathaus/]").attr("lang").equals("de"));
        assertTrue(html("anlaufstellen/buergerhaus-batenbrock/index.html").select("main a[hreflang]").isEmpty(), "German pages: none");
        // an untranslated place's name on cards and offering pages is marked German (the address with it is the same in any language)
        org.jsoup.select.Elements where = en.select(".card dt:containsOwn(Where) + dd");
        assertFalse(where.isEmpty());
        assertTrue(where.stream().allMatch(dd -> dd.selectFirst("span[lang=de]") != null || dd.text().startsWith("Out and about")), where.eachText().toString());
        assertEquals("de", html("en/angebote/wuselcafe-buergerhaus-batenbrock/index.html").select("dt:containsOwn(Where) + dd > span").attr("lang"));
        assertTrue(html("angebote/index.html").select(".card dt:containsOwn(Wo) + dd span[lang]").isEmpty(), "German pages: no mark");
        // district and quarter headings and the "near me" quarters are German names
        Document enPlaces = html("en/anlaufstellen/index.html");
        assertEquals("de", enPlaces.selectFirst("h2[id^=bezirk-]").attr("lang"));
        assertEquals("de", enPlaces.selectFirst("h3[id^=quartier-]").attr("lang"));
        assertEquals("de", enPlaces.selectFirst("#nearby-quarter option[data-geo]").attr("lang"));
        Document dePlaces = html("anlaufstellen/index.html");
        assertFalse(dePlaces.selectFirst("h2[id^=bezirk-]").hasAttr("lang"));
        assertFalse(dePlaces.selectFirst("#nearby-quarter option[data-geo]").hasAttr("lang"));
        // "only" where each language puts it: Arabic after the value
        assertEquals("المجانية فقط", html("ar/angebote/index.html").selectFirst("label[for=filter-kosten]").text());
        assertEquals("only free", en.selectFirst("label[for=filter-kosten]").text());
        assertEquals("nur kostenlose", html("angebote/index.html").selectFirst("label[for=filter-kosten]").text());
        // the script lists fields with the language's comma, which the build gives it (as its map settings do)
        assertEquals("، ", html("ar/angebote/index.html").selectFirst("form#finder").attr("data-comma"));
        assertEquals("، ", html("ar/anlaufstellen/index.html").selectFirst("form#finder").attr("data-comma"));
        assertEquals(", ", html("angebote/index.html").selectFirst("form#finder").attr("data-comma"));
        // German pages: no such marks
        assertTrue(html("angebote/index.html").select(".finder-browse a[hreflang], .finder-browse a[lang]").isEmpty());
        assertTrue(html("anlaufstellen/index.html").selectFirst("a[href$=/sprachen/ar/]").text().startsWith("Arabisch"));
    }

    @Test
    void aContactPointInEachLanguageNamesTheWeekdaysInIt() {
        for (String lang : OTHERS) {
            Document page = html(lang + "/anlaufstellen/quartiersbuero-eigen/index.html");
            assertEquals(lang, page.select("html").attr("lang"));
            assertEquals(lang.equals("ar") ? "rtl" : "", page.select("html").attr("dir"), lang);
            List<String> days = page.select("table.week tbody th").eachText();
            List<String> expected = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) expected.add(d.getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag(lang)));
            assertEquals(expected, days, lang);
            assertFalse(page.select("table.week").text().contains("Uhr"), lang + ": no German clock word");
            // a range never breaks after its dash on a right-to-left page ("09:30–" at a line's end); other pages need no joiner
            String text = page.body().text();
            assertTrue(text.matches("(?s).*\\d\\d:\\d\\d–\\d\\d:\\d\\d.*") != lang.equals("ar"), lang + ": " + text);
            assertEquals(lang.equals("ar"), text.contains("–\u2060"), lang);
        }
        assertEquals("Montag", html("anlaufstellen/quartiersbuero-eigen/index.html").select("table.week tbody th").first().text());
    }

    @Test
    void uiTextIsInThePagesLanguage() {
        assertEquals("Menü", html("index.html").select(".site-menu summary").text());
        assertEquals("Menu", html("en/index.html").select(".site-menu summary").text());
        assertEquals("Menü", html("tr/index.html").select(".site-menu summary").text()); // Turkish for menu, too
        assertEquals("القائمة", html("ar/index.html").select(".site-menu summary").text());
        assertEquals("Меню", html("ru/index.html").select(".site-menu summary").text());
        assertTrue(html("en/angebote/index.html").select("h1").text().length() > 0);
    }

    @Test
    void untranslatedTextIsMarkedGermanWithANoteTranslatedTextIsNot() {
        // quartiersbuero-eigen has tr and ar translations, no English one
        Document en = html("en/anlaufstellen/quartiersbuero-eigen/index.html");
        assertEquals("de", en.select("h1").attr("lang"));
        assertEquals("de", en.select(".lead").attr("lang"));
        assertEquals("de", en.select("div.body").attr("lang"));
        assertEquals("This text is only available in German.", en.select("p.untranslated").text());
        // once, before the first German text under the heading (the lead), not after it
        assertEquals(1, en.select("p.untranslated").size());
        assertEquals("lead", en.select("p.untranslated").first().nextElementSibling().className());
        Document arHome = html("ar/index.html");
        assertEquals("intro", arHome.select("p.untranslated").first().nextElementSibling().className(), "the home page's German intro has it too");
        assertTrue(html("index.html").select("p.untranslated").isEmpty());
        // site-config.yml's translations give the title in English (and Russian)
        Document enHome = html("en/index.html");
        assertEquals("Neighbourhood development in Bottrop", enHome.select("main h1").text());
        assertEquals("Neighbourhood development in Bottrop", enHome.title());
        assertFalse(enHome.select(".site-title a").hasAttr("lang"));
        assertFalse(enHome.select("main h1").hasAttr("lang"));
        assertTrue(enHome.select("meta[name=description]").attr("content").startsWith("Contact points, offerings"));
        assertEquals("Neighbourhood development in Bottrop", html("en/angebote/index.html").select(".site-title a").text());
        assertEquals("Развитие кварталов в Ботропе", html("ru/index.html").select("main h1").text());
        Document deHome = html("index.html");
        assertFalse(deHome.select(".site-title a").hasAttr("lang"));
        assertFalse(deHome.select("main h1").hasAttr("lang"));
        assertTrue(deHome.select(".site-footer span[lang]").isEmpty());

        Document tr = html("tr/anlaufstellen/quartiersbuero-eigen/index.html");
        assertEquals("", tr.select("h1").attr("lang"), "translated title");
        assertEquals("", tr.select("div.body").attr("lang"), "translated body");
        assertTrue(tr.select("p.untranslated").isEmpty());
        assertFalse(tr.select("div.body").text().contains("Nachbarin"), "the Turkish text, not the German one");

        // cards in listings say the same
        Element card = html("en/anlaufstellen/index.html").select("article.card a[href$=/quartiersbuero-eigen/]").first();
        assertNotNull(card);
        assertEquals("de", card.attr("lang"));
        Element trCard = html("tr/anlaufstellen/index.html").select("article.card a[href$=/quartiersbuero-eigen/]").first();
        assertEquals("", trCard.attr("lang"));
        assertTrue(trCard.attr("href").startsWith(BASE + "tr/"), "cards lead to the pages in the same language");
    }

    @Test
    void aScheduleNotTheSameEveryWeekListsItsNextDaysInThePagesLanguage() {
        // "We[1] 10:00-11:30; Jan off; PH off", built on 21 November 2026: January is left out
        Element de = html("angebote/muetter-cafe-batenbrock/index.html").select("dl.facts dt:matchesOwn(^Nächste Termine$)").first();
        assertNotNull(de, "the German page has the next dates");
        List<String> days = new ArrayList<>();
        for (Element dd = de.nextElementSibling(); dd != null && dd.tagName().equals("dd"); dd = dd.nextElementSibling()) days.add(dd.text());
        assertEquals(List.of("Mittwoch, 2. Dezember 2026, 10:00–11:30 Uhr", "Mittwoch, 3. Februar 2027, 10:00–11:30 Uhr",
                "Mittwoch, 3. März 2027, 10:00–11:30 Uhr"), days);
        Element en = html("en/angebote/muetter-cafe-batenbrock/index.html").select("dl.facts dt:matchesOwn(^Next dates$) + dd").first();
        assertNotNull(en);
        assertEquals("Wednesday, 2 December 2026, 10:00–11:30", en.text());
        // the same every week: the weekdays say it
        assertTrue(html("angebote/alltagsberatung-morianstrasse/index.html").select("dl.facts dt:matchesOwn(^Nächste Termine$)").isEmpty());
    }

    @Test
    void calendarsAndContactCardsOnOtherLanguagesPagesSayTheyAreGerman() {
        // they are made once, in the site's language: the link says so, in words and in hreflang
        Element de = html("angebote/alltagsberatung-morianstrasse/index.html").select("ul.downloads a[href$=.ics]").first();
        assertNotNull(de, "the German page links its calendar");
        assertEquals("", de.attr("hreflang"));
        assertFalse(de.text().contains("Deutsch"), de.text());
        Map<String, String> says = Map.of("en", "in German", "ar", "الألمانية", "ru", "на немецком", "tr", "Almanca", "uk", "німецькою");
        for (String lang : OTHERS) {
            Document page = html(lang + "/angebote/alltagsberatung-morianstrasse/index.html");
            Element calendar = page.select("ul.downloads a[href$=.ics]").first();
            assertNotNull(calendar, lang);
            assertEquals(de.attr("href"), calendar.attr("href"), lang + ": the one calendar");
            assertEquals("de", calendar.attr("hreflang"), lang);
            assertTrue(calendar.text().contains(says.get(lang)), lang + ": " + calendar.text());
            Element card = html(lang + "/anlaufstellen/quartiersbuero-eigen/index.html").select("ul.downloads a[href$=.vcf]").first();
            assertNotNull(card, lang);
            assertEquals("de", card.attr("hreflang"), lang + ": the card's note is German");
        }
        assertEquals("", html("anlaufstellen/quartiersbuero-eigen/index.html").select("ul.downloads a[href$=.vcf]").attr("hreflang"));
    }

    @Test
    void anEditorsWordsAreMarkedGermanAndFreeIsSaidInTheLanguage() {
        // the example's site-config.yml translates its target groups (translations.<lang>.terms): in English, unmarked
        Document en = html("en/anlaufstellen/quartiersbuero-eigen/index.html");
        Element groups = en.select("dl.facts dt:matchesOwn(^Who it is for$) + dd").first();
        assertNotNull(groups, "target groups");
        assertEquals("older people, everyone, volunteers", groups.text());
        assertTrue(groups.select("[lang]").isEmpty());
        // an editor's note stays as written, marked German
        assertEquals("de", html("en/anlaufstellen/quartiersbuero-eigen/index.html").select("p.note span").last().attr("lang"));
        Document ar = html("ar/angebote/alltagsberatung-morianstrasse/index.html");
        assertTrue(ar.select("dl.facts dd").eachText().contains("مجاني"), "kostenlos in Arabic");
        assertTrue(html("angebote/alltagsberatung-morianstrasse/index.html").select("dl.facts dd").eachText().contains("kostenlos"));
        assertTrue(html("anlaufstellen/quartiersbuero-eigen/index.html").select("dl.facts span[lang]").isEmpty(), "nothing to mark in German");
    }

    @Test
    void germanNamesNotesAndFiguresOnARightToLeftPageAreMarkedSo() {
        // unmarked, a right-to-left page put their full stops on the wrong side (".Frauenzentrum Courage e.V")
        Document cp = html("ar/anlaufstellen/cafe-courage/index.html");
        assertEquals("de", cp.select("section[aria-labelledby=traeger] ul.links a").first().attr("lang"), "an operator's untranslated name");
        // the kind of place and the groups in Arabic, from site-config.yml's terms, listed with the Arabic comma
        Element kind = cp.select("dl.facts dt:containsOwn(النوع) + dd").first();
        assertNotNull(kind, "the kind of place");
        assertEquals("مركز لقاء", kind.text());
        assertTrue(kind.select("[lang]").isEmpty());
        assertEquals("النساء، اللاجئون، الآباء والأمهات", cp.select("dl.facts dt:containsOwn(لمن) + dd").first().text());
        assertEquals("de", html("ar/anlaufstellen/quartiersbuero-eigen/index.html").select("p.note span").last().attr("lang"), "the note under the hours");
        Element operator = html("ar/anlaufstellen/index.html").select("article.card:has(a[href$=/cafe-courage/]) dl.facts dt:containsOwn(الجهة المنفذة) + dd span").first();
        assertNotNull(operator, "the operator on the office's card");
        assertEquals("de", operator.attr("lang"));
        var rows = html("ar/quartiere/altstadt/index.html").select("table.profile tbody tr");
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(tr -> tr.selectFirst("th").attr("lang").equals("de")), "the figures' labels");
        // the number is written in the page's language, so it is not marked German (a German voice would read 7,850 as 7.85)
        assertTrue(rows.stream().allMatch(tr -> tr.select("td").get(0).attr("lang").isEmpty()));
        assertEquals("de", rows.select("td span").first().attr("lang"), "a unit");
        assertTrue(html("quartiere/altstadt/index.html").select("table.profile [lang]").isEmpty(), "nothing marked on the German page");
        // the finder's choices: the editors' groups and topics in Arabic from site-config.yml's terms, unmarked; the group for everyone too
        Document finder = html("ar/angebote/index.html");
        assertEquals("العائلات", finder.select("#filter-zielgruppe option[value=familien]").text());
        assertEquals("", finder.select("#filter-zielgruppe option[value=familien]").attr("lang"));
        assertEquals("", finder.select("#filter-thema option").get(1).attr("lang"));
        assertEquals("الجميع", finder.select("#filter-zielgruppe option[value=alle]").text(), "not a second German „Alle“ beside the page's own „all“");
        assertEquals("", finder.select("#filter-zielgruppe option[value=alle]").attr("lang"));
        // the map's key names kinds of place in English from site-config.yml's terms; the tiles' credit is site-config.yml's: German, marked
        Document listing = html("en/anlaufstellen/index.html");
        assertFalse(listing.select(".map-legend li").isEmpty());
        assertTrue(listing.select(".map-legend [lang]").isEmpty(), listing.select(".map-legend").outerHtml());
        assertTrue(listing.select(".map-legend li").eachText().contains("B community centre"), listing.select(".map-legend").text());
        assertEquals("de", listing.select(".map-attribution span").attr("lang"));
        // a quarter's map lists its offices: an untranslated name marked German (and in its route link's words), a translated one not
        Document eigen = html("ar/quartiere/eigen/index.html");
        Element german = eigen.select("ul.places li > a[href$=/familienort-buegelstrasse/]").first();
        assertNotNull(german);
        assertEquals("de", german.attr("lang"));
        assertEquals("de", german.parent().select("a[rel=external] .visually-hidden span").attr("lang"));
        Element arabic = eigen.select("ul.places li > a[href$=/quartiersbuero-eigen/]").first();
        assertNotNull(arabic);
        assertEquals("", arabic.attr("lang"));
        assertTrue(arabic.text().contains("مكتب حي آيغن"), arabic.text());
        assertTrue(html("anlaufstellen/index.html").select(".map-legend [lang], .map-attribution [lang]").isEmpty(), "nothing marked on German pages");
        // an offering for everyone says so in the page's language, as the finder does; other groups stay German, marked
        Element forWhom = html("en/angebote/alltagsberatung-morianstrasse/index.html").select("dl.facts dt:containsOwn(Who it is for) + dd").first();
        assertNotNull(forWhom);
        assertEquals("Everyone", forWhom.text());
        assertTrue(forWhom.select("[lang]").isEmpty() && !forWhom.hasAttr("lang"), forWhom.outerHtml());
        assertEquals("Alle", html("angebote/index.html").select("#filter-zielgruppe option[value=alle]").text());
        assertTrue(html("anlaufstellen/cafe-courage/index.html").select("section[aria-labelledby=traeger] a[lang]").isEmpty());
    }

    @Test
    void theWeeklyPlanMarksUntranslatedTitlesAndPlacesGerman() {
        // English: the language café has a translation, the quarter's other offerings do not
        Document en = html("en/quartiere/altstadt/index.html");
        Element cafe = en.select("dl.plan dd > a[href$=/sprachcafe-startklar/]").first();
        assertNotNull(cafe, "the language café on the quarter's plan");
        assertEquals("", cafe.attr("lang"), cafe.text());
        var others = en.select("dl.plan dd > a:not([href$=/sprachcafe-startklar/])");
        assertFalse(others.isEmpty());
        assertTrue(others.stream().allMatch(a -> a.attr("lang").equals("de")), others.toString());
        // Arabic: the office in Eigen has a translation, so its name is not marked; other places are
        Document ar = html("ar/quartiere/eigen/index.html");
        String office = html("ar/anlaufstellen/quartiersbuero-eigen/index.html").select("h1").text();
        var places = ar.select("dl.plan dd");
        assertFalse(places.isEmpty());
        for (Element dd : places) {
            Element a = dd.selectFirst("a");
            assertEquals("de", a.attr("lang"), "no offering in Eigen has an Arabic title: " + a.text());
            Element place = dd.selectFirst("a ~ span:not(.plan-note)");
            if (place != null) assertEquals("de", place.attr("lang"), dd.toString());
            else if (dd.ownText().contains(office)) assertTrue(dd.ownText().contains(" – " + office), dd.toString());
        }
        assertTrue(places.stream().anyMatch(dd -> dd.ownText().contains(office)), "the office's translated name, unmarked: " + office);
    }

    @Test
    void switcherAndHreflangJoinEveryVersion() {
        String path = "anlaufstellen/quartiersbuero-eigen/";
        List<String> all = new ArrayList<>(List.of("de"));
        all.addAll(OTHERS);
        for (String lang : all) {
            String file = (lang.equals("de") ? "" : lang + "/") + path + "index.html";
            Document page = html(file);
            // the languages; the bar ends with the page in Leichte Sprache
            List<String> switcher = page.select("nav.site-languages li:not(.site-easy) a").eachAttr("href");
            assertEquals(6, switcher.size(), file);
            for (String other : all) {
                String href = BASE + (other.equals("de") ? "" : other + "/") + path;
                assertTrue(switcher.contains(href), file + " switches to " + other);
                assertTrue(page.select("link[rel=alternate][hreflang=" + other + "]").attr("href").endsWith(href), file + " hreflang " + other);
            }
            assertEquals(lang, page.select("nav.site-languages a[aria-current]").attr("lang"));
            assertTrue(page.select("link[rel=alternate][hreflang=x-default]").attr("href").endsWith(BASE + path));
            assertTrue(page.select("link[rel=canonical]").attr("href").endsWith(BASE + (lang.equals("de") ? "" : lang + "/") + path));
        }
        // menu entries that lead to a page in German only say so; a German page title is marked German
        Document tr = html("tr/anlaufstellen/quartiersbuero-eigen/index.html");
        assertEquals("de", tr.select("nav.menu a[href$=/aktuelles/]").attr("hreflang"));
        assertEquals("", tr.select("nav.menu a[href$=/aktuelles/]").attr("lang"), "the label is Turkish");
        assertEquals("", tr.select("nav.menu a[href$=/tr/ueber-diese-seite/]").attr("hreflang"), "the translated page");
        assertEquals("de", tr.select("footer a[href$=/impressum/]").attr("lang"));
        assertEquals("", html("anlaufstellen/quartiersbuero-eigen/index.html").select("nav.menu a[href$=/aktuelles/]").attr("hreflang"));
        // a page only in German: its switcher leads to each language's home, and it claims no other version
        Document news = html("aktuelles/index.html");
        assertTrue(news.select("nav.site-languages a[lang=tr]").attr("href").equals(BASE + "tr/"));
        assertTrue(news.select("link[hreflang]").isEmpty());
    }

    @Test
    void onlyTheKeyPagesAreMultiplied() {
        Set<String> tr = new TreeSet<>();
        Set<String> german = new TreeSet<>();
        for (String f : files.keySet()) {
            if (!f.endsWith(".html")) continue;
            if (f.startsWith("tr/")) tr.add(f.substring(3));
            else if (!f.matches("(en|ar|uk|ru)/.*")) german.add(f);
        }
        Set<String> expected = new TreeSet<>();
        for (String f : german)
            if (f.equals("index.html") || f.equals("404.html") || f.equals("suche/index.html")
                    || f.matches("(quartiere|anlaufstellen|angebote)/([a-z0-9-]+/)?index\\.html") && !f.startsWith("angebote/finden/")
                    || f.matches("(quartiere|anlaufstellen|angebote)/seite/[0-9]+/index\\.html")
                    || f.equals("ueber-diese-seite/index.html"))
                expected.add(f);
        assertEquals(expected, tr);
        assertTrue(tr.size() < german.size() / 2, tr.size() + " Turkish pages for " + german.size() + " German ones");
        assertFalse(files.containsKey("tr/impressum/index.html"), "an untranslated page stays German only");
        // the scripts' words are files of their own, one per language
        assertTrue(files.keySet().stream().anyMatch(f -> f.matches("assets/hours\\.ar\\.[0-9a-f]{10}\\.js")));
        String hoursAr = files.entrySet().stream().filter(e -> e.getKey().matches("assets/hours\\.ar\\.[0-9a-f]{10}\\.js"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(hoursAr.contains("الآن"), "Arabic words for open now");
    }

    @Test
    void theNotFoundPageLeadsToEachLanguagesHome() {
        assertEquals(BASE + "tr/", html("404.html").select("nav.site-languages a[lang=tr]").attr("href"));
        assertEquals(BASE, html("ar/404.html").select("nav.site-languages a[lang=de]").attr("href"));
    }

    @Test
    void sitemapAndSearchKnowTheLanguages() {
        String sitemap = new String(files.get("sitemap.xml"), StandardCharsets.UTF_8);
        for (String lang : OTHERS) {
            assertTrue(sitemap.contains(BASE + lang + "/anlaufstellen/quartiersbuero-eigen/"), lang);
            assertTrue(sitemap.contains(BASE + lang + "/ueber-diese-seite/"), lang);
        }
        Element form = html("tr/suche/index.html").select("form#suche").first();
        assertNotNull(form);
        assertEquals(BASE + "tr/", form.attr("data-language-home"));
        assertEquals(BASE, form.attr("data-original-home"));
        assertTrue(form.attr("data-index").startsWith(BASE + "suche/"), "one index for every language");
        assertTrue(html("suche/index.html").select("form#suche").attr("data-language-home").isEmpty());
    }

    /** An office's and an offering's line under its search result, in each language: its kind and its times worded in it. */
    @Test
    void searchLinesOfOfficesAndOfferingsAreInThePagesLanguage() {
        String docs = files.entrySet().stream().filter(e -> e.getKey().startsWith("suche/index/d/"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(docs.contains("\"en\":\"Schattige Buche (AWO-Seniorenzentrum), 46240 Bottrop · neighbourhood office\""), "the office's kind in English");
        assertTrue(docs.contains("\"tr\":\"Schattige Buche (AWO-Seniorenzentrum), 46240 Bottrop · mahalle bürosu\""), "and in Turkish");
        assertTrue(java.util.regex.Pattern.compile("\"en\":\"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d+ [A-Z][a-z]+ 2026").matcher(docs).find(),
                "an offering's next date in English");
    }
}
