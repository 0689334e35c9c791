package de.quartier.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in theme's words in every language it ships: every key German has, with the same placeholders. */
class ThemeTranslationsTest {
    private static final Path THEME = Path.of("themes/bottrop");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");

    private static Map<String, String> read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> m = new TreeMap<>();
        for (String k : p.stringPropertyNames()) m.put(k, p.getProperty(k));
        return m;
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    @Test
    void everyLanguageHasEveryKeyWithItsPlaceholders() throws IOException {
        Map<String, String> german = read(THEME.resolve("strings.properties"));
        Set<String> languages = new Theme(Map.of()).languages();
        assertEquals(Set.of("de", "en", "tr", "ar", "uk", "ru"), languages);
        for (String lang : languages) {
            if (lang.equals("de")) continue;
            Map<String, String> words = read(THEME.resolve("strings_" + lang + ".properties"));
            assertEquals(german.keySet(), words.keySet(), lang);
            for (String key : german.keySet()) {
                assertEquals(placeholders(german.get(key)), placeholders(words.get(key)), lang + ": " + key);
                if (key.startsWith("map.kind.")) assertEquals(german.get(key), words.get(key), lang + ": a kind's colour and symbol");
            }
            assertTrue(Files.readString(THEME.resolve("strings_" + lang + ".properties")).lines().findFirst().orElse("")
                    .contains("native speaker"), lang + ": marked for review");
        }
    }

    @Test
    void aLanguagesWordsFallBackToGermanForAKeyASiteThemeLacks() {
        Theme theme = new Theme(Map.of("strings_tr.properties", "menu.button=Menü\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Menü", theme.strings("tr").get("menu.button"));
        assertEquals("Zum Inhalt springen", theme.strings("tr").get("skip"));
        assertTrue(theme.problems().stream().anyMatch(p -> p.file().equals("strings_tr.properties")), "the gap is reported");
    }
}
