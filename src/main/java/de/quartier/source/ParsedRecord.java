package de.quartier.source;

import java.util.Objects;

/**
 * A record file after parse: its front matter (or plain YAML) as a mapping, and its Markdown
 * body with the line the body starts on.
 */
public record ParsedRecord(SourceFile file, Node.Mapping fields, String body, int bodyLine) {
    public ParsedRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fields, "fields");
        body = body == null ? "" : body;
    }
}
