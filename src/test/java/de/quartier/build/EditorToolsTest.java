package de.quartier.build;

import de.quartier.diag.Diagnostics;
import de.quartier.parse.SourceParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EditorToolsTest {

    /** A site's own words as template examples: once uncommented, YAML reads them back as they were. */
    @ParameterizedTest
    @ValueSource(strings = {"Gelsenkirchen", "Stadt Aachen", "Mülheim an der Ruhr", "Stadt: Aachen", "Quartier #1", "ja", "No",
            "\"Zitat\"", "Back\\slash", "- Liste", "Bad Honnef (Rhein)"})
    void yamlTextReadsBackAsWritten(String text) {
        String yaml = "credit: " + EditorTools.yamlText(text) + "\n";
        var root = new SourceParser(new Diagnostics()).parseYaml(new de.quartier.source.SourceFile("t.yml", null, "t",
                de.quartier.source.SourceFile.Format.YAML, yaml)).orElseThrow();
        assertEquals(text, ((de.quartier.source.Node.Scalar) root.pairs().get(0).value()).value(), yaml);
    }
}
