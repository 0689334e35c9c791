package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.BodyLink;
import de.quartier.model.ContentLink;
import de.quartier.model.Image;
import de.quartier.model.SourceSpan;
import de.quartier.model.WebAddress;
import de.quartier.source.Fields;
import de.quartier.source.Node;
import de.quartier.source.ParsedRecord;
import de.quartier.diag.Suggestions;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files a record points at: images and logos with their alt text, paths under content/media
 * (which must exist and stay inside it), and the links written in a body (an empty target, a
 * scheme other than http, https, mailto and tel, a media file that is not there).
 */
final class MediaReferences {
    private final ValidationContext context;
    private final Diagnostics diagnostics;

    MediaReferences(ValidationContext context, Diagnostics diagnostics) {
        this.context = context;
        this.diagnostics = diagnostics;
    }

    /** An image or a logo: its keys, and whether it carries a credit, as its field defines them. */
    Image image(Fields f, de.quartier.model.FieldSpec spec) {
        String key = spec.key();
        boolean withCredit = spec.keys().contains("credit");
        Fields img = f.map(key);
        if (img == null) return null;
        img.checkKeys(spec.keys());
        boolean hasSrc = img.require("src");
        String src = hasSrc ? mediaPath(img, "src") : null;
        String alt = img.text("alt");
        if (hasSrc && alt == null)
            diagnostics.error(Code.MISSING_ALT, f.keyAt(key),
                    "`" + key + ".alt` is required with every image: say in words what the picture shows",
                    "for people who cannot see it, e.g. alt: \"Eingang des Quartiersbüros mit Rampe\"");
        String credit = withCredit ? img.text("credit") : null;
        if (src == null || alt == null) return null;
        return new Image(src, alt, credit);
    }

    /**
     * A path to a file under content/media, written relative to content/ ("media/x.jpg"). It must
     * exist, and it must not lead out of the site.
     */
    String mediaPath(Fields f, String key) {
        Optional<Node.Scalar> s = f.scalar(key);
        return s.map(v -> mediaPath(v.value().strip(), v.at(), f.nameOf(key))).orElse(null);
    }

    /** The media check itself, for a field's value or a link in a body. */
    private String mediaPath(String v, SourceSpan at, String name) {
        String normal = v.replace('\\', '/');
        if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*") || List.of(normal.split("/")).contains("..")
                || normal.contains("://")) {
            diagnostics.error(Code.MEDIA_OUTSIDE, at, BodyLink.named(name) + ": `" + v + "` points outside content/media/",
                    "write a path inside content/media/ relative to content/, e.g. media/quartiersbuero.jpg");
            return null;
        }
        if (normal.startsWith("content/")) {
            diagnostics.error(Code.MEDIA_MISSING, at, BodyLink.named(name) + ": paths are written relative to content/",
                    "write " + normal.substring("content/".length()));
            return null;
        }
        if (!normal.startsWith("media/")) {
            diagnostics.error(Code.MEDIA_OUTSIDE, at, BodyLink.named(name) + ": `" + v + "` is not under content/media/",
                    "put the file into content/media/ and write media/" + normal.substring(normal.lastIndexOf('/') + 1));
            return null;
        }
        if (!context.mediaFiles().contains(normal)) {
            // a file whose name has a blank cannot be linked in a text: the advice is to rename it, not to link it as it is
            String near = Suggestions.closest(normal, context.mediaFiles())
                    .map(n -> n.contains(" ") ? "the file " + n + " is probably meant: rename it to " + n.replace(' ', '-').toLowerCase(java.util.Locale.ROOT)
                            + " (a name without blanks can be linked anywhere)" : "did you mean " + n + "?")
                    .orElse("the file must exist under content/media/");
            diagnostics.error(Code.MEDIA_MISSING, at, BodyLink.named(name) + ": the file content/" + normal + " does not exist", near);
            return null;
        }
        String file = normal.substring(normal.lastIndexOf('/') + 1);
        if (file.chars().anyMatch(c -> Character.isWhitespace(c) || "\"<>\\^`{|}#?%".indexOf(c) >= 0)) {
            // the page would carry it as written (src="media/Foto Eingang.jpg"): an address browsers repair and checkers refuse
            String meant = de.quartier.model.Slug.suggestFileName(file);
            String folder = normal.substring(0, normal.length() - file.length());
            diagnostics.error(Code.BAD_FILE_NAME, at, BodyLink.named(name) + ": the name of content/" + normal
                            + " has a blank or a sign a web address cannot hold",
                    "rename the file to content/" + folder + meant + " and write " + folder + meant);
            return null;
        }
        return normal;
    }

    /**
     * Links in the body: empty ones and media files are checked here; links to records once all
     * records are known, links to pages once the site is rendered.
     */
    private static final java.util.regex.Pattern LINK_SCHEME = java.util.regex.Pattern.compile("\\s*([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final java.util.regex.Pattern MAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final java.util.regex.Pattern DIALLED = java.util.regex.Pattern.compile("\\+?[0-9][0-9 ()/+.-]*");

    /** A mailto: or tel: link says where the reader's mail or call goes: checked like an e-mail or phone field. */
    private void addressInLink(BodyLink l, String scheme) {
        String target = l.target().strip().substring(scheme.length() + 1);
        // mailto:?to=a@b.de (RFC 6068) names the address in its query; tel:…;ext=5 (RFC 3966) carries parameters
        if (scheme.equals("mailto") && target.startsWith("?")) return;
        String rest = target.replaceFirst(scheme.equals("tel") ? ";.*$" : "\\?.*$", "").replaceFirst("\\?.*$", "");
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(rest.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            // "mailto:info@x.de%": a % that starts no escape
            diagnostics.error(scheme.equals("mailto") ? Code.BAD_EMAIL : Code.BAD_PHONE, l.at(),
                    "link `" + l.target() + "`: a `%` in a link starts an escape such as %20", "leave the % out, or write it as %25");
            return;
        }
        // several addresses, comma-separated, each checked
        if (scheme.equals("mailto") && !java.util.Arrays.stream(decoded.split(",", -1)).allMatch(a -> MAIL.matcher(a.strip()).matches()))
            diagnostics.error(Code.BAD_EMAIL, l.at(), "link `" + l.target() + "`: `" + decoded + "` is not an e-mail address",
                    "write mailto:name@example.org");
        if (scheme.equals("tel")) {
            long digits = decoded.chars().filter(Character::isDigit).count();
            if (!DIALLED.matcher(decoded).matches() || digits < 3 || digits > 15)
                diagnostics.error(Code.BAD_PHONE, l.at(), "link `" + l.target() + "`: `" + decoded + "` is not a phone number a phone can dial",
                        "write the digits, e.g. tel:+492041123456 (letters such as 0800-FREECALL cannot be dialled from a link)");
        }
    }

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** "info@bottrop.de" as a link's target: meant as mailto:, read as a page of the site. */
    private static final java.util.regex.Pattern EMAIL_WITHOUT_SCHEME = java.util.regex.Pattern.compile("[^\\s/:@?#<>]+@[^\\s/:@?#<>]+\\.[A-Za-z]{2,}");
    List<BodyLink> bodyLinks(ParsedRecord record) {
        // a body too deep to read is not walked for its links (the walk descends as deep)
        if (!TextNesting.check(record, diagnostics)) return List.of();
        BodyLinks.Found found = BodyLinks.of(record);
        for (BodyLink u : found.unread()) unreadLink(u);
        CharacterReferences.report(found.references(), diagnostics);
        for (SourceSpan image : found.imagesWithoutAlt())
            diagnostics.error(Code.MISSING_ALT, image, "an image in the text needs a description: say in words what the picture shows",
                    "for people who cannot see it: ![Eingang des Quartiersbüros mit Rampe](media/eingang.jpg), in HTML alt=\"…\" "
                            + "(alt=\"\" only for pure decoration)");
        RemovedHtml.report(found, diagnostics);
        List<BodyLink> links = found.links();
        for (BodyLink l : links) {
            if (l.target().isEmpty())
                diagnostics.error(Code.BROKEN_LINK, l.at(), "link: the target is empty",
                        "write where it leads, relative to content/: e.g. offerings/fruehstueck.md, media/flyer.pdf or anlaufstellen/");
            java.util.regex.Matcher scheme = LINK_SCHEME.matcher(l.target());
            if (scheme.lookingAt() && !SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(java.util.Locale.ROOT)))
                // the sanitiser would drop it without a word: say so where it was written
                diagnostics.error(Code.BAD_URL, l.at(), "link `" + l.target() + "`: only http, https, mailto and tel links are allowed",
                        "link to a web page (https://…), an e-mail address (mailto:…), a phone number (tel:…) or a page of this site");
            if (scheme.lookingAt()) addressInLink(l, scheme.group(1).toLowerCase(java.util.Locale.ROOT));
            String t = l.target().strip();
            if (t.length() > 2 && (t.charAt(0) == '/' || t.charAt(0) == '\\') && (t.charAt(1) == '/' || t.charAt(1) == '\\')) {
                // browsers read it as another host ("\\" as "/"): neither a page of the site nor marked as a link to elsewhere
                String host = t.replaceFirst("^[/\\\\]+", "");
                diagnostics.error(Code.BAD_URL, l.at(), "link `" + l.target() + "` has no scheme: browsers read it as a link to another host",
                        "write https://" + host + " for another site, or a path relative to content/ (e.g. anlaufstellen/) for a page of this one");
                continue;
            }
            WebAddress.Reach reach = WebAddress.reach(l.target());
            if (reach != WebAddress.Reach.WEB) {
                // copied from the preview's address bar: a dead link for everyone else once published
                diagnostics.error(Code.BROKEN_LINK, l.at(), "link: `" + l.target() + "` leads " + reach.leads + ", not to the published site",
                        siteHint(WebAddress.pathOf(l.target()), l.target()));
                continue;
            }
            // (unless it also reads as a path of the site: base path /quartiere/, link /quartiere/altstadt/)
            if (l.target().startsWith("/") && !context.basePath().equals("/")
                    && WebAddress.below(l.target(), context.basePath()) != null
                    && !ContentLink.startsInSite(l.target().substring(1))) {
                // copied from the browser without the host: the renderer would put the site's path in front once more
                diagnostics.error(Code.BROKEN_LINK, l.at(), "link: `" + l.target() + "` starts with the site's own path "
                        + context.basePath() + ": links are written relative to content/", siteHint(l.target(), l.target()));
                continue;
            }
            Optional<ContentLink> content = ContentLink.parse(l.target());
            if (content.isEmpty()) continue;
            if (EMAIL_WITHOUT_SCHEME.matcher(l.target().strip()).matches()) {
                diagnostics.error(Code.BROKEN_LINK, l.at(), "link: `" + l.target() + "` is an e-mail address without mailto:, "
                        + "so it would lead to a page of this site that does not exist", "write mailto:" + l.target().strip());
                continue;
            }
            if (ContentLink.anotherSite(l.target())) {
                // said now, not once the pages are rendered: a run after the other mistakes are mended would find it only then
                diagnostics.error(Code.BROKEN_LINK, l.at(), "link: `" + l.target() + "` is another site's address without https://, "
                        + "so it would lead to a page of this site that does not exist", ContentLink.howToWrite(l.target()));
                continue;
            }
            String plain = normalised(l.target());
            if (plain == null) upward(l, record.file().path());
            else if (!plain.equals(l.target())) {
                // the renderer and the check read a link as it stands: "./x" and "a/../b" would lead nowhere
                String meant = plain.startsWith("/") ? plain.substring(1) : plain; // "/x" and "x" are the same link
                diagnostics.error(Code.BROKEN_LINK, l.at(), "link: `" + l.target() + "` is not written plainly relative to content/ "
                        + "(it has ./, ../, //, \\ or %2e in its path)", meant.isEmpty() || meant.startsWith("?") || meant.startsWith("#")
                        ? ContentLink.howToWrite(l.target()) : "write " + meant);
            }
            else if (content.get() instanceof ContentLink.ToMedia m) mediaPath(m.path(), l.at(), l.image() ? BodyLink.IMAGE : BodyLink.FIELD);
        }
        return links;
    }

    /** "[Flyer](media/Mein Flyer.pdf)": Markdown reads it as text, and residents would see it so. */
    private void unreadLink(BodyLink u) {
        String written = u.target();
        boolean space = UnreadLinks.target(written).chars().anyMatch(Character::isWhitespace);
        diagnostics.error(Code.BROKEN_LINK, u.at(), "`" + written + "` is not read as " + (written.startsWith("!") ? "an image" : "a link")
                + (space ? ", because its target has a space" : "")
                + ": it would show as written", UnreadLinks.hint(written));
    }

    /** "write anlaufstellen/x/" for a path of the site's pages (below its base path), else how links are written. */
    private String siteHint(String rootPath, String written) {
        String rest = WebAddress.below(rootPath, context.basePath());
        String plainRest = rest == null ? null : rest.replaceFirst("[?#].*$", "");
        if (plainRest != null && ContentLink.startsInSite(plainRest)) return "write " + rest;
        return ContentLink.howToWrite(written);
    }

    /**
     * A link that climbs above content/ ("../anlaufstellen/x.md"): mostly written relative to the
     * file, as links between Markdown files are on GitHub. Said here, with the link as it is meant
     * where that is a place links lead to, instead of as an address outside the site once rendered.
     */
    private void upward(BodyLink l, String file) {
        String folder = file.startsWith("content/") ? file.substring("content/".length(), file.lastIndexOf('/') + 1) : "";
        String meant = normalised(folder + l.target());
        if (meant != null && ContentLink.startsInSite(meant))
            diagnostics.error(Code.BROKEN_LINK, l.at(), "link: `" + l.target() + "` leads out of content/: links are written relative to content/, "
                    + "not to this file", "write " + meant);
        else
            diagnostics.error(Code.BROKEN_LINK, l.at(), "link: `" + l.target() + "` leads out of content/", ContentLink.howToWrite(l.target()));
    }

    /**
     * The path with "." and ".." worked out ("a/../b/" → "b/"), the part after '?' or '#' kept;
     * null if it climbs above its start (for a link read relative to content/: out of content/).
     * A segment of dots written as %2e counts as those dots: browsers resolve "%2e%2e" as "..".
     */
    static String normalised(String target) {
        int end = 0;
        while (end < target.length() && target.charAt(end) != '?' && target.charAt(end) != '#') end++;
        String path = target.substring(0, end).replace('\\', '/');
        if (path.startsWith("//")) return target; // another host's address, not a path of the site
        // from the site's root ("/angebote/", or "\..\x.md" that browsers read as "/../x.md"):
        // ".." cannot climb above the root, as in a browser
        boolean root = path.startsWith("/");
        if (root) path = path.substring(1);
        java.util.ArrayDeque<String> kept = new java.util.ArrayDeque<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = dotSegment(parts[i]);
            boolean last = i == parts.length - 1;
            if (p.equals("..")) {
                if (kept.isEmpty() && !root) return null;
                if (!kept.isEmpty()) kept.removeLast();
                if (last) kept.add("");
            } else if (p.equals(".")) {
                if (last) kept.add("");
            } else if (!p.isEmpty() || last) kept.add(p);
        }
        return (root ? "/" : "") + String.join("/", kept) + target.substring(end);
    }

    /** "%2e%2E" → "..", ".%2e" → ".."; any other segment as it is. */
    private static String dotSegment(String segment) {
        if (segment.indexOf('%') < 0) return segment;
        String dots = segment.replace("%2e", ".").replace("%2E", ".");
        return dots.equals(".") || dots.equals("..") ? dots : segment;
    }
}
