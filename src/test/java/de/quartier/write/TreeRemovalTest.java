package de.quartier.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TreeRemovalTest {
    @TempDir
    Path temp;

    @Test
    void removesAFolderWithNestedFoldersAndFiles() throws IOException {
        Path root = temp.resolve("old");
        for (int i = 0; i < 40; i++) {
            Path page = root.resolve("angebote/a-" + i);
            Files.createDirectories(page.resolve("leer"));
            Files.writeString(page.resolve("index.html"), "<p>" + i);
            Files.writeString(page.resolve("termine.ics"), "BEGIN:VCALENDAR");
        }
        Files.writeString(root.resolve("index.html"), "start");
        TreeRemoval.remove(root);
        assertFalse(Files.exists(root));
        assertTrue(Files.exists(temp), "only the folder named is removed");
    }

    @Test
    void aLinkInsideIsRemovedButWhatItLeadsToIsNotTouched() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "bleibt");
        Path keptFile = Files.writeString(temp.resolve("kept.txt"), "bleibt auch");
        Path root = Files.createDirectories(temp.resolve("old/sub"));
        Files.createSymbolicLink(root.resolve("to-folder"), outside);
        Files.createSymbolicLink(root.resolve("to-file"), keptFile);
        Files.createSymbolicLink(root.resolve("dangling"), temp.resolve("nothing-here"));
        TreeRemoval.remove(temp.resolve("old"));
        assertFalse(Files.exists(temp.resolve("old")));
        assertEquals("bleibt", Files.readString(outside.resolve("keep.txt")));
        assertEquals("bleibt auch", Files.readString(keptFile));
    }

    @Test
    void aMissingFolderIsNothingToDo() throws IOException {
        TreeRemoval.remove(temp.resolve("never-there"));
        assertTrue(Files.exists(temp));
    }

    @Test
    void aFileThatCannotBeRemovedIsAnErrorNamingIt() throws IOException {
        Path locked = Files.createDirectories(temp.resolve("old/locked"));
        Files.writeString(locked.resolve("index.html"), "x");
        Files.writeString(temp.resolve("old/other.html"), "y");
        // what a folder without write rights does to anyone but root (CI runs as root, for whom rights do not hold)
        IOException e = assertThrows(IOException.class,
                () -> TreeRemoval.remove(temp.resolve("old"), f -> !f.getName().equals("index.html") && f.delete()));
        assertTrue(e.getMessage().contains("locked") && e.getMessage().contains("index.html"), e.getMessage());
        assertTrue(Files.exists(locked.resolve("index.html")));
    }
}
