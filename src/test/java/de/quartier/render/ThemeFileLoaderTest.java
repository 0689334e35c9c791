package de.quartier.render;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ThemeFileLoaderTest {
    private final Map<String, byte[]> files = Map.of("templates/_fact.peb", new byte[0], "templates/base.peb", new byte[0],
            "assets/style.css", new byte[0]);
    private final ThemeFileLoader loader = new ThemeFileLoader(files);

    @Test
    void anIncludedTemplateIsNamedAsTheThemeKeepsIt() {
        // the same String each time: Pebble looks the template up by it at every include
        String name = loader.resolveRelativePath("_fact.peb", "templates/detail.peb");
        assertEquals("templates/_fact.peb", name);
        assertSame(name, loader.resolveRelativePath("_fact.peb", "templates/offering.peb"));
        assertSame(files.keySet().stream().filter(name::equals).findFirst().orElseThrow(), name);
    }

    @Test
    void otherNamesResolveAsBefore() {
        assertEquals("templates/base.peb", loader.resolveRelativePath("templates/base.peb", null));
        // a template the theme lacks: named all the same, so that Pebble reports it as missing
        assertEquals("templates/missing.peb", loader.resolveRelativePath("missing.peb", "templates/base.peb"));
        // not a template: assets are no includes
        assertEquals("templates/style.css", loader.resolveRelativePath("style.css", "templates/base.peb"));
    }
}
