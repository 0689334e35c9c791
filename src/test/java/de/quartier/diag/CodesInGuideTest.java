package de.quartier.diag;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every code a message ends with is explained in the editors' guide, in its table of messages. */
class CodesInGuideTest {
    @Test
    void everyCodeHasARowInTheGuide() throws IOException {
        String guide = Files.readString(Path.of("docs/redaktionshandbuch.md"));
        List<String> missing = Arrays.stream(Code.values()).map(Code::id)
                .filter(id -> !guide.contains("| `" + id + "`"))
                .toList();
        assertEquals(List.of(), missing, "codes without a row in docs/redaktionshandbuch.md");
    }
}
