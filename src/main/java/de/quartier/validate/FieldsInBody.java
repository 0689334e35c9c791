package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import de.quartier.source.ParsedRecord;
import de.quartier.source.SourceFile;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code ---} among the fields ends the front matter there: the fields below it become the
 * first lines of the text, and are published as text instead of as what they are (a missing
 * required field is named anyway, an optional one would be lost without a word). Field names are
 * English and lower case, so German text ("Kosten: 5 €") is not taken for one.
 */
final class FieldsInBody {
    private static final Pattern FIELD_LINE = Pattern.compile("([a-z_]+)[ \\t]*:(?:[ \\t]|$).*");

    private FieldsInBody() {
    }

    static void check(ParsedRecord record, Set<String> keys, Diagnostics diagnostics) {
        if (record.file().format() != SourceFile.Format.MARKDOWN || keys == null) return;
        String[] lines = record.body().split("\n", -1);
        boolean started = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.isEmpty()) {
                if (started) return;   // the text's first paragraph only
                continue;
            }
            started = true;
            Matcher m = FIELD_LINE.matcher(line);
            if (m.matches() && keys.contains(m.group(1))) {
                diagnostics.error(Code.FIELD_IN_BODY, new SourceSpan(record.file().path(), record.bodyLine() + i, 1, m.group(1).length()),
                        "`" + m.group(1) + ":` is in the text, below the `---` that ends the fields: it would be published as text, not as the field",
                        "all fields stand between the file's first `---` line and the next one: remove the `---` line above this one");
                return;
            }
        }
    }
}
