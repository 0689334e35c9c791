package de.quartier.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** The one way a body's Markdown is parsed, by validate and render alike. */
public final class MarkdownParser {
    private MarkdownParser() {
    }

    /**
     * Flexmark's parser of these options with {@link LinearInlineParser} and, in place of the
     * library's heading parser, {@link LinearHeadingFactory}. The library adds its reading of
     * reference definitions ("[r]: /x/") only with its own inline parser; here it is added back.
     */
    public static Parser of(DataHolder options) {
        MutableDataSet set = new MutableDataSet(options);
        set.set(Parser.HEADING_PARSER, false);
        return Parser.builder(set).customInlineParserFactory(LinearInlineParser.FACTORY)
                .customBlockParserFactory(new LinearHeadingFactory())
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
    }
}
