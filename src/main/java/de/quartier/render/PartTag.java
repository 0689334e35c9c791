package de.quartier.render;

import de.quartier.model.RenderedPart;
import io.pebbletemplates.pebble.cache.CacheKey;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.lexer.TokenStream;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.CacheNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import io.pebbletemplates.pebble.utils.LimitedSizeWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Templates' {@code {% cache key %}…{% endcache %}}, in place of Pebble's own: the same syntax and
 * the same text, but a part kept by {@link RenderedParts} is kept as its UTF-8 bytes alone, and a
 * page's writer that takes parts ({@link PartSink}) gets those bytes. Pebble's tag keeps the text,
 * which a page then encodes again; keeping both forms held each card twice until the build's end.
 */
public final class PartTag extends AbstractExtension {
    @Override
    public List<TokenParser> getTokenParsers() {
        return List.of(new Parse());
    }

    /** Where a page is written, if it takes a part's bytes as they are. */
    public interface PartSink {
        void write(RenderedPart part) throws IOException;
    }

    /** As Pebble's CacheTokenParser reads the tag. */
    private static final class Parse implements TokenParser {
        @Override
        public String getTag() {
            return "cache";
        }

        @Override
        public RenderableNode parse(Token token, Parser parser) {
            TokenStream stream = parser.getStream();
            stream.next();
            Expression<?> name = parser.getExpressionParser().parseExpression();
            stream.next();
            BodyNode body = parser.subparse(t -> t.test(Token.Type.NAME, "endcache"));
            stream.next();
            stream.expect(Token.Type.EXECUTE_END);
            return new PartNode(token.getLineNumber(), name, body);
        }
    }

    /** A CacheNode, so that the part's key (Pebble's CacheKey) takes it. */
    private static final class PartNode extends CacheNode {
        private final Expression<?> name;
        private final BodyNode body;

        PartNode(int line, Expression<?> name, BodyNode body) {
            super(line, name, body);
            this.name = name;
            this.body = body;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            Object part;
            try {
                part = context.getTagCache().computeIfAbsent(new CacheKey(this, (String) name.evaluate(self, context), context.getLocale()), k -> {
                    try {
                        Writer text = LimitedSizeWriter.from(new StringWriter(), context);
                        body.render(self, text, context);
                        return text.toString();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (CompletionException e) {
                throw new PebbleException(e, "Could not render cache block [" + name + "]");
            }
            if (!(part instanceof RenderedPart bytes)) writer.write((String) part);
            else if (writer instanceof PartSink sink) sink.write(bytes);
            // inside another part's body, which is kept as text first
            else writer.write(new String(bytes.utf8(), StandardCharsets.UTF_8));
        }
    }
}
