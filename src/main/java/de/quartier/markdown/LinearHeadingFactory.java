package de.quartier.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.Set;

/**
 * Flexmark's heading parser, asked only about lines that can be a heading. Flexmark's own asks
 * for the open paragraph's whole content on every line before it looks at the line, so a body
 * of one long paragraph (a table of 20,000 rows is one until it is read as a table) took time
 * that grew with the square of its lines. A heading line starts with {@code #} (ATX) or is a
 * line of {@code =} or {@code -} (setext); on any other line the library's parser starts
 * nothing either, so asking it only then gives the same document.
 */
final class LinearHeadingFactory implements CustomBlockParserFactory {
    private final CustomBlockParserFactory library = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = library.apply(options);
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            char first = at < line.length() ? line.charAt(at) : '\0';
            return first == '#' || first == '=' || first == '-' ? headings.tryStart(state, matched) : BlockStart.none();
        };
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
