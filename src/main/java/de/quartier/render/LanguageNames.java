package de.quartier.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of languages, in themselves ("Türkçe") and in each language the default theme has pages in,
 * from a table shipped in the jar ({@value #TABLE}, written by {@code LanguageNamesTable}). The JDK's names change with its locale data
 * (Java 17 calls Kurdish "kurdî", Java 25 "kurdî (kurmancî)"), and a page must not change with the
 * JDK that built it. The table is the locale data of the JDK named in its first line, and
 * {@code JdkIndependenceIT} checks it against that JDK. Other page languages ask the JDK.
 */
final class LanguageNames {
    static final String TABLE = "language-names.tsv";

    /** The columns after the code: the name in itself, then in each page language. */
    static final List<String> PAGE_LANGUAGES = List.of("de", "en", "tr", "ar", "uk", "ru");

    /** code → its names: [0] in itself, then in the order of {@link #PAGE_LANGUAGES}; "" where there is none. */
    private static final class Table {
        // read at first use, not when the table's writer asks for PAGE_LANGUAGES
        static final Map<String, String[]> NAMES = read();
    }

    private LanguageNames() {
    }

    /** The language's name in itself as the table has it, "" where it has none; null for a code not in the table. */
    static String own(String code) {
        String[] names = Table.NAMES.get(code);
        return names == null ? null : names[0];
    }

    /**
     * The language's name in the page language, "" where the table has none; null where the table
     * does not answer (a code or a page language not in it).
     */
    static String in(String code, String pageLanguage) {
        String[] names = Table.NAMES.get(code);
        int column = PAGE_LANGUAGES.indexOf(pageLanguage);
        return names == null || column < 0 ? null : names[column + 1];
    }

    private static Map<String, String[]> read() {
        Map<String, String[]> names = new HashMap<>();
        try (InputStream in = LanguageNames.class.getResourceAsStream(TABLE)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + TABLE);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length != PAGE_LANGUAGES.size() + 2) throw new IllegalStateException(TABLE + ": not " + (PAGE_LANGUAGES.size() + 2) + " cells: " + line);
                String[] row = new String[PAGE_LANGUAGES.size() + 1];
                System.arraycopy(cells, 1, row, 0, row.length);
                names.put(cells[0], row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
