package de.quartier.validate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How deep a line nests and how many dividing-line marks it begins with, as TextNesting counts them. */
class TextNestingTest {
    private static int depth(String line) {
        return TextNesting.depth(line, 0, line.length());
    }

    @Test
    void markersAndIndentationCountOnceEachLevel() {
        assertEquals(0, depth("Text"));
        assertEquals(1, depth("> Zitat"));
        assertEquals(3, depth("> > > Zitat"));
        assertEquals(3, depth(">>> Zitat"));
        assertEquals(2, depth("- 1. Punkt"));
        assertEquals(2, depth("    Code"), "four blanks");
        assertEquals(3, depth("  - - Punkt"));
        assertEquals(0, depth("-5 Grad"), "a minus is no list marker");
        assertEquals(0, depth("2026.Jahr"), "a number and a full stop without a blank after it");
        assertEquals(1, depth("2026. Jahr"), "with a blank it is a list's number, as Markdown reads it");
    }

    @Test
    void dividingLineMarksAtTheStart() {
        assertEquals(3, TextNesting.ruleMarks("---", 0, 3));
        assertEquals(3, TextNesting.ruleMarks("* * * x", 0, 7));
        assertEquals(0, TextNesting.ruleMarks("Text ---", 0, 8));
    }
}
