package de.quartier.source;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.diag.Suggestions;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The keys of a mapping that its collection does not know: a typo, or a blank forgotten after a colon. */
public final class UnknownKeys {
    private UnknownKeys() {
    }

    /** A key written for {@code key}, misspelt or in German ("adress", "titel"), if the mapping has one. */
    public static java.util.Optional<Node.Pair> writtenFor(Node.Mapping map, String key) {
        for (Node.Pair p : map.pairs()) {
            String written = p.key().value();
            if (!written.equals(key) && Suggestions.key(written, java.util.Set.of(key)).isPresent()) return java.util.Optional.of(p);
        }
        return java.util.Optional.empty();
    }

    /** @param prefix how to name the mapping's keys in messages, e.g. "address." (or "") */
    static void report(Node.Mapping map, Set<String> known, String prefix, Diagnostics diagnostics) {
        Set<String> free = null;
        for (Node.Pair p : map.pairs()) {
            String key = p.key().value();
            if (known.contains(key)) continue;
            // {required:true, …}: inside braces YAML takes `required:true` for a key of its own, so the
            // field would silently be missing (the page said "Anmeldung: nicht nötig"): an error
            int colon = key.indexOf(':');
            if (colon > 0 && colon < key.length() - 1 && known.contains(key.substring(0, colon)) && !Character.isWhitespace(key.charAt(colon + 1))) {
                String name = key.substring(0, colon);
                diagnostics.error(Code.YAML_SYNTAX, p.key().at(), "no blank after `" + prefix + name + ":`, so YAML reads `" + key
                        + "` as one key, and `" + prefix + name + "` is not set", "put a blank after the colon: `" + name + ": " + key.substring(colon + 1) + "`");
                continue;
            }
            // a key written already is not the one meant: following the hint would write it twice
            // (made at the first unknown key: most mappings have none)
            if (free == null) {
                free = new TreeSet<>(known);
                for (Node.Pair written : map.pairs()) free.remove(written.key().value());
            }
            Optional<String> near = Suggestions.key(key, free);
            if (near.isPresent()) {
                // the editor meant a field the record lacks: its value would be left out of the page without a word
                diagnostics.error(Code.UNKNOWN_KEY, p.key().at(), "`" + prefix + key + "`: unknown key, so its value is not published; did you mean `"
                        + prefix + near.get() + "`?", "write `" + near.get() + ":`");
                continue;
            }
            Optional<String> written = Suggestions.key(key, known);
            String message = "`" + prefix + key + "`: unknown key" + written.map(w -> "; `" + prefix + w + "` is written already, and this value is not read").orElse("");
            diagnostics.warning(Code.UNKNOWN_KEY, p.key().at(), message,
                    written.isPresent() ? "remove one of the two" : "known keys here: " + String.join(", ", new TreeSet<>(known)));
        }
    }
}
