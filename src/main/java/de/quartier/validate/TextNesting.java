package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import de.quartier.source.ParsedRecord;

/**
 * A body nested deeper than anyone writes (quotes in quotes, lists in lists, by markers or by
 * indentation) is an error at its line: the Markdown library descends once per level, and a
 * line of thousands of "&gt;" overflowed its stack while the page was made. So did a line that
 * begins with thousands of "_", "*" or "-" (its pattern for a dividing line repeats a group).
 */
final class TextNesting {
    /** Levels no text needs; the library copes with several hundred. */
    static final int MAX = 50;
    /** "_", "*" or "-" at a line's start: a dividing line needs three. */
    static final int MAX_RULE = 200;

    private TextNesting() {
    }

    static void check(ParsedRecord record, Diagnostics diagnostics) {
        String body = record.body();
        int line = 0;
        for (int start = 0; start <= body.length(); line++) {
            int end = body.indexOf('\n', start);
            if (end < 0) end = body.length();
            int depth = depth(body, start, end);
            int rule = ruleMarks(body, start, end);
            if (rule > MAX_RULE) {
                diagnostics.error(Code.TEXT_LIMIT, new SourceSpan(record.file().path(), record.bodyLine() + line, record.bodyIndent() + 1, 1),
                        "the line begins with " + rule + " of `_`, `*` or `-`; more than " + MAX_RULE + " are not read",
                        "a dividing line needs three: `---`");
                return;
            }
            if (depth > MAX) {
                diagnostics.error(Code.TEXT_LIMIT, new SourceSpan(record.file().path(), record.bodyLine() + line, record.bodyIndent() + 1, 1),
                        "the text is nested " + depth + " levels deep (quotes or lists in each other); more than " + MAX + " are not read",
                        "write it with fewer `>`, list markers or indentation");
                return;   // one is enough: the rest of such a text is alike
            }
            start = end + 1;
        }
    }

    /** How many "_", "*" or "-" the line begins with, blanks between them allowed. */
    static int ruleMarks(String text, int from, int to) {
        int marks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '_' || c == '*' || c == '-') marks++;
            else if (c != ' ' && c != '\t') break;
        }
        return marks;
    }

    /** Block markers (">", "-", "*", "+", "1." with a blank after them) at the line's start, and every two blanks of indentation. */
    static int depth(String text, int from, int to) {
        int depth = 0, blanks = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == ' ') {
                blanks++;
                i++;
            } else if (c == '\t') {
                blanks += 4;
                i++;
            } else if (c == '>') {
                depth++;
                i++;
                if (i < to && text.charAt(i) == ' ') i++;   // the blank after a marker is part of it
            } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == to || text.charAt(i + 1) == ' ')) {
                depth++;
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < to && j - i < 9 && Character.isDigit(text.charAt(j))) j++;
                if (j < to && (text.charAt(j) == '.' || text.charAt(j) == ')') && (j + 1 == to || text.charAt(j + 1) == ' ')) {
                    depth++;
                    i = j + 2;
                } else break;
            } else break;
        }
        return depth + blanks / 2;
    }
}
