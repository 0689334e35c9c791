package de.quartier.cli;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.diag.ReportFormat;
import de.quartier.model.SourceSpan;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CI tools place annotations by their path from the repository root, where the command runs. */
class ReporterTest {
    @Test
    void aSiteInASubfolderGetsItsPathFromTheWorkingDirectory() {
        assertEquals("examples/aachen/", Reporter.pathFromHere(Path.of("examples/aachen")));
        assertEquals("examples/aachen/", Reporter.pathFromHere(Path.of("examples/aachen").toAbsolutePath()));
        assertEquals("", Reporter.pathFromHere(Path.of(".")), "the working directory itself");
        assertEquals("", Reporter.pathFromHere(Path.of("/tmp/somewhere-else")), "outside: site-relative paths");
    }

    @Test
    void theMachineFormsCarryThePrefix() {
        Diagnostics d = new Diagnostics();
        d.error(Code.MISSING_FIELD, new SourceSpan("content/quarters/a.md", 3, 5, 4), "`title` is required", null);
        String github = ReportFormat.GITHUB.format(d, "examples/aachen/");
        assertTrue(github.startsWith("::error file=examples/aachen/content/quarters/a.md,line=3,col=5,"), github);
        assertTrue(ReportFormat.GITLAB.format(d, "examples/aachen/").contains("\"path\" : \"examples/aachen/content/quarters/a.md\""));
        assertTrue(ReportFormat.JSON.format(d).contains("\"path\" : \"content/quarters/a.md\""));
    }
}
