package de.quartier.build;

import de.quartier.TestSites;
import de.quartier.diag.DiagnosticPrinter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One folder per mistake under src/test/resources/invalid-sites: each overlays the base site and
 * lists in expected.txt exactly the diagnostics it must give (severity, code, file:line:column).
 */
class InvalidSitesTest {
    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> eachInvalidSiteGivesExactlyItsDiagnostics() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(TestSites.INVALID)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no fixtures found");
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Path site = TestSites.withFixture(dir.getFileName().toString(), temp.resolve(dir.getFileName().toString()));
            BuildResult result = TestSites.check(site);
            List<String> expected = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("expected.txt"))) {
                if (!line.isBlank() && !line.startsWith("#")) expected.add(line.strip());
            }
            assertFalse(expected.isEmpty(), dir + "/expected.txt lists no diagnostic");
            String printed = String.join("", result.diagnostics().sorted().stream()
                    .map(new DiagnosticPrinter(result.loaded()::text)::format).toList());
            assertEquals(new TreeSet<>(expected), new TreeSet<>(TestSites.lines(result)),
                    "diagnostics of " + dir.getFileName() + ":\n" + printed);
            if (expected.stream().anyMatch(l -> l.startsWith("error "))) {
                assertFalse(result.ok());
                assertTrue(result.site().isEmpty(), "a site with errors must not be assembled for rendering");
            }
        }));
    }
}
