package de.quartier.cli;

import de.quartier.build.BuildResult;
import de.quartier.build.Pipeline;
import de.quartier.write.NoOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Reads and checks the whole site like build does, and writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options = new SiteOptions();

    @Override
    public Integer call() throws Exception {
        // a build that keeps no file: the link check needs every page rendered
        BuildResult result = new Pipeline().build(options.toBuildOptions(), new NoOutput());
        Reporter.report("check", result, options.format, System.out, System.err);
        return result.ok() ? ExitCodes.OK : ExitCodes.CONTENT_ERRORS;
    }
}
