package de.quartier.render;

import de.quartier.model.Common;
import de.quartier.model.Operator;
import de.quartier.model.Slug;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TitleOrderTest {
    private static Operator operator(String slug, String title) {
        return new Operator(new Common(new Slug(slug), "content/operators/" + slug + ".md", title, null, false, null, null, "", 1, List.of()),
                null, null, null, null, null, null);
    }

    @Test
    void namesGoInGermanOrderWordByWord() {
        List<String> names = new java.util.ArrayList<>(List.of("Beratungsservice", "Zentrum", "Ärztehaus", "Beratung und Hilfe", "Arzt", "Äpfel"));
        names.sort(new TitleOrder().names());
        assertEquals(List.of("Äpfel", "Arzt", "Ärztehaus", "Beratung und Hilfe", "Beratungsservice", "Zentrum"), names);
    }

    @Test
    void recordsOfTheSameTitleGoByFileName() {
        List<Operator> sorted = new TitleOrder().byTitle(List.of(operator("b", "Caritas"), operator("c", "AWO"), operator("a", "Caritas")));
        assertEquals(List.of("c", "a", "b"), sorted.stream().map(o -> o.slug().value()).toList());
    }

    @Test
    void aTextIsKeyedOnceForEverySiteOfTheProcess() {
        // the preview makes a new site (and order) on every save: its titles are not keyed again
        String title = "Quartiersbüro " + System.nanoTime();
        assertSame(new TitleOrder().key(title), new TitleOrder().key(title));
    }
}
