package de.quartier.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.List;
import java.util.Map;

/**
 * The template filter {@code hreflangIn}: on a page in another language, the attribute
 * {@code  hreflang="de"} for a link of the site that leads out of the page's edition, to a page that
 * exists in the site's own language only ("/quartiersentwicklung/traeger/caritas/" from an English
 * page), so that the link says so; nothing for a link within the edition, to another host, or on a
 * page in the site's own language. Used as {@code <a href="{{ fact.href }}"{{ fact.href | hreflangIn(page) }}>}.
 */
final class GermanLinks implements Filter {
    @Override
    public List<String> getArgumentNames() {
        return List.of("page");
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        if (!(input instanceof String href) || !(args.get("page") instanceof Views.Chrome page) || page.originalLang().isEmpty()) return "";
        String lang = of(href, page.originalLang(), page.basePath());
        // a language code the build wrote ("de"): nothing to escape
        return lang.isEmpty() ? "" : new io.pebbletemplates.pebble.extension.escaper.SafeString(" hreflang=\"" + lang + "\"");
    }

    /** @param originalLang the site's own language on a page in another one, else "" */
    static String of(String href, String originalLang, String editionBase) {
        if (originalLang.isEmpty() || !href.startsWith("/") || href.startsWith("//") || href.startsWith(editionBase)) return "";
        return originalLang;
    }
}
