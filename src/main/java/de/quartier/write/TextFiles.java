package de.quartier.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Small text files an editor asked for by name: schemas, a new record's skeleton, a new site. Each
 * is written inside a given folder (the site, or one the user named) and never through a symbolic
 * link that leads out of it ({@link LinkedOutside}).
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** Writes each file (name → text) into the folder, which lies in root (or is it), replacing files of the same name. */
    public static void writeAll(Path root, Path folder, Map<String, String> files) throws IOException {
        for (String name : files.keySet()) LinkedOutside.check(root, folder.resolve(name));
        Files.createDirectories(folder);
        for (Map.Entry<String, String> f : files.entrySet())
            Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }

    /**
     * Writes a new file; never replaces one.
     *
     * @throws FileAlreadyExistsException if the file exists (nothing is written)
     */
    public static void create(Path root, Path file, String text) throws IOException {
        LinkedOutside.check(root, file);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * A new folder's files (path → text; a path ending in "/" is an empty folder), each created new.
     *
     * @throws FileAlreadyExistsException if one of the files exists (those before it are written)
     * @throws LinkedOutside              if a link in the folder leads out of it (nothing is written)
     */
    public static void createAll(Path folder, Map<String, String> files) throws IOException {
        for (String name : files.keySet()) LinkedOutside.check(folder, folder.resolve(name));
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getKey().endsWith("/")) Files.createDirectories(folder.resolve(f.getKey()));
            else create(folder, folder.resolve(f.getKey()), f.getValue());
        }
    }

    /** Adds to a text file the lines it lacks (an existing .gitignore), each on a line of its own at the end. */
    public static void appendMissingLines(Path root, Path file, java.util.List<String> lines) throws IOException {
        LinkedOutside.check(root, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        java.util.Set<String> has = new java.util.HashSet<>(text.lines().map(String::strip).toList());
        StringBuilder more = new StringBuilder();
        for (String l : lines) if (!has.contains(l.strip())) more.append(l).append('\n');
        if (more.length() == 0) return;
        if (!text.isEmpty() && !text.endsWith("\n")) more.insert(0, '\n');
        Files.writeString(file, more.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
