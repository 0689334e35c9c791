package de.quartier.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.quartier.TestSites;
import de.quartier.model.Collection;
import de.quartier.schema.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schemas of `quartier schema` and the validator agree, checked by a real JSON Schema
 * validator (networknt, draft 2020-12) on YAML read as 1.2, as the editors that use the schemas
 * read it: every record of the four example sites and their site-config.yml pass; every
 * invalid-site fixture whose mistake a schema can express fails.
 */
class SchemaAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @TempDir
    Path temp;

    /** The mistakes a schema can express (wrong type, missing field, unknown key, value not in a list, date form …). */
    private static final List<String> EXPRESSIBLE = List.of("unknown-key", "missing-title", "missing-address", "bad-date", "bad-month",
            "bad-wheelchair", "bad-boolean", "wrong-kind", "bad-email", "bad-url-scheme", "bad-url-no-scheme", "bad-language",
            "bad-postal-code", "bad-datetime", "missing-alt", "bad-slug-ref");

    private static Object yaml12(String text) {
        return new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(text);
    }

    /** A record file as the editor's YAML tooling sees it: a .md file's front matter, a .yml file whole. */
    static JsonNode record(Path file) throws IOException {
        String text = Files.readString(file);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (file.toString().endsWith(".md")) {
            int end = text.indexOf("\n---", 4);
            text = end < 0 ? "" : text.substring(text.indexOf('\n') + 1, end + 1);
        }
        Object value = yaml12(text);
        return JSON.valueToTree(value == null ? Map.of() : value);
    }

    private static Map<String, JsonSchema> schemas(Path site) throws IOException {
        Map<String, JsonSchema> out = new java.util.HashMap<>();
        EditorTools.schemas(site).forEach((name, text) -> {
            try {
                out.put(name, FACTORY.getSchema(JSON.readTree(text)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return out;
    }

    /** Each record file below content/ with its collection's schema's problems. */
    private static List<String> problems(Path site, Path contentRoot, Map<String, JsonSchema> schemas) throws IOException {
        List<String> out = new ArrayList<>();
        for (Collection c : Collection.values()) {
            Path folder = contentRoot.resolve(c.folder());
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> files = Files.list(folder)) {
                // translations (x.tr.md) give only title and summary: not a record of the collection's schema
                for (Path f : files.filter(p -> p.toString().matches(".*\\.(md|yml|yaml)$") && !p.toString().matches(".*\\.[a-z]{2,3}\\.md$"))
                        .sorted().toList()) {
                    Set<ValidationMessage> errors = schemas.get(JsonSchemas.fileName(c)).validate(record(f));
                    if (!errors.isEmpty()) out.add(site.relativize(f) + ": " + errors);
                }
            }
        }
        return out;
    }

    @Test
    void everyRecordOfTheFourExampleSitesPassesItsSchema() throws IOException {
        int sites = 0;
        for (Path site : List.of(Path.of("."), Path.of("examples/aachen"), Path.of("examples/gelsenkirchen"), Path.of("examples/erkelenz"))) {
            Map<String, JsonSchema> schemas = schemas(site);
            assertEquals(Collection.values().length + 1, schemas.size());
            assertEquals(List.of(), problems(site, site.resolve("content"), schemas), site.toString());
            Set<ValidationMessage> config = schemas.get(JsonSchemas.SITE_CONFIG).validate(record(site.resolve("site-config.yml")));
            assertEquals(Set.of(), config, site + "/site-config.yml");
            sites++;
        }
        assertEquals(4, sites);
    }

    @Test
    void everyFixtureWhoseMistakeASchemaCanExpressFailsIt() throws IOException {
        Map<String, JsonSchema> schemas = schemas(TestSites.BASE);
        assertEquals(List.of(), problems(TestSites.BASE, TestSites.BASE.resolve("content"), schemas), "the base site passes");
        for (String fixture : EXPRESSIBLE) {
            Path own = TestSites.INVALID.resolve(fixture).resolve("site");
            List<String> found = problems(own, own.resolve("content"), schemas);
            assertFalse(found.isEmpty(), fixture + ": the schema lets the mistake pass");
        }
    }

    @Test
    void theExampleSitesSchemasAreUpToDate() throws IOException {
        // schemas/ of the example site is what VS Code reads (.vscode/settings.json): made by `quartier schema`
        Map<String, String> made = EditorTools.schemas(Path.of("."));
        for (Map.Entry<String, String> e : made.entrySet())
            assertEquals(e.getValue(), Files.readString(Path.of("schemas", e.getKey())), "schemas/" + e.getKey() + ": run ./quartier schema");
        String settings = Files.readString(Path.of(".vscode/settings.json"));
        for (Collection c : Collection.values())
            assertTrue(settings.contains("\"./schemas/" + JsonSchemas.fileName(c) + "\": \"content/" + c.folder() + "/*.yml\""), c.folder());
        assertTrue(settings.contains("\"./schemas/" + JsonSchemas.SITE_CONFIG + "\": \"site-config.yml\""));
    }
}
