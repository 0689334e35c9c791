package de.quartier.model;

import java.util.Optional;

/**
 * A link as editors write it in a body, relative to content/: a record's file
 * ("offerings/fruehstueck.md#anmeldung"), a media file ("media/flyer.pdf"), or a path of the site
 * ("anlaufstellen/"). Links with a scheme or only a fragment are not content links. One reading,
 * shared by the check (where the link was written) and the renderer (what it becomes).
 */
public sealed interface ContentLink {
    /** The part after '#', with the '#', or "". */
    String fragment();

    record ToRecord(Collection collection, String slug, String fragment) implements ContentLink {
        /** The record it names, as a reference written at {@code at}; empty when the name cannot be a record's (reported by the assembly). */
        public java.util.Optional<Ref> ref(SourceSpan at) {
            return Slug.isValid(slug) ? java.util.Optional.of(new Ref(new Slug(slug), at)) : java.util.Optional.empty();
        }
    }

    record ToMedia(String path, String fragment) implements ContentLink {
    }

    record ToSitePath(String path, String fragment) implements ContentLink {
    }

    /**
     * What to tell an editor whose link leads nowhere: a file (an image, a PDF) belongs under
     * content/media/; a page is named relative to content/.
     */
    static String howToWrite(String written) {
        if (anotherSite(written)) return "a link to another site starts with https://: write https://" + written;
        String path = written.replaceFirst("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
        if (!extension.isEmpty() && !java.util.List.of("md", "yml", "yaml", "html").contains(extension))
            return "images and other files belong in content/media/ and are linked as media/" + name;
        return "links to pages of the site are written relative to content/, e.g. anlaufstellen/ or offerings/fruehstueck.md";
    }

    /** "www.lindenau.de", "lindenau.de/kita": another site's address written without its scheme, which reads as a path of this site. */
    static boolean anotherSite(String written) {
        return ANOTHER_SITE.matcher(written).matches();
    }

    java.util.regex.Pattern ANOTHER_SITE = java.util.regex.Pattern.compile("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(de|com|org|net|eu|info)(/\\S*)?");

    /** Whether a path relative to content/ begins where links lead: a collection's folder or URL segment, or media/. */
    static boolean startsInSite(String path) {
        int slash = path.indexOf('/');
        if (slash <= 0) return false;
        String first = path.substring(0, slash);
        if (first.equals("media") || Collection.ofFolder(first).isPresent()) return true;
        for (Collection c : Collection.values()) if (c.urlSegment().equals(first)) return true;
        return false;
    }

    static Optional<ContentLink> parse(String href) {
        if (href == null || href.isEmpty() || href.startsWith("#") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*"))
            return Optional.empty();
        String path = href.startsWith("/") ? href.substring(1) : href;
        if (path.startsWith("content/")) path = path.substring("content/".length());
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash);
            path = path.substring(0, hash);
        }
        if (path.startsWith("media/")) return Optional.of(new ToMedia(path, fragment));
        int slash = path.indexOf('/');
        if (slash > 0 && slash == path.lastIndexOf('/') && path.matches(".*\\.(md|ya?ml)$")) {
            Optional<Collection> c = Collection.ofFolder(path.substring(0, slash));
            if (c.isPresent()) {
                String file = path.substring(slash + 1);
                return Optional.of(new ToRecord(c.get(), file.substring(0, file.lastIndexOf('.')), fragment));
            }
        }
        return Optional.of(new ToSitePath(path, fragment));
    }
}
