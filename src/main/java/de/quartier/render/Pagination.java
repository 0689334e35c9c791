package de.quartier.render;

import de.quartier.render.Views.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Splits a long list over several pages, so that no page grows with the site: the first page
 * keeps the list's own address ("anlaufstellen/"), the others follow it ("anlaufstellen/seite/2/").
 * A list that fits stays one page without a pager. Records may not be named {@code seite} where a
 * listing can be split (the assembler refuses the name).
 */
public final class Pagination {
    /** The folder of a list's further pages. */
    public static final String SEGMENT = "seite";
    /** How many pages around the current one the pager links to directly (besides the first and last). */
    private static final int AROUND = 2;

    /** Page {@code number} of {@code pages}: its page path, its items, and the pager (null when the list fits on one page). */
    public record Slice<T>(String path, int number, int pages, List<T> items, Views.Pager pager) {
        public boolean first() {
            return number == 1;
        }

        /** Whether the list fits on this one page. */
        public boolean whole() {
            return pages == 1;
        }

        /** The page's title: the list's own, with the page's number after the first ("Angebote – Seite 2 von 5"). */
        public String title(String listTitle) {
            return first() ? listTitle : listTitle + " – " + pager.label();
        }

        /** The page as planned: further pages of a list are left out of search engines' indexes (the first leads to them). */
        public Output.Page indexed(Output.Page page) {
            return first() ? page : page.unindexed();
        }
    }

    private Pagination() {
    }

    /** The page path of page {@code n} of the list at {@code path}. */
    public static String pagePath(String path, int n) {
        return n == 1 ? path : path + SEGMENT + "/" + n + "/";
    }

    /**
     * @param path  the list's own page path ("angebote/")
     * @param size  at most this many items per page
     * @param words the theme's strings: pager.label ("Seite {n} von {total}"), pager.previous, pager.next
     */
    public static <T> List<Slice<T>> split(String path, List<T> items, int size, Urls urls, Function<String, String> words) {
        if (items.size() <= size) return List.of(new Slice<>(path, 1, 1, items, null));
        int total = (items.size() + size - 1) / size;
        List<Slice<T>> out = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            List<T> part = items.subList((n - 1) * size, Math.min(items.size(), n * size));
            out.add(new Slice<>(pagePath(path, n), n, total, part, pager(path, n, total, urls, words)));
        }
        return out;
    }

    private static Views.Pager pager(String path, int n, int total, Urls urls, Function<String, String> words) {
        List<Link> pages = new ArrayList<>();
        for (int k = 1; k <= total; k++) {
            boolean shown = k == 1 || k == total || Math.abs(k - n) <= AROUND;
            if (shown) pages.add(new Link(Integer.toString(k), urls.href(pagePath(path, k)), k == n));
        }
        String label = words.apply("pager.label").replace("{n}", Integer.toString(n)).replace("{total}", Integer.toString(total));
        Link previous = n > 1 ? new Link(words.apply("pager.previous"), urls.href(pagePath(path, n - 1))) : null;
        Link next = n < total ? new Link(words.apply("pager.next"), urls.href(pagePath(path, n + 1))) : null;
        return new Views.Pager(label, previous, next, pages);
    }
}
