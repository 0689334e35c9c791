package de.quartier.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {
    // umlauts and a dash (beyond Latin-1), a character beyond the BMP, quotes, a line break, a tab
    private static final String TEXT = "Größe – \uD83D\uDE00 \"zitiert\" \\ Zeile\nzwei\t<b>&'";

    private static final Json.Body BODY = g -> {
        g.writeStartObject();
        g.writeStringField("text", TEXT);
        g.writeArrayFieldStart("list");
        g.writeNumber(1);
        g.writeString("ä");
        g.writeEndArray();
        g.writeObjectFieldStart("empty");
        g.writeEndObject();
        g.writeEndObject();
    };

    @Test
    void compactTextEscapesOnlyWhatJsonNeeds() {
        assertEquals("{\"text\":\"Größe – \uD83D\uDE00 \\\"zitiert\\\" \\\\ Zeile\\nzwei\\t<b>&'\",\"list\":[1,\"ä\"],\"empty\":{}}",
                Json.compact(BODY));
    }

    @Test
    void jsonForHtmlCannotCloseAScriptOrAnAttribute() {
        String json = Json.forHtml(BODY);
        assertEquals("\\u003Cb\\u003E\\u0026\\u0027", json.substring(json.indexOf("\\t") + 2, json.indexOf("\",\"list")));
    }

    @Test
    void bytesAreTheUtf8OfTheSameText() {
        assertEquals(Json.compact(BODY), new String(Json.compactBytes(BODY), StandardCharsets.UTF_8));
    }

    @Test
    void prettyBytesIndentByTwoSpacesAndEndWithALineEnd() {
        String pretty = new String(Json.prettyBytes(BODY), StandardCharsets.UTF_8);
        assertEquals("{\n  \"text\" : \"" + Json.compact(g -> g.writeString(TEXT)).substring(1) + ",\n"
                + "  \"list\" : [\n    1,\n    \"ä\"\n  ],\n  \"empty\" : { }\n}\n", pretty);
    }

    @Test
    void longTextsSurviveTheWritersSegments() {
        String longText = "Straße ".repeat(20_000);
        Json.Body body = g -> g.writeString(longText);
        assertEquals("\"" + longText + "\"", Json.compact(body));
        assertEquals("\"" + longText + "\"\n", new String(Json.prettyBytes(body), StandardCharsets.UTF_8));
    }
    @Test
    void jsonInsideJsonAndOnManyThreadsAtOnceKeepsEachTextWhole() throws Exception {
        // a body that writes JSON of its own while its generator holds the thread's buffers
        Json.Body nested = g -> {
            g.writeStartObject();
            g.writeStringField("inner", Json.compact(BODY));
            g.writeStringField("bytes", new String(Json.compactBytes(BODY), StandardCharsets.UTF_8));
            g.writeEndObject();
        };
        String expected = Json.compact(nested);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = i;
                results.add(pool.submit(() -> n % 2 == 0 ? Json.compact(nested) : new String(Json.compactBytes(nested), StandardCharsets.UTF_8)));
            }
            for (java.util.concurrent.Future<String> r : results) assertEquals(expected, r.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Json.compact(BODY), new com.fasterxml.jackson.databind.ObjectMapper().readTree(expected).get("inner").asText());
    }
}
