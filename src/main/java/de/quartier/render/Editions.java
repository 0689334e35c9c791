package de.quartier.render;

import de.quartier.model.InfoPage;
import de.quartier.model.Site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which pages exist in which language. The site's own language has every page at the base;
 * each other language has, below {@code <lang>/}, the pages a resident needs most: home, the
 * quarters, contact points and offerings (listings and records), the search, the 404 page, and
 * every info page an editor translated ({@code ueber-diese-seite.tr.md}). Everything else is
 * linked in the site's own language.
 */
public final class Editions {
    /** The listings whose pages, and whose records' pages, every language has. */
    private static final Set<String> LISTINGS = Set.of("quartiere", "anlaufstellen", "angebote");

    private final List<String> languages;
    /** language → slugs of the info pages translated into it */
    private final Map<String, Set<String>> translatedPages;

    public Editions(Site site) {
        this.languages = site.config().languages();
        Map<String, Set<String>> pages = new TreeMap<>();
        for (String lang : site.config().otherLanguages()) {
            Set<String> slugs = new TreeSet<>();
            for (InfoPage p : site.pages())
                if (site.translation(p, lang).isPresent() && !p.easyLanguage()) slugs.add(p.slug().value());
            pages.put(lang, Set.copyOf(slugs));
        }
        this.translatedPages = Map.copyOf(pages);
    }

    /** The site's languages, its own first. */
    public List<String> languages() {
        return languages;
    }

    public String original() {
        return languages.get(0);
    }

    /** Paths already classified (every link of every page in another language asks): path → a key page of every language? */
    private final Map<String, Boolean> keyPages = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the page at this path (relative to the base, in the original: "anlaufstellen/x/") exists in the language. */
    public boolean has(String lang, String pagePath) {
        if (lang.equals(original())) return true;
        if (keyPages.computeIfAbsent(pagePath, Editions::keyPage)) return true;
        if (!pagePath.endsWith("/") || pagePath.indexOf('/') != pagePath.length() - 1) return false;
        return translatedPages.getOrDefault(lang, Set.of()).contains(pagePath.substring(0, pagePath.length() - 1));
    }

    /** The pages every language has: home, 404, search, and the three listings with their records' pages. */
    private static boolean keyPage(String pagePath) {
        if (pagePath.isEmpty() || pagePath.equals("404.html") || pagePath.equals(Urls.SEARCH)) return true;
        if (!pagePath.endsWith("/")) return false;
        String[] parts = pagePath.substring(0, pagePath.length() - 1).split("/");
        if (LISTINGS.contains(parts[0])) {
            if (parts.length == 1) return true;
            if (parts.length == 2) return !(parts[0].equals("angebote") && parts[1].equals("finden"));
            return parts.length == 3 && parts[1].equals("seite");
        }
        return false;
    }

    /** The slugs of the info pages translated into a language, in order. */
    public List<String> translatedPages(String lang) {
        return new ArrayList<>(new TreeSet<>(translatedPages.getOrDefault(lang, Set.of())));
    }

    /** The path of a page in a language, relative to the base: "tr/anlaufstellen/x/"; the original's path if it lacks it. */
    public String path(String lang, String pagePath) {
        return lang.equals(original()) || !has(lang, pagePath) ? pagePath : lang + "/" + pagePath;
    }

    /** The languages the page exists in, the original first. */
    public List<String> of(String pagePath) {
        List<String> out = new ArrayList<>();
        for (String l : languages) if (has(l, pagePath)) out.add(l);
        return out;
    }

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ku", "yi", "dv", "sd", "ug");

    /** Whether a language is written right to left. */
    public static boolean rightToLeft(String lang) {
        return RIGHT_TO_LEFT.contains(lang);
    }
}
