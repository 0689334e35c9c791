package de.quartier.cli;

import de.quartier.build.EditorTools;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Writes a JSON Schema per collection and one for site-config.yml (for editors such as VS Code with the YAML extension).")
final class SchemaCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SiteFolder site = new SiteFolder();

    @Option(names = "--out", paramLabel = "DIR", description = "Where the schemas go (default: schemas/ in the site folder).")
    Path out;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path target;
        try {
            target = EditorTools.writeSchemas(site.resolve(spec.commandLine()), out == null ? null : out.toAbsolutePath().normalize());
        } catch (de.quartier.write.LinkedOutside e) {
            System.err.println("quartier schema: error: " + e.getMessage());
            return ExitCodes.CONTENT_ERRORS;
        }
        System.err.printf("quartier schema: wrote the schemas to %s%n", target);
        return ExitCodes.OK;
    }
}
