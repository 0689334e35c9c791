package de.quartier.source;

import java.util.Objects;

/**
 * A record file after parse: its front matter (or plain YAML) as a mapping, and its Markdown
 * body with the line the body starts on and, for a YAML record's {@code body: |}, the spaces its
 * lines are indented by in the file (which the body's text is without).
 */
public record ParsedRecord(SourceFile file, Node.Mapping fields, String body, int bodyLine, int bodyIndent) {
    public ParsedRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fields, "fields");
        body = body == null ? "" : body;
    }

    /** A body that starts in the file's first column (a Markdown file's). */
    public ParsedRecord(SourceFile file, Node.Mapping fields, String body, int bodyLine) {
        this(file, fields, body, bodyLine, 0);
    }
}
