package de.quartier.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A git that answers is read; one that hangs is stopped when its time is up, and the build goes on without it. */
class GitCommandTest {
    @TempDir
    Path site;

    @Test
    @Timeout(20)
    void aHangingGitIsStoppedWhenItsTimeIsUp() {
        long start = System.nanoTime();
        // prints a line, then hangs with its output open: reading to the end would wait 60 s
        Optional<List<String>> answer = GitCommand.run(site, 1, out -> out.lines().toList(), List.of("sh", "-c", "echo erste; sleep 60"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(Optional.empty(), answer);
        assertTrue(seconds < 10, "stopped after " + seconds + " s");
    }

    @Test
    @Timeout(20)
    void aGitThatAnswersIsRead() {
        assertEquals(Optional.of(List.of("erste", "zweite")), GitCommand.run(site, 5, out -> out.lines().toList(), List.of("sh", "-c", "echo erste; echo zweite")));
        assertEquals(Optional.empty(), GitCommand.run(site, 5, out -> out.lines().toList(), List.of("sh", "-c", "echo erste; exit 3")),
                "a git that fails gives no answer");
    }
}
