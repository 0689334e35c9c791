package de.quartier.parse;

import de.quartier.diag.Diagnostics;
import de.quartier.model.Collection;
import de.quartier.source.Node;
import de.quartier.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** YAML in the plain form read without SnakeYAML must give exactly SnakeYAML's tree, positions included, or be left to it. */
class PlainYamlTest {
    private static final String PATH = "content/offerings/x.md";

    /** Whether the reader read the text; where it did, its tree is SnakeYAML's, and SnakeYAML found nothing to report. */
    private static boolean sameAsSnakeYaml(String yaml) {
        Node.Mapping plain = PlainYaml.read(PATH, yaml, 1);
        if (plain == null) return false;
        Diagnostics diagnostics = new Diagnostics();
        Optional<Node.Mapping> full = SnakeYamlTree.compose(PATH, yaml, 1, diagnostics);
        if (full.isEmpty()) fail("SnakeYAML refuses what the plain reader read:\n" + yaml + "\n" + diagnostics.sorted());
        assertEquals(List.of(), diagnostics.sorted(), yaml);
        assertEquals(full.get(), plain, yaml);
        return true;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "title: Alphabetisierungskurs – Familienzentrum\nschedule: Mo,Fr 11:00-13:00; PH off\ntarget_groups: [Zugewanderte, Frauen]\nregistration: {required: \"false\"}\n",
            "summary: \"Begegnung: im Quartier\"\naddress: {street: Bergstraße 87, postal_code: 44102, city: Beispielstadt}\ngeo: {lat: 51.39099, lon: 6.88632}\n",
            "contacts:\n  - {name: Team, role: Beratung, phone: 0284 555-724}\n  - {name: Büro}\ntopics: [Ernährung]\n",
            "profile:\n  - {label: Anteil, value: \"28,6\", unit: \"%\", year: 2025}\ncenter: [51.3921, 6.7636]\n",
            "topics:\n- Kinder\n- 'Eltern'\nlanguages: []\nx: {}\n",
            "address:\n  street: Bergstraße 87\n  postal_code: \"44102\"\nactive:\n  from: 2013-12\n",
            "contacts:\n  - name: Team\n    role: Beratung\n  - name: Büro\nend: ja\n",
            "a:\n    b:\n        c: tief\n    d: [x, \"y, z\", 'w']\n",
            "title: Treff [neu] & mehr, ab 10:00\nurl: https://example.org/a#b\n",
            "title: x   \n\n\nsummary:   y\n",
            "title: ohne Zeilenende",
            "list:\n  - a\n  - b",
            "one: [ a , b ]\ntwo: { k: v , l: 'w' }\n",
            "k: ~\nn: null\nt: true\n",
            "# a comment\ntitle: x # and one more\n  # indented\ncenter: [51.53, 6.89]   # ungefähr\n",
            "dates:\n  - {start: 2026-12-12 09:30, end: 2026-12-12 11:30}\nvenue:   # where\n  name: Schule\n",
            "pairs: [{a: 1}, {b: \"2\", c: [x, y]}]\nmore: {c: [x, y]}\n",
            "map:\n  bounds: [[51.3, 6.7], [51.7, 7.3]]\n  tiles: {url: \"https://t.example/{z}/{x}/{y}.png\",\n          attribution: \"© OSM\", max_zoom: 19}\n  consent: true\n",
            "list: [\n  a,\n  'b']\n",
    })
    void plainTextIsReadAsSnakeYamlReadsIt(String yaml) {
        assertTrue(sameAsSnakeYaml(yaml), () -> "not read: " + yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "body: |\n  text\n",
            "body: >\n  text\n",
            "title: a text\n  that goes on\n",
            "title: &a x\nsummary: *a\n",
            "title: !!str x\n",
            "title: \"a \\\"quoted\\\" word\"\n",
            "title: 'it''s'\n",
            "title:\nsummary: x\n",
            "title: x\ntitle: y\n",
            "title:\tx\n",
            "title: x\r\n",
            "---\ntitle: x\n",
            "title: Kaffee 😀\n",
            "title: \"open\n",
            "topics: [a, [b, [c, [d, [e, [f]]]]]]\n",
            "topics: [a\n  , b]\n",
            "topics: [a,\n\n  b]\n",
            "topics: [a,\nb]\n",
            "topics: [a, b\n  c]\n",
            "topics: [a, ]\n",
            "topics: [a: b]\n",
            "topics: [a, b # c\n  ]\n",
            "title: x #\n  y\n",
            "title: \"x\"# c\n",
            "title: a: b\n",
            "title: -x\n",
            "title : x\n",
            "Straße: x\n",
            "  title: x\n",
            "- a\n- b\n",
            "plain text\n",
            "",
            "\n\n",
            "a:\n  b: 1\n c: 2\n",
            "a:\n  - x\n   - y\n",
            "a: [x] y\n",
            "a: \"x\" y\n",
            "a:\n  - \n",
            "? a\n: b\n",
    })
    void otherFormsAreLeftToSnakeYaml(String yaml) {
        assertNull(PlainYaml.read(PATH, yaml, 1), yaml);
    }

    @Test
    void positionsAreThoseOfTheFile() {
        Node.Mapping m = PlainYaml.read(PATH, "title: Hallo\ntopics: [a, \"b\"]\n", 1);
        assertNotNull(m);
        Node.Sequence topics = (Node.Sequence) m.pair("topics").orElseThrow().value();
        assertEquals(new de.quartier.model.SourceSpan(PATH, 3, 9, 8), topics.at());
        assertEquals(new de.quartier.model.SourceSpan(PATH, 3, 13, 3), topics.items().get(1).at());
        assertEquals(Node.Style.QUOTED, ((Node.Scalar) topics.items().get(1)).style());
    }

    /** Every record of the four example cities: read as SnakeYAML reads it wherever read at all, and most are. */
    @Test
    void exampleSitesAreReadAsSnakeYamlReadsThem() throws IOException {
        int files = 0;
        int read = 0;
        for (Path root : List.of(Path.of("content"), Path.of("examples"))) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : (Iterable<Path>) all.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yml"))::iterator) {
                    String text = Files.readString(p);
                    boolean markdown = p.toString().endsWith(".md");
                    SourceFile file = new SourceFile(p.toString(), Collection.PAGES, "x",
                            markdown ? SourceFile.Format.MARKDOWN : SourceFile.Format.YAML, text);
                    Optional<String> yaml = SourceParser.yamlOf(file);
                    if (yaml.isEmpty()) continue;
                    files++;
                    if (sameAsSnakeYaml(SourceParser.unseenBreaksAsBlanks(yaml.get()))) read++;
                }
            }
        }
        assertTrue(files > 300, "files: " + files);
        assertTrue(read * 10 > files * 9, read + " of " + files + " read");
    }

    /** Texts near the plain form, half with a flaw: wherever the reader answers, it answers as SnakeYAML does. */
    @Test
    void randomTextsAreReadAsSnakeYamlReadsThem() {
        Random random = new Random(20261206);
        int read = 0;
        for (int i = 0; i < 20000; i++) {
            String yaml = new Texts(random).document();
            if (random.nextBoolean()) yaml = Texts.flawed(yaml, random);
            if (sameAsSnakeYaml(yaml)) read++;
        }
        assertTrue(read > 2000, "read: " + read);
    }

    /** A generator of front matter in the plain form and near it. */
    private static final class Texts {
        private static final String[] KEYS = {"title", "summary", "topics", "address", "geo", "contacts", "a", "b-c", "x_1", "2025", "home.quarters", "a."};
        private static final String[] WORDS = {"Kinder", "Eltern und Kinder", "Mo-Fr 09:00-12:00", "10:00", "a:b", "a :b", "Straße 5", "~",
                "null", "x]", "y}", "a,b", "Treff [neu]", "Café & Co", "50 %", "é", "https://x.de/#a", "a#b", "2026-12-12 09:30", "a: b", "a:", "x #c", "#c", "-", "?", "a?", "!", "*",
                "'", "\"", "x\\y", "ä ö", " lead", "trail ", "1.5", "a - b", "- b", ": c", "{", "[", "a\tb", "#"};
        private final Random random;
        private final StringBuilder out = new StringBuilder();

        Texts(Random random) {
            this.random = random;
        }

        String document() {
            mapping(0, 0);
            if (random.nextInt(8) == 0) out.setLength(Math.max(0, out.length() - 1));
            return out.toString();
        }

        private String word() {
            return WORDS[random.nextInt(WORDS.length)];
        }

        private String key() {
            return KEYS[random.nextInt(KEYS.length)];
        }

        private String scalar(boolean flow) {
            return switch (random.nextInt(flow ? 4 : 5)) {
                case 0 -> "\"" + word() + "\"";
                case 1 -> "'" + word() + "'";
                case 2 -> "" + random.nextInt(100);
                default -> word();
            };
        }

        /** A `,` between values in `[…]` or `{…}`, sometimes with a line break and a random indentation. */
        private String comma() {
            return switch (random.nextInt(8)) {
                case 0 -> " , ";
                case 1 -> ",\n" + " ".repeat(random.nextInt(7));
                default -> ", ";
            };
        }

        private String flowValue(int depth) {
            return switch (depth < 3 ? random.nextInt(6) : 5) {
                case 0 -> flowSequence(depth + 1);
                case 1 -> flowMapping(depth + 1);
                default -> scalar(true);
            };
        }

        private String flowSequence(int depth) {
            StringBuilder s = new StringBuilder(random.nextInt(8) == 0 ? "[\n  " : "[");
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0) s.append(comma());
                s.append(flowValue(depth));
            }
            return s.append(random.nextInt(6) == 0 ? " ]" : "]").toString();
        }

        private String flowMapping(int depth) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "{" : "{ ");
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0) s.append(comma());
                s.append(key()).append(": ").append(flowValue(depth));
            }
            return s.append(random.nextBoolean() ? "}" : " }").toString();
        }

        private String inline() {
            return switch (random.nextInt(6)) {
                case 0 -> flowSequence(0);
                case 1 -> flowMapping(0);
                default -> scalar(false);
            };
        }

        private void mapping(int indent, int depth) {
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0 || depth == 0 || indent > 0 && random.nextBoolean()) out.append(" ".repeat(indent));
                value(indent, key(), depth);
                if (random.nextInt(10) == 0) out.append("\n");
            }
        }

        private void value(int indent, String key, int depth) {
            out.append(key).append(':');
            int kind = depth > 2 ? 0 : random.nextInt(4);
            if (kind == 0) {
                out.append(random.nextInt(5) == 0 ? "   " : " ").append(inline()).append(random.nextInt(8) == 0 ? "  \n" : "\n");
            } else if (kind == 1) {
                out.append('\n');
                mapping(indent + 1 + random.nextInt(4), depth + 1);
            } else {
                out.append('\n');
                sequence(indent + (random.nextBoolean() ? 0 : 2), depth + 1);
            }
        }

        private void sequence(int indent, int depth) {
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                out.append(" ".repeat(indent)).append("- ");
                if (random.nextInt(3) == 0 && depth < 3) {
                    int column = indent + 2;
                    value(column, key(), depth);
                    if (random.nextBoolean()) {
                        out.append(" ".repeat(column));
                        value(column, key(), depth);
                    }
                } else {
                    out.append(inline()).append('\n');
                }
            }
        }

        /** The text with one flaw: a character dropped, doubled or changed, or a line's indentation changed. */
        static String flawed(String yaml, Random random) {
            if (yaml.isEmpty()) return yaml;
            int at = random.nextInt(yaml.length());
            return switch (random.nextInt(5)) {
                case 0 -> yaml.substring(0, at) + yaml.substring(at + 1);
                case 1 -> yaml.substring(0, at) + yaml.charAt(at) + yaml.substring(at);
                case 2 -> yaml.substring(0, at) + " :-,[]{}'\"\n#".charAt(random.nextInt(12)) + yaml.substring(at + 1);
                case 3 -> {
                    int start = yaml.lastIndexOf('\n', at) + 1;
                    yield yaml.substring(0, start) + " " + yaml.substring(start);
                }
                default -> {
                    int start = yaml.lastIndexOf('\n', at) + 1;
                    yield start < yaml.length() && yaml.charAt(start) == ' ' ? yaml.substring(0, start) + yaml.substring(start + 1) : yaml;
                }
            };
        }
    }
}
