package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;

import java.util.List;
import java.util.Set;

/**
 * Warnings for raw HTML in a body that the page leaves out, where it is written: elements
 * ({@code <iframe>}, {@code <center>}) and attributes of the elements kept ({@code style},
 * {@code target}). Silence would leave an editor wondering why the page does not show them.
 */
final class RemovedHtml {
    private RemovedHtml() {
    }

    /** Elements that show something from elsewhere: a link to it is what the page can keep. */
    private static final Set<String> EMBEDS = Set.of("iframe", "video", "audio", "object", "embed", "script", "form", "canvas", "svg");

    static void report(BodyLinks.Found found, Diagnostics diagnostics) {
        for (BodyLinks.RemovedTag t : found.removed())
            diagnostics.warning(Code.HTML_REMOVED, t.at(), "`<" + t.name() + ">` is left out of the page: a text keeps only text, links, images, lists and tables",
                    EMBEDS.contains(t.name()) ? "link to it instead, e.g. [Video ansehen](https://…)" : "write it in Markdown, or leave the tag out");
        attributes(found.removedAttributes(), diagnostics);
    }

    /**
     * Attributes the page leaves out ({@code <p style="…">}, {@code <a target="_blank">}): one warning
     * per attribute and text, at its first, with how often it stands there. Text pasted from a word
     * processor carries {@code class} and {@code style} on every paragraph.
     */
    private static void attributes(List<BodyLinks.RemovedAttribute> removed, Diagnostics diagnostics) {
        java.util.Map<String, List<BodyLinks.RemovedAttribute>> byName = new java.util.LinkedHashMap<>();
        for (BodyLinks.RemovedAttribute a : removed) byName.computeIfAbsent(a.name(), k -> new java.util.ArrayList<>()).add(a);
        for (List<BodyLinks.RemovedAttribute> same : byName.values()) {
            BodyLinks.RemovedAttribute first = same.get(0);
            String more = same.size() == 1 ? "" : " (" + same.size() + " times in this text)";
            diagnostics.warning(Code.HTML_REMOVED, first.at(), "`" + first.name() + "` on `<" + first.tag() + ">` is left out of the page" + more,
                    attributeHint(first));
        }
    }

    private static final Set<String> LOOKS = Set.of("style", "class", "align", "valign", "color", "bgcolor", "face", "size", "border",
            "background", "bordercolor", "cellpadding", "cellspacing", "nowrap", "height");

    private static String attributeHint(BodyLinks.RemovedAttribute a) {
        String n = a.name();
        if (LOOKS.contains(n)) return "the theme sets how a page looks, the same on every page; leave `" + n + "` out "
                + "(for emphasis write **fett**, for a heading ## Überschrift)";
        if (n.equals("target")) return "links open in the same tab, as readers expect: leave `target` out";
        if (n.startsWith("on")) return "a text runs no script: leave `" + n + "` out";
        if (n.equals("id")) return "only headings keep an id, and a Markdown heading gets one by itself (## Anmeldung → #anmeldung)";
        if (n.equals("lang") || n.equals("dir")) return "a text is in its record's language; a translation goes in a file of its own "
                + "(e.g. name.en.md)";
        return "leave `" + n + "` out";
    }
}
