package de.quartier.validate;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import de.quartier.model.BodyLink;
import de.quartier.model.SourceSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * The links and images written in a Markdown body, each with the line and column of its target in
 * the file, so a broken one is reported where the editor wrote it.
 */
final class BodyLinks {
    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    private BodyLinks() {
    }

    /**
     * @param bodyLine the file line the body starts on; columns are exact for front-matter files
     *                 (the body starts at column 1) and relative to the block for YAML bodies
     */
    static List<BodyLink> of(String body, String path, int bodyLine) {
        List<BodyLink> out = new ArrayList<>();
        if (body.isBlank() || (body.indexOf('[') < 0 && body.indexOf('<') < 0)) return out;
        collect(PARSER.parse(body), body, path, bodyLine, out);
        return out;
    }

    private static void collect(Node node, String body, String path, int bodyLine, List<BodyLink> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            BasedSequence url = n instanceof Link l ? l.getUrl()
                    : n instanceof Image i ? i.getUrl()
                    : n instanceof Reference r ? r.getUrl() : null;
            if (url != null && !url.isEmpty()) out.add(new BodyLink(url.toString(), at(body, url.getStartOffset(), url.length(), path, bodyLine)));
            if (!(n instanceof ImageRef)) collect(n, body, path, bodyLine, out);
        }
    }

    private static SourceSpan at(String body, int offset, int length, String path, int bodyLine) {
        int line = bodyLine;
        int lineStart = 0;
        for (int i = 0; i < offset && i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceSpan(path, line, offset - lineStart + 1, length);
    }
}
