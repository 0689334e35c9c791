package de.quartier.validate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaReferencesTest {
    @Test
    void pathsAreWorkedOutSegmentBySegmentKeepingQueryAndFragment() {
        assertEquals("contact-points/x.md#a", MediaReferences.normalised("offerings/../contact-points/x.md#a"));
        assertEquals("angebote/", MediaReferences.normalised("anlaufstellen/../angebote/"));
        assertEquals("offerings/y.md", MediaReferences.normalised("./offerings/y.md"));
        assertEquals("", MediaReferences.normalised("quartiere/.."));
        assertEquals("a/b/?x=../..", MediaReferences.normalised("a//b/./?x=../.."));
        assertEquals("/../x", MediaReferences.normalised("/../x"), "a path from the root is not relative");
    }

    @Test
    void aPathThatClimbsAboveItsStartLeavesContent() {
        assertTrue(MediaReferences.leavesContent("../contact-points/x.md"));
        assertTrue(MediaReferences.leavesContent("offerings/../../x"));
        assertTrue(MediaReferences.leavesContent("..\\media\\x.jpg"));
        assertNull(MediaReferences.normalised(".."));
        assertFalse(MediaReferences.leavesContent("anlaufstellen/../angebote/#..%2F"));
        assertFalse(MediaReferences.leavesContent("media/x.pdf"));
    }
}
