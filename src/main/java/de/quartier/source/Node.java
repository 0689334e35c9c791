package de.quartier.source;

import de.quartier.model.SourceSpan;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value as written, with its position; scalars keep their text, never a type guessed
 * by YAML 1.1 ("14:00" stays "14:00", "01067" stays "01067", "no" stays "no").
 */
public sealed interface Node {
    SourceSpan at();

    /** "text", "a list" or "a mapping", for messages. */
    String kindName();

    /** How a scalar was written; matters for pointing into its text. */
    enum Style { PLAIN, QUOTED, BLOCK }

    record Scalar(String value, Style style, SourceSpan at) implements Node {
        public Scalar {
            value = value == null ? "" : value;
        }

        @Override
        public String kindName() {
            return "text";
        }

        /**
         * Nothing written, or YAML's sign for nothing ({@code ~}) unquoted: never published as text.
         * The word {@code null} stays text: in German it is a number ("null Euro").
         */
        public boolean isEmpty() {
            return value.isBlank() || style == Style.PLAIN && value.equals("~");
        }

        /**
         * The position of character {@code offset} of the value, where it can be known: exact for
         * plain and single-line quoted scalars, the scalar's start otherwise.
         */
        public SourceSpan charAt(int offset, int length) {
            return switch (style) {
                // a plain value folded over lines has no '\n' in it, but its span (of length 1) says so
                case PLAIN -> value.indexOf('\n') < 0 && at.length() == value.length() ? at.shifted(offset, length) : at;
                case QUOTED -> value.indexOf('\n') < 0 && at.length() == value.length() + 2 ? at.shifted(1 + offset, length) : at;
                case BLOCK -> at;
            };
        }
    }

    record Sequence(List<Node> items, SourceSpan at) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    record Mapping(List<Pair> pairs, SourceSpan at) implements Node {
        public Mapping {
            pairs = List.copyOf(pairs);
        }

        @Override
        public String kindName() {
            return "a mapping";
        }

        public Optional<Pair> pair(String key) {
            for (Pair p : pairs) if (p.key().value().equals(key)) return Optional.of(p);
            return Optional.empty();
        }
    }

    /** One "key: value" of a mapping. */
    record Pair(Scalar key, Node value) {
    }
}
