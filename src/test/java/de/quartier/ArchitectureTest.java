package de.quartier;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Package dependencies point one way: cli → serve → build → stages → source, model, diag. The model
 * depends on the JDK alone; stages do not know each other; only load reads and only write writes.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/de/quartier");
    private static final Set<String> STAGES = Set.of("load", "parse", "config", "validate", "assemble", "render", "postprocess", "write", "schema");
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            // how a body's Markdown is read: the same for the checks and the pages
            Map.entry("markdown", Set.of()),
            Map.entry("diag", Set.of("model")),
            Map.entry("source", Set.of("model", "diag")),
            Map.entry("load", Set.of("model", "diag", "source")),
            Map.entry("parse", Set.of("model", "diag", "source")),
            Map.entry("config", Set.of("model", "diag", "source")),
            Map.entry("validate", Set.of("model", "diag", "source", "markdown")),
            Map.entry("assemble", Set.of("model", "diag", "source")),
            Map.entry("render", Set.of("model", "diag", "markdown")),
            Map.entry("postprocess", Set.of("model", "diag")),
            Map.entry("write", Set.of("model")),
            Map.entry("schema", Set.of("model")),
            Map.entry("build", Set.of("model", "diag", "source", "markdown", "load", "parse", "config", "validate", "assemble", "render",
                    "postprocess", "write", "schema")),
            Map.entry("serve", Set.of("build", "diag", "model", "postprocess")),
            Map.entry("cli", Set.of("build", "diag", "model", "write", "serve", "load")));
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern OWN = Pattern.compile("de\\.quartier\\.(\\w+)");

    @Test
    void packagesDependOneWay() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = MAIN.relativize(file).getName(0).toString();
            assertTrue(ALLOWED.containsKey(pkg), "package not in the architecture: " + pkg);
            String text = Files.readString(file);
            Set<String> uses = new java.util.TreeSet<>();
            Matcher m = IMPORT.matcher(text);
            while (m.find()) uses.add(m.group(1));
            Matcher q = Pattern.compile("\\bde\\.quartier\\.\\w+").matcher(text.replaceAll("(?m)^package .*$", ""));
            while (q.find()) uses.add(q.group());
            for (String u : uses) {
                Matcher own = OWN.matcher(u);
                if (own.lookingAt()) {
                    String target = own.group(1);
                    if (!target.equals(pkg) && !ALLOWED.get(pkg).contains(target))
                        violations.add(MAIN.relativize(file) + " uses de.quartier." + target);
                } else if (pkg.equals("model") && !u.startsWith("java.")) {
                    violations.add(MAIN.relativize(file) + " (model) uses " + u);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyLoadReadsAndOnlyWriteWrites() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = MAIN.relativize(file).getName(0).toString();
            String text = Files.readString(file);
            boolean reads = text.matches("(?s).*Files\\.(newInputStream|readAllBytes|readString|readAllLines|walk|walkFileTree|list)\\(.*");
            boolean writes = text.matches("(?s).*Files\\.(write|writeString|newOutputStream|move|delete|createDirectories|createTempDirectory)\\(.*");
            if (reads && !pkg.equals("load") && !pkg.equals("write")) violations.add(file + " reads files");
            if (writes && !pkg.equals("write")) violations.add(file + " writes files");
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPackageSaysWhatItDoes() {
        for (String pkg : ALLOWED.keySet())
            assertTrue(Files.exists(MAIN.resolve(pkg).resolve("package-info.java")), pkg + " has no package-info.java");
        assertTrue(ALLOWED.keySet().containsAll(STAGES));
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
