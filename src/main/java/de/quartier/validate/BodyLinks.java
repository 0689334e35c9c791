package de.quartier.validate;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
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
 * the file, so a broken one is reported where the editor wrote it: Markdown links, images and
 * reference definitions, and in raw HTML the attributes the renderer keeps when it sanitises a
 * body ({@code a[href]} and {@code img[src]}, see render.Markdown); everything else raw HTML
 * holds is dropped there, so it links nowhere and is not reported.
 */
public final class BodyLinks {
    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        PARSER = de.quartier.markdown.MarkdownParser.of(options);
    }

    private BodyLinks() {
    }

    /** "scheme://…" as Flexmark's autolinks find it in text: the scheme, then what runs to a blank or a tag. */
    private static final java.util.regex.Pattern BARE_LINK = java.util.regex.Pattern.compile("(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*)://[^\\s<>]*");
    /** Punctuation after an address belongs to the sentence, as the autolinker reads it. */
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[.,:;!?)'\"]+$");

    private static boolean isWebScheme(String scheme) {
        return scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http");
    }

    /** Whether a body without markup holds an address of a scheme the page would not link ("ftp://"): only then is it parsed. */
    private static boolean hasBareLinkOfOtherScheme(String body) {
        if (!body.contains("://")) return false;
        java.util.regex.Matcher m = BARE_LINK.matcher(body);
        while (m.find()) if (!isWebScheme(m.group(1))) return true;
        return false;
    }

    /**
     * A body that starts in the file's first column (a Markdown file's).
     *
     * @param bodyLine the file line the body starts on
     */
    static Found of(String body, String path, int bodyLine) {
        return of(body, path, bodyLine, 0);
    }

    /**
     * Lines and columns are those of the file, also for a YAML record's {@code body: |}, whose
     * text is without the block's indentation.
     *
     * @param bodyIndent the spaces before each of the body's lines in the file
     */
    static Found of(String body, String path, int bodyLine, int bodyIndent) {
        Found found = new Found(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (body.isBlank() || (body.indexOf('[') < 0 && body.indexOf('<') < 0 && !body.contains("&#") && !hasBareLinkOfOtherScheme(body)))
            return found;
        com.vladsch.flexmark.util.ast.Document document = PARSER.parse(body);
        new Collector(body, path, bodyLine, bodyIndent, found, imageReferences(document)).collect(document);
        return found;
    }

    /** The body as the page's Markdown library reads it. */
    static com.vladsch.flexmark.util.ast.Document parse(String body) {
        return PARSER.parse(body);
    }

    static Found of(de.quartier.source.ParsedRecord record) {
        return of(record.body(), record.file().path(), record.bodyLine(), record.bodyIndent());
    }

    /**
     * The records a body links to ("offerings/x.md"), by collection: the links of a record with
     * errors of its own are looked up all the same, so one run reports a typo in them too.
     */
    public static java.util.Map<de.quartier.model.Collection, List<de.quartier.model.Ref>> recordLinks(de.quartier.source.ParsedRecord record) {
        java.util.Map<de.quartier.model.Collection, List<de.quartier.model.Ref>> out = new java.util.EnumMap<>(de.quartier.model.Collection.class);
        for (BodyLink l : of(record).links())
            if (de.quartier.model.ContentLink.parse(l.target()).orElse(null) instanceof de.quartier.model.ContentLink.ToRecord r)
                r.ref(l.at()).ifPresent(ref -> out.computeIfAbsent(r.collection(), k -> new ArrayList<>()).add(ref));
        return out;
    }

    /**
     * A body's links, and what was meant as one but is read as text, so that residents would see
     * it as written: "[Flyer](media/Mein Flyer.pdf)" (a space in the target), each with the whole
     * of it as its target; and the numeric character references the page will decode
     * ({@code &#7;}), outside code, which shows them as written; and the images that say nothing
     * to someone who cannot see them: {@code ![](media/x.png)}, {@code <img src="…">} without
     * {@code alt} ({@code alt=""} marks a picture as decoration, which an editor may mean).
     */
    record Found(List<BodyLink> links, List<BodyLink> unread, List<CharacterReferences.Written> references,
                 List<SourceSpan> imagesWithoutAlt, List<RemovedTag> removed, List<RemovedAttribute> removedAttributes) {
    }

    /** An element of raw HTML that the page leaves out ({@code <iframe>}, {@code <script>}), where it is written. */
    record RemovedTag(String name, SourceSpan at) {
    }

    /** An attribute that the page leaves out of an element it keeps ({@code <p style="…">}), at its name. */
    record RemovedAttribute(String tag, String name, SourceSpan at) {
    }

    /** The reference definitions that images use ({@code ![Logo][logo]} … {@code [logo]: media/logo.png}). */
    private static java.util.Set<Node> imageReferences(com.vladsch.flexmark.util.ast.Document document) {
        java.util.Set<Node> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Node n : document.getDescendants())
            if (n instanceof ImageRef r && r.isDefined()) {
                Node definition = r.getReferenceNode(document);
                if (definition != null) out.add(definition);
            }
        return out;
    }

    /** One body's walk: its raw HTML is read by one scanner, in order, as an HTML parser reads it. */
    private static final class Collector {
        private final String body;
        private final String path;
        private final int bodyLine;
        private final int bodyIndent;
        private final List<BodyLink> out;
        private final List<BodyLink> unread;
        private final List<CharacterReferences.Written> references;
        private final List<SourceSpan> withoutAlt;
        private final List<RemovedTag> removed;
        private final List<RemovedAttribute> removedAttributes;
        private final HtmlTagScanner html = new HtmlTagScanner();
        private final java.util.Set<Node> imageReferences;

        Collector(String body, String path, int bodyLine, int bodyIndent, Found found, java.util.Set<Node> imageReferences) {
            this.imageReferences = imageReferences;
            this.body = body;
            this.path = path;
            this.bodyLine = bodyLine;
            this.bodyIndent = bodyIndent;
            this.out = found.links();
            this.unread = found.unread();
            this.references = found.references();
            this.withoutAlt = found.imagesWithoutAlt();
            this.removed = found.removed();
            this.removedAttributes = found.removedAttributes();
        }

        void collect(Node node) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                // code shows "&#7;" as written; an inline comment is dropped by the sanitiser (a comment block
                // runs to its line's end, where HTML may follow: it is read as raw HTML, which skips comments)
                if (n instanceof Code || n instanceof CodeBlock || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock
                        || n instanceof HtmlInlineComment) continue;
                if (n instanceof HtmlEntity entity) {
                    references.add(new CharacterReferences.Written(entity.getChars().toString(), at(entity.getStartOffset(), entity.getTextLength())));
                    continue;
                }
                if (n instanceof HtmlBlockBase block) {
                    rawHtml(block.getContentChars());
                    continue;
                }
                if (n instanceof HtmlInlineBase inline) {
                    rawHtml(inline.getChars());
                    continue;
                }
                if (n instanceof Text text && text.getChars().indexOf("://") >= 0 && !insideLink(text)) bareLinks(text.getChars());
                if ((n instanceof LinkRef || n instanceof ImageRef) && !((com.vladsch.flexmark.ast.RefNode) n).isDefined()
                        && n.getNext() instanceof Text after) unread(n, after);
                BasedSequence url = n instanceof Link l ? l.getUrl()
                        : n instanceof com.vladsch.flexmark.ast.AutoLink a ? a.getUrl()
                        : n instanceof Image i ? i.getUrl()
                        : n instanceof Reference r ? r.getUrl() : null;
                // an empty link or image ("[Anmeldung]()") still renders href="": it is kept to be reported here;
                // an unused empty reference definition renders nothing
                if (url != null && !(url.isEmpty() && n instanceof Reference))
                    out.add(new BodyLink(url.toString(), at(url.getStartOffset(), url.length()), n instanceof Image || imageReferences.contains(n)));
                // an image's description becomes its alt text: links and HTML in it are not rendered as such
                if (n instanceof Image i && i.getText().isBlank() || n instanceof ImageRef r && r.isDefined() && r.getText().isBlank())
                    withoutAlt.add(at(n.getStartOffset(), n.getTextLength()));
                if (!(n instanceof Image) && !(n instanceof ImageRef)) collect(n);
            }
        }

        /**
         * An address written as text with a scheme other than http and https ("ftp://…", "file:///…"):
         * the renderer makes a link of it (Flexmark's autolinks) and the sanitiser then drops its
         * target, so it is reported like a link written as one. http and https addresses stay text here
         * as before: the renderer links them as they are.
         */
        private void bareLinks(BasedSequence text) {
            java.util.regex.Matcher m = BARE_LINK.matcher(text);
            while (m.find()) {
                if (isWebScheme(m.group(1))) continue;
                String url = TRAILING_PUNCTUATION.matcher(m.group()).replaceFirst("");
                out.add(new BodyLink(url, at(text.getStartOffset() + m.start(), url.length()), false));
            }
        }

        private static boolean insideLink(Node n) {
            for (Node p = n.getParent(); p != null; p = p.getParent())
                if (p instanceof com.vladsch.flexmark.ast.LinkNodeBase || p instanceof com.vladsch.flexmark.ast.RefNode) return true;
            return false;
        }

        /**
         * "[Flyer]" that no reference defines, and "(…)" right after it on the same line: a link
         * Markdown could not read (a space in the target), which would show as written.
         */
        private void unread(Node ref, Text after) {
            BasedSequence rest = after.getChars();
            if (rest.length() < 2 || rest.charAt(0) != '(') return;
            // the bracket that closes the first, on the same line: "(media/Flyer (2).pdf)"
            int close = -1;
            for (int i = 0, depth = 0; i < rest.length() && rest.charAt(i) != '\n' && close < 0; i++) {
                if (rest.charAt(i) == '(') depth++;
                else if (rest.charAt(i) == ')' && --depth == 0) close = i;
            }
            if (close < 0) return;
            int start = ref.getStartOffset();
            int end = rest.getStartOffset() + close + 1;
            unread.add(new BodyLink(body.substring(start, end), at(start, end - start)));
        }

        /**
         * The kept link attributes of a piece of raw HTML, and the elements and attributes the page
         * leaves out. The piece's characters may be gathered
         * from several lines (a block quote's "> " left out), so each is mapped back to the body.
         */
        private void rawHtml(BasedSequence piece) {
            CharacterReferences.scan(piece, (start, length) -> references.add(new CharacterReferences.Written(
                    piece.subSequence(start, start + length).toString(), at(piece.getIndexOffset(start), length))));
            List<HtmlTagScanner.Attribute> attributes = html.scan(piece);
            for (HtmlTagScanner.StartTag t : html.tags())
                if (!KeptHtml.TAGS.contains(t.name()) && !t.name().isEmpty())
                    removed.add(new RemovedTag(t.name(), at(piece.getIndexOffset(t.at()), t.name().length())));
            for (HtmlTagScanner.Attribute a : attributes) {
                if (KeptHtml.TAGS.contains(a.tag()) && !KeptHtml.keeps(a.tag(), a.name()))
                    removedAttributes.add(new RemovedAttribute(a.tag(), a.name(), at(piece.getIndexOffset(a.nameAt()), a.name().length())));
                if (!isKeptLink(a)) continue;
                out.add(new BodyLink(a.value(), at(piece.getIndexOffset(a.start()), a.length()), !a.tag().equals("a")));
                if (!a.tag().equals("a") && attributes.stream().noneMatch(b -> b.tagAt() == a.tagAt() && b.name().equals("alt")))
                    withoutAlt.add(at(piece.getIndexOffset(a.start()), a.length()));
            }
        }

        /** What the sanitiser keeps: an HTML parser reads {@code <image>} as {@code <img>}. */
        private static boolean isKeptLink(HtmlTagScanner.Attribute a) {
            return a.tag().equals("a") ? a.name().equals("href")
                    : (a.tag().equals("img") || a.tag().equals("image")) && a.name().equals("src");
        }

        private SourceSpan at(int offset, int length) {
            int line = bodyLine;
            int lineStart = 0;
            for (int i = 0; i < offset && i < body.length(); i++) {
                if (body.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new SourceSpan(path, line, bodyIndent + offset - lineStart + 1, length);
        }
    }
}
