package de.quartier.cli;

import de.quartier.build.BuildResult;
import de.quartier.build.Pipeline;
import de.quartier.write.NoOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Reads and checks the whole site like build does, and writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options = new SiteOptions();

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** This command's picocli model, for a usage error: the one picocli set up, or one made then for a line read without it. */
    Supplier<CommandLine> commandLine = () -> spec.commandLine();

    @Override
    public Integer call() throws Exception {
        // a build that keeps no file: the link check needs every page rendered
        BuildResult result = new Pipeline().build(options.toBuildOptions(commandLine), new NoOutput());
        Reporter.report("check", result, options.format, System.out, System.err);
        return result.ok() ? ExitCodes.OK : ExitCodes.CONTENT_ERRORS;
    }
}
