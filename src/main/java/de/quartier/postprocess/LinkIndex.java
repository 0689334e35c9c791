package de.quartier.postprocess;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The link check, fed while the site is rendered: each HTML page hands over its text once, right
 * after it was rendered, and the index keeps only its ids and the distinct targets it links to
 * (a page's text is never kept or read again). Once every file is written, every target must be a
 * written file, and every {@code #anchor} an id on the target page.
 *
 * <p>Links a record's body makes are checked apart, at the line and column where the editor wrote
 * them; the same links seen in the rendered page are not reported a second time.
 */
public final class LinkIndex {
    /** A link written in a record's body: the page it is on, the link as rendered and as written, and where it was written. */
    public record SourcedLink(String page, String href, String written, SourceSpan at) {
        /** The link as the message names it: as written, and what it became where that differs. */
        String named() {
            return written.equals(href) ? href : "`" + written + "` (" + href + ")";
        }
    }

    /** The first page (in path order) that makes a link, how many pages make it, and the record it came from. */
    private record Use(String raw, String page, String source, int pages) {
        Use and(Use other) {
            Use first = other.page.compareTo(page) < 0 ? other : this;
            return new Use(first.raw, first.page, first.source, pages + other.pages);
        }
    }

    /** What one worker has seen of a target: its first page (workers take pages in path order) and a count. */
    private static final class Seen {
        final String raw;
        final String page;
        final String source;
        int pages = 1;
        /** The page that counted last: a page that makes a link twice counts once. */
        String lastPage;

        Seen(String raw, String page, String source) {
            this.raw = raw;
            this.page = page;
            this.source = source;
        }
    }

    /**
     * One worker's targets: links that mean the same on every page (most: menu, cards) by the link
     * as written, its target worked out once in the check; others (relative) by their target.
     */
    private static final class Worker {
        final Map<String, Seen> byLink = new HashMap<>();
        final Map<LinkTarget, Seen> byTarget = new HashMap<>();
    }

    private final URI base;
    private final String baseUrl;
    private final String basePath;
    /** A page's ids, joined by '\n': only a link from another page to an anchor asks for them. */
    private final Map<String, String> ids = new ConcurrentHashMap<>();
    /** What was read of the parts copied whole into pages (cards, header, footer), each once. */
    private final TagScanner.PartsRead partsRead = new TagScanner.PartsRead();
    /** Targets by the worker thread that met them: no thread waits for another; merged in the check. */
    private final Map<Thread, Worker> workers = new ConcurrentHashMap<>();

    public LinkIndex(String baseUrl) {
        this.base = URI.create(baseUrl);
        this.baseUrl = baseUrl;
        this.basePath = base.getRawPath();
    }

    /**
     * Records a rendered page. The parts copied whole into it (cards, header, footer: the same bytes
     * on many pages) are read once, not again on every page that holds them.
     *
     * @param file        its path in the output ("angebote/x/index.html")
     * @param html        its UTF-8 bytes, as written
     * @param partOffsets where each part starts in the page, in order (none: empty)
     * @param parts       the parts, the same object each time a part is copied
     * @param source      the site-relative path of the record it shows, or null
     * @param bodyLinks   the hrefs its record's body makes (checked where they are written)
     */
    public void page(String file, byte[] html, int[] partOffsets, de.quartier.model.RenderedPart[] parts, String source, Set<String> bodyLinks) {
        TagScanner.Page scanned = TagScanner.scan(html, new TagScanner.Parts(partOffsets, parts, partsRead));
        List<String> pageIds = scanned.ids();
        // joined by '\n', which an id cannot hold (HTML ids have no white space; such an id is left out, not split)
        if (!pageIds.isEmpty()) ids.put(file, joinedIds(pageIds));
        Worker worker = workers.computeIfAbsent(Thread.currentThread(), t -> new Worker());
        for (String link : scanned.links()) {
            // an anchor on the page itself is checked here, against the ids just read
            if (link.startsWith("#") && (link.length() == 1 || pageIds.contains(link.substring(1)))) continue;
            if (!bodyLinks.isEmpty() && bodyLinks.contains(link)) continue;
            if (samePageEverywhere(link)) count(worker.byLink, link, link, file, source);
            else {
                LinkTarget target = target(link, file);
                if (target != null) count(worker.byTarget, target, link, file, source);
            }
        }
    }

    /** A page's ids joined by '\n' (a loop: a stream per page cost more than the joining). */
    private static String joinedIds(List<String> pageIds) {
        StringBuilder joined = new StringBuilder(pageIds.size() * 16);
        boolean first = true;
        for (int k = 0; k < pageIds.size(); k++) {
            String id = pageIds.get(k);
            if (id.indexOf('\n') >= 0) continue;
            if (!first) joined.append('\n');
            joined.append(id);
            first = false;
        }
        return joined.toString();
    }

    /** Counts one more page that makes a link to this target, keeping the first in path order. */
    private static <K> void count(Map<K, Seen> targets, K key, String link, String file, String source) {
        Seen known = targets.get(key);
        if (known == null) {
            Seen first = new Seen(link, file, source);
            first.lastPage = file;
            targets.put(key, first);
        } else if (!file.equals(known.lastPage)) {
            known.lastPage = file;
            if (file.compareTo(known.page) < 0) {
                Seen first = new Seen(link, file, source);
                first.pages = known.pages + 1;
                first.lastPage = file;
                targets.put(key, first);
            } else known.pages++;
        }
    }

    /** A link whose target does not depend on the page it stands on (root-relative or absolute). */
    private boolean samePageEverywhere(String link) {
        return link.startsWith("/") && !link.startsWith("//") || link.startsWith("http://") || link.startsWith("https://");
    }

    /**
     * Checks every recorded link against the written files and their ids, and the body links at
     * their source. One diagnostic per broken target, at the first page that makes it.
     *
     * @param records the records' files ("content/offerings/x.md"), for the hint to a link that names one without its folder
     * @param later   pages not written now that a record will make later (a news item waiting for its date) → the hint to a body link to one
     */
    public void check(Set<String> written, List<SourcedLink> bodyLinks, java.util.Collection<String> records, Map<String, String> later,
                      Diagnostics diagnostics) {
        // a hash map: the broken targets alone are sorted below (a tree of every target took half the check)
        Map<LinkTarget, Use> all = new HashMap<>();
        for (Worker w : workers.values()) {
            w.byTarget.forEach((t, seen) -> all.merge(t, new Use(seen.raw, seen.page, seen.source, seen.pages), Use::and));
            w.byLink.forEach((link, seen) -> {
                LinkTarget t = target(link, seen.page); // the same on every page: worked out at the first
                if (t != null) all.merge(t, new Use(seen.raw, seen.page, seen.source, seen.pages), Use::and);
            });
        }
        List<Map.Entry<LinkTarget, Use>> broken = new ArrayList<>();
        Map<LinkTarget, String> problems = new HashMap<>();
        all.forEach((target, use) -> {
            String problem = problem(target, written);
            if (problem != null) {
                broken.add(Map.entry(target, use));
                problems.put(target, problem);
            }
        });
        broken.sort(Comparator.comparing((Map.Entry<LinkTarget, Use> e) -> e.getValue().page()).thenComparing(Map.Entry::getKey));
        for (var e : broken) {
            Use u = e.getValue();
            String others = u.pages() > 1 ? " (as do " + (u.pages() - 1) + " other pages)" : "";
            diagnostics.error(Code.BROKEN_LINK, SourceSpan.startOf(u.source() != null ? u.source() : "themes/ (page " + u.page() + ")"),
                    "the page " + u.page() + " links to " + u.raw() + ", " + problems.get(e.getKey()) + others,
                    u.source() != null ? "a value of " + u.source() + " or a template of the theme makes this link"
                            : "a template of the theme or a record's value makes this link");
        }
        checkBodyLinks(written, bodyLinks, records, later, diagnostics);
    }

    /**
     * Only links written in records' bodies, against these written files: also for the body of a
     * record whose page is not written yet (a news item that waits for its date).
     */
    public void checkBodyLinks(Set<String> written, List<SourcedLink> bodyLinks, java.util.Collection<String> records, Map<String, String> later,
                               Diagnostics diagnostics) {
        BrokenLinkHints hints = new BrokenLinkHints(ids::get, written, records);
        for (SourcedLink l : bodyLinks) {
            LinkTarget target = target(l.href(), l.page());
            String problem = target == null ? null : problem(target, written);
            if (problem == null) continue;
            boolean noAnchor = problem.startsWith("but");
            // "aktuelles/x/" and "aktuelles/x" name the same page
            String laterHint = target.file() == null ? null : later.getOrDefault(target.file(), later.get(target.file() + "/index.html"));
            String hint = noAnchor ? hints.anchor(target) : laterHint != null ? laterHint : hints.page(target, l.written());
            diagnostics.error(Code.BROKEN_LINK, l.at(), "link: " + l.named() + (noAnchor ? ", " : " ") + problem.replaceFirst("^which ", ""), hint);
        }
    }

    /**
     * What a link on a page means to the check: a file of the site (and an anchor), a problem for a
     * link that is wrong wherever it stands, or null for a link this site does not own (another
     * host, another path of this host, mail, phone).
     */
    private LinkTarget target(String link, String page) {
        if (link.isEmpty()) return LinkTarget.wrong("which is empty");
        if (link.startsWith("#")) return LinkTarget.inSite(page, link.substring(1));
        if (link.startsWith(basePath) && !link.startsWith("//")) return path(link.substring(basePath.length()));
        if (link.startsWith(baseUrl)) return path(link.substring(baseUrl.length()));
        if (link.startsWith("mailto:") || link.startsWith("tel:")) return null;
        URI uri;
        try {
            // an absolute link is what it says wherever it stands (resolving it against the page gives itself)
            uri = link.startsWith("https://") || link.startsWith("http://") ? new URI(link.replace(" ", "%20"))
                    : base.resolve(new URI(null, null, page, null)).resolve(link.replace(" ", "%20"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return LinkTarget.wrong("which is not a valid address");
        }
        String scheme = uri.getScheme();
        if (scheme == null) return LinkTarget.wrong("which is not a valid address");
        if (scheme.equals("mailto") || scheme.equals("tel")) return null;
        if (!scheme.equals("http") && !scheme.equals("https")) return LinkTarget.wrong("whose scheme " + scheme + " is not allowed");
        boolean sameHost = uri.getHost() != null && uri.getHost().equalsIgnoreCase(base.getHost()) && uri.getPort() == base.getPort();
        String rawPath = uri.getRawPath() == null ? "/" : uri.getRawPath();
        if (!sameHost || !rawPath.startsWith(basePath)) return null; // another host, or the city's other pages
        String fragment = uri.getRawFragment();
        return path(rawPath.substring(basePath.length()) + (fragment == null ? "" : "#" + fragment));
    }

    /** "angebote/x/?tag=mo#termine" → angebote/x/index.html, anchor termine */
    private static LinkTarget path(String rel) {
        String fragment = null;
        int hash = rel.indexOf('#');
        if (hash >= 0) {
            fragment = rel.substring(hash + 1);
            rel = rel.substring(0, hash);
        }
        if (fragment != null && fragment.indexOf('%') >= 0) fragment = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
        int query = rel.indexOf('?');
        if (query >= 0) rel = rel.substring(0, query);
        if (rel.indexOf('%') >= 0 || rel.indexOf('+') >= 0) rel = URLDecoder.decode(rel, StandardCharsets.UTF_8);
        return LinkTarget.inSite(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel, fragment);
    }

    private boolean hasId(String file, String id) {
        String there = ids.get(file);
        if (there == null || id.isEmpty() || id.indexOf('\n') >= 0) return false;
        for (int i = there.indexOf(id); i >= 0; i = there.indexOf(id, i + 1))
            if ((i == 0 || there.charAt(i - 1) == '\n') && (i + id.length() == there.length() || there.charAt(i + id.length()) == '\n')) return true;
        return false;
    }

    /** The written file a link's path names: itself, or its index.html ("anlaufstellen/x" → "anlaufstellen/x/index.html"); null if neither. */
    static String writtenAs(String file, Set<String> written) {
        if (written.contains(file)) return file;
        return written.contains(file + "/index.html") ? file + "/index.html" : null;
    }

    private String problem(LinkTarget target, Set<String> written) {
        if (target.problem() != null) return target.problem();
        String file = writtenAs(target.file(), written);
        if (file == null) return "which does not exist";
        if (target.hasAnchor() && file.endsWith(".html") && !hasId(file, target.anchor()))
            return "but there is no #" + target.anchor() + " on that page";
        return null;
    }
}
