package de.quartier.source;

import de.quartier.diag.Diagnostics;
import de.quartier.parse.SourceParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class YamlScalarTest {

    /** A site's own words in templates, opening hours in hints: pasted after a key, YAML reads them back as they were. */
    @ParameterizedTest
    @ValueSource(strings = {"Gelsenkirchen", "Stadt Aachen", "Mülheim an der Ruhr", "Stadt: Aachen", "Quartier #1", "ja", "No", "~",
            "\"Zitat\"", "Back\\slash", "- Liste", "Bad Honnef (Rhein)", "It's", "'quoted'", "10:00", "2026-12-24", "0815", "+49 2041",
            "We 15:00-17:00; Dec 24-Dec 31 off \"Pause: zu\"", "Mo-Fr 09:00-12:00", "ends with:", " leading", "trailing ", "[1, 2]",
            "{a: b}", "*anchor", "&a", "!tag", "| block", "> folded", "@at", "`tick", "% percent", ".5",
            "Zeile 1\nZeile 2", "Stadt Bottrop\n", "a\tb", "a\u2028b", "a\u0085b", "Glocke\u0007", "\"Zitat\"\nmit \\ Pfad"})
    void readsBackAsWritten(String text) {
        String yaml = "key: " + YamlScalar.of(text) + "\n";
        var root = new SourceParser(new Diagnostics()).parseYaml(new SourceFile("t.yml", null, "t", SourceFile.Format.YAML, yaml)).orElseThrow();
        assertEquals(text, ((Node.Scalar) root.pairs().get(0).value()).value(), yaml);
    }

    /** Quotes only where needed, so a hint reads as an editor would write it. */
    @Test
    void quotesOnlyWhereNeeded() {
        assertEquals("Mo-Fr 09:00-12:00; Dec 24 off", YamlScalar.of("Mo-Fr 09:00-12:00; Dec 24 off"));
        assertEquals("Stadt Aachen", YamlScalar.of("Stadt Aachen"));
        assertEquals("'Stadt: Aachen'", YamlScalar.of("Stadt: Aachen"));
        assertEquals("'It''s: here'", YamlScalar.of("It's: here"));
        assertEquals("'nein'", YamlScalar.of("nein"));
        assertEquals("\"Zeile 1\\nZeile 2\"", YamlScalar.of("Zeile 1\nZeile 2"), "on one line");
    }
}
