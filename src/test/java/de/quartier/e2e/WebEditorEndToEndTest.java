package de.quartier.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.quartier.TestSites;
import de.quartier.cli.QuartierCommand;
import de.quartier.model.Collection;
import de.quartier.model.ContentFields;
import de.quartier.model.FieldSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web editor (admin/): the example site built with Decap's test-repo backend (in the
 * browser, nothing saved) and opened in headless Chromium from a local server: no request to
 * another host, no console error, every collection in the editor; its generated config.yml
 * has every field of every collection; the page keeps search engines out.
 */
@Timeout(180)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebEditorEndToEndTest {
    Path out;
    SiteServer server;

    @BeforeAll
    void build(@TempDir Path temp) throws Exception {
        Path site = TestSites.copyExample(temp.resolve("site"), false);
        String config = Files.readString(site.resolve("site-config.yml"));
        Files.writeString(site.resolve("site-config.yml"), config.substring(0, config.indexOf("\neditor:")) + "\neditor: {backend: test-repo}\n");
        out = temp.resolve("public");
        assertEquals(0, QuartierCommand.run("build", "--site", site.toString(), "--out", out.toString(), "--today", "2026-11-21",
                "--base-url", "http://127.0.0.1/quartiersentwicklung/"));
        server = SiteServer.start(out, "/quartiersentwicklung/");
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void theConfigHasEveryFieldOfEveryCollection() throws Exception {
        String text = Files.readString(out.resolve("admin/config.yml"));
        JsonNode config = new ObjectMapper().readTree(text.substring(text.indexOf('{')));
        assertEquals("test-repo", config.at("/backend/name").asText());
        JsonNode collections = config.get("collections");
        assertEquals(Collection.values().length, collections.size());
        for (Collection c : Collection.values()) {
            JsonNode col = null;
            for (JsonNode n : collections) if (n.get("name").asText().equals(c.folder())) col = n;
            assertTrue(col != null, c.folder());
            assertEquals("content/" + c.folder(), col.get("folder").asText());
            List<String> names = new ArrayList<>();
            col.get("fields").forEach(f -> names.add(f.get("name").asText()));
            List<String> expected = new ArrayList<>(ContentFields.of(c).stream().map(FieldSpec::key).toList());
            expected.add("body");
            assertEquals(expected, names, c.folder());
            for (JsonNode f : col.get("fields")) {
                FieldSpec spec = f.get("name").asText().equals("body") ? ContentFields.BODY : ContentFields.field(c, f.get("name").asText());
                if (spec.refersTo() != null) {
                    assertEquals("relation", f.get("widget").asText(), spec.key());
                    assertEquals(spec.refersTo().folder(), f.get("collection").asText(), spec.key());
                }
                if (spec.kind() == FieldSpec.Kind.CHOICE) assertEquals("select", f.get("widget").asText(), spec.key());
            }
        }
        // Decap checks the fields of an optional object even when it is left empty: inside one nothing is required
        JsonNode quarters = collections.get(0);
        JsonNode image = null, center = null;
        for (JsonNode f : quarters.get("fields")) {
            if (f.get("name").asText().equals("image")) image = f;
            if (f.get("name").asText().equals("center")) center = f;
        }
        assertFalse(image.get("required").asBoolean());
        for (JsonNode f : image.get("fields")) assertFalse(f.get("required").asBoolean(), "image." + f.get("name").asText());
        for (JsonNode f : center.get("fields")) assertFalse(f.get("required").asBoolean(), "center." + f.get("name").asText());
        JsonNode contactPoints = collections.get(1);
        for (JsonNode f : contactPoints.get("fields"))
            if (f.get("name").asText().equals("address"))
                for (JsonNode sub : f.get("fields")) assertTrue(sub.get("required").asBoolean(), "address." + sub.get("name").asText());
        String page = Files.readString(out.resolve("admin/index.html"));
        assertTrue(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"));
        assertTrue(Files.exists(out.resolve("admin/LICENSE-decap-cms.txt")) && Files.exists(out.resolve("admin/decap-cms.js.LICENSE.txt")),
                "the licences travel with the script");
        assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("/admin/"), "not in the sitemap");
    }

    @Test
    void theEditorLoadsFromTheSiteAloneAndShowsEveryCollection() throws Exception {
        try (BrowserSupport browser = BrowserSupport.start()) {
            WebDriver d = browser.driver();
            d.get(server.uri("admin/").toString());
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(60));
            // test-repo: a login button that needs no account
            wait.until(x -> !x.findElements(By.xpath("//button[contains(., 'Login') or contains(., 'Anmelden')]")).isEmpty());
            d.findElement(By.xpath("//button[contains(., 'Login') or contains(., 'Anmelden')]")).click();
            for (String label : List.of("Quartiere", "Anlaufstellen", "Angebote", "Träger", "Förderprogramme", "Seiten", "Aktuelles"))
                wait.until(x -> x.findElements(By.xpath("//a[contains(., '" + label + "')]")).size() > 0);
            Thread.sleep(500);
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) ((JavascriptExecutor) d).executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name);");
            String origin = server.baseUri().getScheme() + "://" + server.baseUri().getAuthority();
            List<String> elsewhere = resources.stream().filter(r -> !r.startsWith(origin) && !r.startsWith("data:") && !r.startsWith("blob:")).toList();
            assertEquals(List.of(), elsewhere, "no request to another host");
            assertEquals(List.of(), browser.consoleErrors(), "no console error");
            assertTrue(resources.stream().anyMatch(r -> URI.create(r).getPath().endsWith("/admin/config.yml")), resources.toString());
        }
    }
}
