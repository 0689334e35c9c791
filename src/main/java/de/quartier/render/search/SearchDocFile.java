package de.quartier.render.search;

import com.fasterxml.jackson.core.JsonGenerator;
import de.quartier.render.Json;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One {@code d/N.json} of the search index ({@link SearchShards}): what a hit shows, the documents'
 * titles, links and lines, with their titles and lines in other languages where they have any.
 */
final class SearchDocFile {
    private SearchDocFile() {
    }

    /** {@code [[title, href, line], [title, href, line, {"tr": title}, {"tr": line}], …]} */
    static String of(List<SearchIndex.Shown> docs) {
        return Json.compact(g -> {
            g.writeStartArray();
            for (SearchIndex.Shown d : docs) {
                g.writeStartArray();
                g.writeString(d.title());
                g.writeString(d.href());
                g.writeString(d.text());
                // the titles of its translations, by language, where it has any: {"tr": "…"}; then their lines, where any
                if (!d.titles().isEmpty() || !d.lines().isEmpty()) byLanguage(g, d.titles());
                if (!d.lines().isEmpty()) byLanguage(g, d.lines());
                g.writeEndArray();
            }
            g.writeEndArray();
        });
    }

    private static void byLanguage(JsonGenerator g, Map<String, String> texts) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, String> t : new TreeMap<>(texts).entrySet()) g.writeStringField(t.getKey(), t.getValue());
        g.writeEndObject();
    }
}
