package de.quartier.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeTest {
    private static final Path THEME = Path.of("themes/bottrop");

    @Test
    void filesIndexListsEveryFileOfTheBuiltInTheme() throws IOException {
        List<String> actual;
        try (Stream<Path> s = Files.walk(THEME)) {
            actual = s.filter(Files::isRegularFile).map(p -> THEME.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("files.txt")).sorted().toList();
        }
        List<String> listed = Files.readAllLines(THEME.resolve("files.txt")).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(actual, listed, "regenerate with: (cd themes/bottrop && find . -type f ! -name files.txt | sed 's|^./||' | sort > files.txt)");
    }

    @Test
    void siteFileOverridesTheBuiltInOneFileAtATime() {
        Theme builtIn = new Theme(Map.of());
        Theme custom = new Theme(Map.of("strings.properties", "skip=Direkt zum Inhalt\n".getBytes(StandardCharsets.UTF_8),
                "assets/extra.css", "body{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Zum Inhalt springen", builtIn.strings().get("skip"));
        assertEquals("Direkt zum Inhalt", custom.strings().get("skip"));
        assertTrue(custom.assets().containsKey("assets/extra.css"));
        assertTrue(custom.assets().containsKey("assets/style.css"), "other built-in files stay");
    }
}
