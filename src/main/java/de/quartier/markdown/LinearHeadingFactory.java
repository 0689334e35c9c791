package de.quartier.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.Set;

/**
 * Flexmark's heading parser, asked only about lines that can be a heading. Flexmark's own asks
 * for the open paragraph's whole content on every line before it looks at the line, so a body
 * of one long paragraph (a table of 20,000 rows is one until it is read as a table) took time
 * that grew with the square of its lines. A heading line starts with one to six {@code #} and a
 * blank or its end (ATX; with the library's options for headings without that blank, any
 * {@code #}), or is a line of only {@code =} or only {@code -} (setext); on any other line the
 * library's parser starts nothing either, so asking it only then gives the same document. So
 * a paragraph of "#Nachbarschaft" or "-3 Grad" lines is read in linear time too.
 */
final class LinearHeadingFactory implements CustomBlockParserFactory {
    private final CustomBlockParserFactory library = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = library.apply(options);
        boolean anyHash = Parser.HEADING_NO_ATX_SPACE.get(options) || Parser.HEADING_NO_EMPTY_HEADING_WITHOUT_SPACE.get(options);
        return (state, matched) -> mayBeHeading(state.getLine(), state.getNextNonSpaceIndex(), anyHash)
                ? headings.tryStart(state, matched) : BlockStart.none();
    }

    /** Whether the line from {@code at} on has a heading's shape; a line that has it may still be none. */
    static boolean mayBeHeading(CharSequence line, int at, boolean anyHash) {
        if (at >= line.length()) return false;
        char first = line.charAt(at);
        int end = at;
        while (end < line.length() && line.charAt(end) == first) end++;
        if (first == '#') return anyHash || end - at <= 6 && (end == line.length() || isBlankOrEnd(line.charAt(end)));
        if (first != '=' && first != '-') return false;
        for (int i = end; i < line.length(); i++) if (!isBlankOrEnd(line.charAt(i))) return false;
        return true;
    }

    private static boolean isBlankOrEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return library.getLeadInHandler(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return library.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return library.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return library.affectsGlobalScope();
    }
}
