package de.quartier;

import de.quartier.build.BuildOptions;
import de.quartier.build.BuildResult;
import de.quartier.build.Pipeline;
import de.quartier.diag.Diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Test sites: the small valid base site, fixtures that overlay one mistake on it, and running checks. */
public final class TestSites {
    public static final Path RESOURCES = Path.of("src/test/resources");
    public static final Path BASE = RESOURCES.resolve("sites/base");
    public static final Path INVALID = RESOURCES.resolve("invalid-sites");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private TestSites() {
    }

    /** Copies the base site into {@code dir} and returns dir. */
    public static Path copyBase(Path dir) {
        copyTree(BASE, dir);
        return dir;
    }

    /**
     * The base site with a fixture applied: files under {@code <case>/site/} replace or join the
     * base's, and paths listed in {@code <case>/delete.txt} are removed.
     */
    public static Path withFixture(String name, Path dir) throws IOException {
        copyBase(dir);
        Path fixture = INVALID.resolve(name);
        if (Files.isDirectory(fixture.resolve("site"))) copyTree(fixture.resolve("site"), dir);
        Path delete = fixture.resolve("delete.txt");
        if (Files.exists(delete)) {
            for (String line : Files.readAllLines(delete)) {
                if (!line.isBlank()) Files.delete(dir.resolve(line.strip()));
            }
        }
        return dir;
    }

    /** Appends text to a file of a copied site: a record that gains a line, say. */
    /** Replaces the first {@code from} in a file with {@code to}; a file without {@code from} fails the test. */
    public static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(file, text.replace(from, to));
    }

    public static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    public static BuildResult check(Path site) throws IOException {
        return new Pipeline().check(new BuildOptions(site, TODAY, false, null));
    }

    /** "error dangling-ref content/offerings/x.md:5:16", the form expected.txt files use. */
    public static String line(Diagnostic d) {
        return d.severity().label() + " " + d.code().id() + " " + d.at();
    }

    /** The repository's example site (site-config.yml, content/ and, if asked, themes/) copied into {@code dir}. */
    public static Path copyExample(Path dir, boolean withThemes) {
        copyTree(Path.of("content"), dir.resolve("content"));
        if (withThemes) copyTree(Path.of("themes"), dir.resolve("themes"));
        copyTree(Path.of("site-config.yml"), dir.resolve("site-config.yml"));
        return dir;
    }

    /** Every file below {@code root} by its relative path ('/'-separated). */
    public static java.util.Map<String, byte[]> files(Path root) {
        java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList())
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The "billion laughs" YAML: nine levels of lists of nine aliases, as front matter. */
    public static String aliasBomb() {
        StringBuilder y = new StringBuilder("---\ntitle: Bombe\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            y.append(c).append(": &").append(c).append(" [*").append(prev).append((",*" + prev).repeat(8)).append("]\n");
            prev = c;
        }
        return y.append("---\n").toString();
    }

    /** Builds a site into memory (every file by its path) as of {@link #TODAY}; a problem fails the test. */
    public static java.util.Map<String, byte[]> buildInMemory(Path site) throws IOException {
        return buildInMemory(site, TODAY);
    }

    private static java.util.Map<String, byte[]> example;

    /**
     * The example site (the repository's own content/) built into memory as of {@link #TODAY}:
     * built once per test run and shared by the tests that read it, which only read it.
     */
    public static synchronized java.util.Map<String, byte[]> example() throws IOException {
        if (example == null) example = java.util.Collections.unmodifiableMap(buildInMemory(Path.of(".")));
        return example;
    }

    /** A page of the example site ({@link #example()}), parsed; a page that was not written fails the test. */
    public static org.jsoup.nodes.Document exampleHtml(String path) {
        try {
            return html(example(), path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of a site built into memory, parsed; a page that was not written fails the test. */
    public static org.jsoup.nodes.Document html(java.util.Map<String, byte[]> files, String path) {
        byte[] b = files.get(path);
        org.junit.jupiter.api.Assertions.assertNotNull(b, path + " was not written");
        return org.jsoup.Jsoup.parse(new String(b, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The same, as of another build date. */
    public static java.util.Map<String, byte[]> buildInMemory(Path site, LocalDate today) throws IOException {
        de.quartier.write.MemorySink sink = new de.quartier.write.MemorySink();
        BuildResult r = new Pipeline().build(new BuildOptions(site, today, false, null), sink);
        org.junit.jupiter.api.Assertions.assertTrue(r.ok(), lines(r).toString());
        return sink.files();
    }

    public static List<String> lines(BuildResult r) {
        return r.diagnostics().sorted().stream().map(TestSites::line).toList();
    }
}
