package de.quartier.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A symbolic link in a folder Quartier writes into (the site, or a folder the user named) that
 * leads out of it: a committed {@code content/news} or {@code public} link would otherwise have a
 * build, {@code new}, {@code schema} or {@code init} write, or delete, files anywhere the link
 * points. Thrown before anything is written.
 */
public final class LinkedOutside extends IOException {
    private final Path link;
    private final Path target;

    private LinkedOutside(Path link, Path target, String message) {
        super(message);
        this.link = link;
        this.target = target;
    }

    /** The link, relative to the folder it lies in ("content/news"). */
    public Path link() {
        return link;
    }

    /** Where it leads (null: nowhere, a link to nothing). */
    public Path target() {
        return target;
    }

    /**
     * Checks that writing {@code file} stays in {@code root}: no symbolic link on the way from
     * {@code root} down to it (the file itself included) leads out of {@code root}, nor to nothing.
     * Links that stay inside are followed as before.
     *
     * @throws LinkedOutside naming the first such link
     */
    public static void check(Path root, Path file) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path full = file.toAbsolutePath().normalize();
        if (!full.startsWith(base)) throw new IllegalArgumentException(file + " is not in " + root);
        if (!Files.exists(base)) return; // a new folder: nothing in it can be a link yet
        Path realBase = base.toRealPath();
        Path at = base;
        for (Path part : base.relativize(full)) {
            at = at.resolve(part);
            if (!Files.isSymbolicLink(at)) {
                if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) return; // made new from here on
                continue;
            }
            Path rel = base.relativize(at);
            Path real;
            try {
                real = at.toRealPath();
            } catch (NoSuchFileException e) {
                throw new LinkedOutside(rel, null, slashes(rel) + " is a symbolic link to nothing (" + Files.readSymbolicLink(at)
                        + "); nothing is written through it: delete the link");
            }
            if (!real.startsWith(realBase))
                throw new LinkedOutside(rel, real, slashes(rel) + " is a symbolic link to " + real + ", outside "
                        + (base.equals(realBase) ? base : realBase) + "; nothing is written through it: replace the link with a folder or file of its own");
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
