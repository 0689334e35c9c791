package de.quartier.build;

import de.quartier.diag.Diagnostic;
import de.quartier.model.Entry;
import de.quartier.source.SourceFile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records parsed and checked before, for a process that checks the same site again and again (the
 * preview): a record file whose text is unchanged is not parsed and checked again while what it is
 * checked against (the config, the media files) is unchanged. Its problems are kept with it and
 * reported again every time.
 */
final class RecordCache {
    /**
     * One record file's outcome: the record, if it is valid enough to be one, its problems, whether
     * it is a draft, and, if it is no record, the references it makes.
     */
    record Checked(Optional<Entry> entry, List<Diagnostic> diagnostics, List<de.quartier.diag.Diagnostics.Removal> removed, boolean draft,
                   List<de.quartier.model.UncheckedRefs> refs) {
    }

    private final Map<SourceFile, Checked> checked = new ConcurrentHashMap<>();
    private volatile List<Object> context = List.of();

    /** Forgets everything when the records would be checked against something else. */
    void checkAgainst(List<Object> context) {
        if (!sameContext(context)) {
            checked.clear();
            this.context = context;
        }
    }

    /** The config's text, then the media files (compared by identity: the read cache hands out the same arrays while a file is unchanged). */
    private boolean sameContext(List<Object> other) {
        List<Object> now = context;
        if (now.size() != other.size()) return false;
        for (int i = 0; i < now.size(); i++) {
            Object a = now.get(i);
            Object b = other.get(i);
            if (a instanceof byte[] ? a != b : !java.util.Objects.equals(a, b)) return false;
        }
        return true;
    }

    Checked get(SourceFile file) {
        return checked.get(file);
    }

    void put(SourceFile file, Checked outcome) {
        checked.put(file, outcome);
    }

    /**
     * Keeps only the files of the last load (deleted, renamed and earlier versions of edited files
     * go), once a few have gathered: forgetting them costs a pass over the whole site.
     */
    void retain(java.util.Collection<SourceFile> files) {
        if (checked.size() > files.size() + 64) checked.keySet().retainAll(new java.util.HashSet<>(files));
    }
}
