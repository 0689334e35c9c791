package de.quartier.write;

import de.quartier.model.RenderedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StagedDirectorySinkTest {
    @TempDir
    Path temp;

    private static RenderedFile file(String path, String text) {
        return new RenderedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void newSiteReplacesTheOldOneWhole() throws IOException {
        Path out = temp.resolve("public");
        StagedDirectorySink sink = new StagedDirectorySink(out);
        sink.write(List.of(file("index.html", "eins"), file("alt/index.html", "alt")));
        sink.write(List.of(file("index.html", "zwei"), file("neu/index.html", "neu")));
        assertEquals("zwei", Files.readString(out.resolve("index.html")));
        assertTrue(Files.exists(out.resolve("neu/index.html")));
        assertFalse(Files.exists(out.resolve("alt")), "files of the previous build must be gone");
        try (Stream<Path> s = Files.list(temp)) {
            assertEquals(List.of("public"), s.map(p -> p.getFileName().toString()).toList(), "no staging or old folders left");
        }
    }

    @Test
    void buildsAtOnceEachStageInAFolderOfTheirOwn() throws IOException {
        Path out = temp.resolve("public");
        StagedDirectorySink sink = new StagedDirectorySink(out);
        List<OutputSink.Staging> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) open.add(sink.open());
            try (Stream<Path> s = Files.list(temp)) {
                List<String> names = s.map(p -> p.getFileName().toString()).toList();
                assertEquals(50, names.size(), names.toString());
                assertTrue(names.stream().allMatch(n -> n.matches("\\.public\\.staging-[0-9a-z]+")), names.toString());
            }
        } finally {
            for (OutputSink.Staging staging : open) staging.close();
        }
        try (Stream<Path> s = Files.list(temp)) {
            assertEquals(List.of(), s.toList(), "each staging folder removed when closed uncommitted");
        }
    }

    @Test
    void theOutputFolderIsReadableAsAPlainFolderAndKeepsTheRightsGivenIt() throws IOException {
        Path out = temp.resolve("public");
        // what mkdir makes under this process's umask (not the private rwx------ of a temp folder)
        Path plain = Files.createDirectory(temp.resolve("plain"));
        java.util.Set<java.nio.file.attribute.PosixFilePermission> mkdir = Files.getPosixFilePermissions(plain);
        Files.delete(plain);
        StagedDirectorySink sink = new StagedDirectorySink(out);
        sink.write(List.of(file("index.html", "eins")));
        assertEquals(mkdir, Files.getPosixFilePermissions(out));
        // chmod 751 public: the next build keeps it
        java.util.Set<java.nio.file.attribute.PosixFilePermission> given = java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x--x");
        Files.setPosixFilePermissions(out, given);
        sink.write(List.of(file("index.html", "zwei")));
        assertEquals(given, Files.getPosixFilePermissions(out));
        assertEquals("zwei", Files.readString(out.resolve("index.html")));
    }

    @Test
    void anOutputFolderThatIsALinkStaysALinkToTheNewSite() throws IOException {
        Path real = Files.createDirectory(temp.resolve("real"));
        Path link = Files.createSymbolicLink(temp.resolve("public"), real);
        new StagedDirectorySink(link).write(List.of(file("index.html", "eins")));
        new StagedDirectorySink(link).write(List.of(file("index.html", "zwei")));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("zwei", Files.readString(link.resolve("index.html")));
        assertEquals("zwei", Files.readString(temp.resolve("real/index.html")));
        try (Stream<Path> s = Files.list(temp)) {
            assertEquals(List.of("public", "real"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no staging or old folders left");
        }
    }

    @Test
    void filesOfEverySizeAreWrittenByteForByte() throws IOException {
        Path out = temp.resolve("public");
        byte[] large = new byte[1_300_000]; // written in pieces
        new java.util.Random(3).nextBytes(large);
        byte[] exact = java.util.Arrays.copyOf(large, 512 * 1024);
        new StagedDirectorySink(out).write(List.of(new RenderedFile("leer.txt", new byte[0]),
                new RenderedFile("gross.bin", large), new RenderedFile("genau.bin", exact), file("a/b/c.html", "ü")));
        assertEquals(0, Files.size(out.resolve("leer.txt")));
        org.junit.jupiter.api.Assertions.assertArrayEquals(large, Files.readAllBytes(out.resolve("gross.bin")));
        org.junit.jupiter.api.Assertions.assertArrayEquals(exact, Files.readAllBytes(out.resolve("genau.bin")));
        assertEquals("ü", Files.readString(out.resolve("a/b/c.html")));
    }

    @Test
    void failureWhileWritingLeavesThePreviousOutputUntouched() throws IOException {
        Path out = temp.resolve("public");
        StagedDirectorySink sink = new StagedDirectorySink(out);
        sink.write(List.of(file("index.html", "vorher"), file("a/index.html", "a")));
        // a file and a folder of the same name cannot both be written: the second build fails half-way
        List<RenderedFile> broken = List.of(file("index.html", "nachher"), file("x", "datei"), file("x/index.html", "ordner"));
        assertThrows(IOException.class, () -> sink.write(broken));
        assertEquals("vorher", Files.readString(out.resolve("index.html")));
        assertEquals("a", Files.readString(out.resolve("a/index.html")));
        try (Stream<Path> s = Files.list(temp)) {
            assertEquals(List.of("public"), s.map(p -> p.getFileName().toString()).toList(), "the staging folder is cleaned up");
        }
    }

    @Test
    void unsafePathsAreRefusedBeforeAnythingIsWritten() {
        assertThrows(IllegalArgumentException.class, () -> file("../x.html", ""));
        assertThrows(IllegalArgumentException.class, () -> file("/etc/x", ""));
        assertThrows(IllegalArgumentException.class, () -> file("a/./b", ""));
    }

    @Test
    void memorySinkKeepsTheLastCommittedSite() throws IOException {
        MemorySink sink = new MemorySink();
        sink.write(List.of(file("b.html", "b"), file("a.html", "a")));
        assertEquals(List.of("a.html", "b.html"), List.copyOf(sink.files().keySet()));
        try (OutputSink.Staging s = sink.open()) {
            s.write(file("c.html", "c"));
        }
        assertEquals(List.of("a.html", "b.html"), List.copyOf(sink.files().keySet()), "a staging output never committed is not seen");
    }

    @Test
    void filesWrittenButNotCommittedNeverReachTheOutput() throws IOException {
        Path out = temp.resolve("public");
        StagedDirectorySink sink = new StagedDirectorySink(out);
        sink.write(List.of(file("index.html", "vorher")));
        try (OutputSink.Staging s = sink.open()) {
            s.write(file("index.html", "nachher"));
            s.write(file("neu/index.html", "neu"));
            // a later stage (the link check) fails: the build closes without commit
        }
        assertEquals("vorher", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("neu")));
        try (Stream<Path> s = Files.list(temp)) {
            assertEquals(List.of("public"), s.map(p -> p.getFileName().toString()).toList(), "the staging folder is removed");
        }
    }

    @Test
    void aPathWrittenTwiceIsAnError() throws IOException {
        StagedDirectorySink sink = new StagedDirectorySink(temp.resolve("public"));
        try (OutputSink.Staging s = sink.open()) {
            s.write(file("a/index.html", "eins"));
            IOException e = assertThrows(IOException.class, () -> s.write(file("a/index.html", "zwei")));
            assertTrue(e.getMessage().contains("written twice: a/index.html"), e.getMessage());
        }
        MemorySink memory = new MemorySink();
        try (OutputSink.Staging s = memory.open()) {
            s.write(file("a.html", "eins"));
            assertThrows(IOException.class, () -> s.write(file("a.html", "zwei")));
        }
    }
    @Test
    void workersWritingIntoTheSameNewFoldersAtOnceAllSucceed() throws Exception {
        Path out = temp.resolve("public");
        StagedDirectorySink sink = new StagedDirectorySink(out);
        int workers = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        try (OutputSink.Staging s = sink.open()) {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(workers);
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                // every worker's files lie in the same deep folders, none made yet: they race for each one
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 40; i++) s.write(file("a/b" + i % 5 + "/c" + i + "/d/" + worker + ".html", worker + "-" + i));
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) f.get();
            s.commit();
        } finally {
            pool.shutdownNow();
        }
        for (int w = 0; w < workers; w++)
            for (int i = 0; i < 40; i++)
                assertEquals(w + "-" + i, Files.readString(out.resolve("a/b" + i % 5 + "/c" + i + "/d/" + w + ".html")));
    }

    @Test
    void aFileWhereAFolderMustGoIsAnError() throws IOException {
        StagedDirectorySink sink = new StagedDirectorySink(temp.resolve("public"));
        try (OutputSink.Staging s = sink.open()) {
            s.write(file("a/b", "eine Datei"));
            assertThrows(IOException.class, () -> s.write(file("a/b/index.html", "darunter")));
        }
    }
}
