package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.SourceSpan;
import de.quartier.source.ParsedRecord;

/**
 * A body nested deeper than anyone writes (quotes in quotes, lists in lists, by markers or by
 * indentation) is an error at its line: the Markdown library descends once per level, and a
 * line of thousands of "&gt;" overflowed its stack while the page was made. So did a line that
 * begins with thousands of "_", "*" or "-" (its pattern for a dividing line repeats a group),
 * and so did emphasis in emphasis a thousand times ("**a **a … b** b**"), which no line shows.
 */
final class TextNesting {
    /** Levels no text needs; the library copes with several hundred. */
    static final int MAX = 50;
    /** "_", "*" or "-" at a line's start: a dividing line needs three. */
    static final int MAX_RULE = 200;
    /** Blocks, emphasis, links and images in each other: the depth of the tree the page is made from. */
    static final int MAX_TREE = 100;
    /** Attributes of one HTML tag: the library's pattern for a tag repeats a group per attribute. */
    static final int MAX_ATTRIBUTES = 200;

    private TextNesting() {
    }

    /** @return whether the body can be read on: without an error here */
    static boolean check(ParsedRecord record, Diagnostics diagnostics) {
        return checkLines(record, diagnostics) && checkTags(record, diagnostics) && checkTree(record, diagnostics);
    }

    /** No tag with more than {@link #MAX_ATTRIBUTES} attributes (counted as words before its {@code >}). */
    private static boolean checkTags(ParsedRecord record, Diagnostics diagnostics) {
        String body = record.body();
        for (int lt = body.indexOf('<'); lt >= 0; lt = body.indexOf('<', lt + 1)) {
            if (lt + 1 >= body.length() || !Character.isLetter(body.charAt(lt + 1))) continue;
            int words = 0;
            boolean blank = false;
            for (int i = lt + 1; i < body.length() && body.charAt(i) != '>' && body.charAt(i) != '<'; i++) {
                boolean b = Character.isWhitespace(body.charAt(i));
                if (blank && !b) words++;
                blank = b;
            }
            if (words > MAX_ATTRIBUTES) {
                int lineStart = body.lastIndexOf('\n', lt - 1) + 1;
                int line = (int) body.substring(0, lineStart).chars().filter(c -> c == '\n').count();
                diagnostics.error(Code.TEXT_LIMIT, new SourceSpan(record.file().path(), record.bodyLine() + line, record.bodyIndent() + lt - lineStart + 1, 1),
                        "this HTML tag has " + words + " attributes; more than " + MAX_ATTRIBUTES + " are not read", "leave out what the page does not need");
                return false;
            }
        }
        return true;
    }

    private static boolean checkLines(ParsedRecord record, Diagnostics diagnostics) {
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
                return false;
            }
            if (depth > MAX) {
                diagnostics.error(Code.TEXT_LIMIT, new SourceSpan(record.file().path(), record.bodyLine() + line, record.bodyIndent() + 1, 1),
                        "the text is nested " + depth + " levels deep (quotes or lists in each other); more than " + MAX + " are not read",
                        "write it with fewer `>`, list markers or indentation");
                return false;   // one is enough: the rest of such a text is alike
            }
            start = end + 1;
        }
        return true;
    }

    /**
     * The Markdown tree's depth, where it can exceed {@link #MAX_TREE}: only a body with more marks
     * of emphasis and links than that can, so most are not parsed here. The walk keeps no stack of
     * its own: it follows the tree's parent links.
     */
    private static boolean checkTree(ParsedRecord record, Diagnostics diagnostics) {
        String body = record.body();
        int marks = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '*' || c == '_' || c == '~' || c == '[' || c == '>') marks++;
        }
        if (marks <= MAX_TREE) return true;
        com.vladsch.flexmark.util.ast.Node root = BodyLinks.parse(body), n = root.getFirstChild();
        int depth = 1;
        while (n != null) {
            if (depth > MAX_TREE) {
                int offset = n.getStartOffset(), lineStart = body.lastIndexOf('\n', offset - 1) + 1;
                int line = (int) body.substring(0, lineStart).chars().filter(c -> c == '\n').count();
                diagnostics.error(Code.TEXT_LIMIT, new SourceSpan(record.file().path(), record.bodyLine() + line,
                                record.bodyIndent() + offset - lineStart + 1, 1),
                        "the text is nested more than " + MAX_TREE + " levels deep here (emphasis, links or quotes in each other); it is not read",
                        "write it with fewer `*`, `_` or `[` in each other; if it was pasted, paste it as plain text");
                return false;
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                depth++;
                continue;
            }
            while (n != null && n != root && n.getNext() == null) {
                n = n.getParent();
                depth--;
            }
            n = n == null || n == root ? null : n.getNext();
        }
        return true;
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
