package de.quartier.write;

import de.quartier.model.RenderedFile;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the site into a staging directory beside the target and swaps it in whole: a build that
 * fails while writing leaves the previous output exactly as it was. The old output is removed
 * only after the new one is in place.
 */
public final class StagedDirectorySink implements OutputSink {
    private final Path target;

    public StagedDirectorySink(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    @Override
    public void write(List<RenderedFile> files) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Path staging = Files.createTempDirectory(parent, "." + name + ".staging-");
        try {
            Set<Path> made = new HashSet<>();
            for (RenderedFile f : files) {
                Path p = staging.resolve(f.path()).normalize();
                if (!p.startsWith(staging)) throw new IOException("output path leaves the output folder: " + f.path());
                Path dir = p.getParent();
                if (made.add(dir)) Files.createDirectories(dir);
                Files.write(p, f.content());
            }
            swapIn(staging, parent, name);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private void swapIn(Path staging, Path parent, String name) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = parent.resolve("." + name + ".old-" + staging.getFileName().toString().replaceAll(".*staging-", ""));
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE); // put the previous site back
            throw e;
        }
        if (old != null) deleteTree(old);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
