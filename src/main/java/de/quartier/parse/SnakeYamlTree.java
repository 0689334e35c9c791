package de.quartier.parse;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import de.quartier.source.Node;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.List;
import java.util.Optional;

/**
 * A YAML text's {@link Node} tree as SnakeYAML composes it, with every mistake reported: for all
 * texts that {@link PlainYaml} leaves alone.
 */
final class SnakeYamlTree {
    private SnakeYamlTree() {
    }

    /**
     * Tags every scalar as text: the records' fields are read by their own rules, never by YAML's
     * implicit types (which would test each scalar against six patterns). Read-only once made.
     */
    private static final Resolver UNTYPED = new Resolver() {
        @Override
        protected void addImplicitResolvers() {
        }
    };

    /**
     * @param lineOffset lines in the file before the YAML text starts (1 for front matter)
     */
    static Optional<Node.Mapping> compose(String path, String yaml, int lineOffset, Diagnostics diagnostics) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(SourceParser.MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(SourceParser.MAX_DEPTH);
        options.setCodePointLimit(Math.max(yaml.length() + 16, 1024));
        options.setProcessComments(false);
        org.yaml.snakeyaml.nodes.Node root;
        try {
            // SnakeYAML's composer alone, as Yaml.compose does, without making a Yaml (its constructor
            // and representer) per file and with no implicit tags: only values, styles and positions are used
            root = new Composer(new ParserImpl(new StreamReader(yaml), options), UNTYPED, options).getSingleNode();
        } catch (MarkedYAMLException e) {
            YamlProblems.report(path, yaml, lineOffset, e, diagnostics);
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(Code.YAML_LIMIT, SourceSpan.startOf(path), "YAML: " + firstLine(e.getMessage()),
                    "records need no anchors, aliases or deep nesting; write the values out");
            return Optional.empty();
        } catch (StackOverflowError e) {
            diagnostics.error(Code.YAML_LIMIT, SourceSpan.startOf(path), "YAML is nested too deeply");
            return Optional.empty();
        }
        if (root == null) return Optional.of(new Node.Mapping(List.of(), SourceSpan.startOf(path)));
        NodeTreeBuilder converter = new NodeTreeBuilder(diagnostics, path, lineOffset, yaml);
        try {
            Node node = converter.convert(root, 0);
            if (node instanceof Node.Mapping m) return Optional.of(m);
            diagnostics.error(Code.WRONG_KIND, node.at(), "the fields must be keys and values (`title: …`), not " + node.kindName());
            return Optional.empty();
        } catch (NodeTreeBuilder.TooBig e) {
            diagnostics.error(Code.YAML_LIMIT, SourceSpan.startOf(path),
                    "YAML expands to more than " + SourceParser.MAX_NODES + " values (aliases used over and over?)",
                    "records need no anchors and aliases; write the values out");
            return Optional.empty();
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "invalid YAML";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
