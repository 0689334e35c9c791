package de.quartier.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files read before, for a process that loads the same site again and again (the preview): a file
 * whose size and modification time are unchanged is not read again. Only files that were read
 * without a problem are kept, so every problem is reported again on every load.
 *
 * <p>A file read less than {@link #RACY_MS} after it was changed is read again next time: a second
 * save within the same tick of the file system's clock (two seconds on FAT) could keep both its
 * size and its time, as git's "racily clean" entries show.
 */
public final class ReadCache {
    private record Known(long size, long modified, long readAt, Object content) {
        boolean same(long size, long modified) {
            return this.size == size && this.modified == modified && readAt - modified >= RACY_MS * 1_000_000L;
        }
    }

    static final long RACY_MS = 2_000;

    private final Map<Path, Known> files = new ConcurrentHashMap<>();

    /** The decoded text of a record file, if it is unchanged since it was read ({@code time}: its modification time, if known). */
    String text(Path real, long size, java.nio.file.attribute.FileTime time) throws IOException {
        Known k = files.get(real);
        return k != null && k.same(size, modified(real, time)) && k.content() instanceof String s ? s : null;
    }

    /** @param readAt when reading began ({@link #now()}) */
    void keepText(Path real, long size, java.nio.file.attribute.FileTime time, long readAt, String text) throws IOException {
        files.put(real, new Known(size, modified(real, time), readAt, text));
    }

    /** The bytes of a media or theme file: the ones read before while it is unchanged (the same array, so callers can tell). */
    byte[] bytes(Path real, long size) throws IOException {
        long modified = modified(real);
        Known k = files.get(real);
        if (k != null && k.same(size, modified) && k.content() instanceof byte[] b) return b;
        long readAt = now();
        byte[] b = Files.readAllBytes(real);
        files.put(real, new Known(b.length, modified, readAt, b));
        return b;
    }

    /** Wall-clock time in the file system's terms (nanoseconds since the epoch). */
    static long now() {
        java.time.Instant t = java.time.Instant.now();
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private static long modified(Path real) throws IOException {
        return modified(real, null);
    }

    private static long modified(Path real, java.nio.file.attribute.FileTime time) throws IOException {
        java.time.Instant t = (time != null ? time : Files.getLastModifiedTime(real)).toInstant();
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
