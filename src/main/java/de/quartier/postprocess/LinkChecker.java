package de.quartier.postprocess;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.RenderedFile;
import de.quartier.model.SourceSpan;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every link, image, stylesheet and script of every HTML page that points into the site must
 * lead to a file of the output, and every #anchor to an id on the target page. A broken one is a
 * build error at the source record the page was made from.
 */
public final class LinkChecker {
    private final Diagnostics diagnostics;

    public LinkChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param baseUrl  the site's base URL (absolute links to it count as internal)
     * @param sourceOf for each HTML file, the site-relative path of the record it was made from
     */
    public void check(List<RenderedFile> files, String baseUrl, Map<String, String> sourceOf) {
        URI base = URI.create(baseUrl);
        String basePath = base.getRawPath();
        Set<String> paths = new HashSet<>();
        for (RenderedFile f : files) paths.add(f.path());
        Map<String, TagScanner.Page> html = new ConcurrentHashMap<>();
        files.parallelStream().filter(f -> f.path().endsWith(".html"))
                .forEach(f -> html.put(f.path(), TagScanner.scan(new String(f.content(), StandardCharsets.UTF_8))));
        Map<String, Set<String>> ids = new HashMap<>();
        html.forEach((path, page) -> ids.put(path, page.ids()));
        // most links are the same on many pages (menu, footer, listings): an absolute or root-relative
        // target means the same on every page, so it is resolved once
        Map<String, java.util.Optional<String>> known = new ConcurrentHashMap<>();
        Map<String, List<String[]>> problems = new ConcurrentHashMap<>();
        html.entrySet().parallelStream().forEach(entry -> {
            String page = entry.getKey();
            List<String[]> found = new ArrayList<>();
            Set<String> reported = new HashSet<>();
            for (String target : entry.getValue().links()) {
                boolean pageFree = target.startsWith("/") && !target.startsWith("//") || target.contains("://")
                        || target.startsWith("mailto:") || target.startsWith("tel:");
                String problem = pageFree
                        ? known.computeIfAbsent(target, t -> java.util.Optional.ofNullable(problem(t, page, base, basePath, paths, ids))).orElse(null)
                        : problem(target, page, base, basePath, paths, ids);
                if (problem != null && reported.add(target)) found.add(new String[]{target, problem});
            }
            if (!found.isEmpty()) problems.put(page, found);
        });
        List<String> sorted = new ArrayList<>(problems.keySet());
        java.util.Collections.sort(sorted);
        for (String page : sorted) {
            for (String[] p : problems.get(page)) {
                String where = sourceOf.getOrDefault(page, "themes/ (page " + page + ")");
                diagnostics.error(Code.BROKEN_LINK, SourceSpan.startOf(sourceOf.getOrDefault(page, page)),
                        "the page " + page + " links to " + p[0] + ", " + p[1],
                        sourceOf.containsKey(page) ? "check the links in the text of " + where
                                : "a template of the theme or a record's value makes this link");
            }
        }
    }

    private static String problem(String target, String page, URI base, String basePath, Set<String> paths,
                                  Map<String, Set<String>> ids) {
        if (target.isEmpty()) return "which is empty";
        URI uri;
        try {
            uri = base.resolve(new URI(null, null, page, null)).resolve(target.replace(" ", "%20"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "which is not a valid address";
        }
        String scheme = uri.getScheme();
        if (scheme == null) return "which is not a valid address";
        if (scheme.equals("mailto") || scheme.equals("tel")) return null;
        if (!scheme.equals("http") && !scheme.equals("https")) return "whose scheme " + scheme + " is not allowed";
        boolean sameHost = uri.getHost() != null && uri.getHost().equalsIgnoreCase(base.getHost()) && uri.getPort() == base.getPort();
        if (!sameHost) return null; // another host: not ours to check at build time
        String path = URLDecoder.decode(uri.getRawPath() == null ? "/" : uri.getRawPath(), StandardCharsets.UTF_8);
        if (!path.startsWith(basePath)) return null; // the same host's other pages (the city's main site) are not ours
        String rel = path.substring(basePath.length());
        String file = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
        if (!paths.contains(file)) {
            if (paths.contains(file + "/index.html")) file = file + "/index.html";
            else return "which does not exist";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.endsWith(".html")) {
            Set<String> targetIds = ids.get(file);
            if (targetIds == null || !targetIds.contains(fragment)) return "but there is no #" + fragment + " on that page";
        }
        return null;
    }
}
