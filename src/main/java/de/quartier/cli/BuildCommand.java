package de.quartier.cli;

import de.quartier.build.BuildOptions;
import de.quartier.build.BuildResult;
import de.quartier.build.Pipeline;
import de.quartier.diag.ReportFormat;
import de.quartier.write.GzipCopies;
import de.quartier.write.OutputSink;
import de.quartier.write.StagedDirectorySink;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Checks the site and, if it has no errors, writes it to the output folder. "
                + "The new site replaces the old one whole; a failed build leaves the old one untouched.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions options = new SiteOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: public/ in the site folder).")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many workers check the records and render and write the site (default: one per processor). The output is the same for any number.")
    Integer threads;

    @Option(names = "--gzip", description = "Also write a gzip copy (.gz) beside every text file over 1 KB, for web servers that serve precompressed files (see deploy/).")
    boolean gzip;

    @Override
    public Integer call() throws Exception {
        BuildOptions build = options.toBuildOptions();
        if (threads != null) {
            if (threads < 1) throw new CommandLine.ParameterException(options.commandLine.get(), "--threads: " + threads + " must be 1 or more");
            build = build.withThreads(threads);
        }
        Path target = out == null ? build.site().resolve("public") : out.toAbsolutePath().normalize();
        guardOutput(build.site(), target);
        long started = System.nanoTime();
        OutputSink sink = new StagedDirectorySink(target);
        BuildResult result = new Pipeline().build(build, gzip ? new GzipCopies(sink) : sink);
        Reporter.report("build", result, options.format, System.out, System.err);
        if (!result.ok()) {
            System.err.println("quartier build: nothing written; " + displayPath(target) + " is unchanged");
            return ExitCodes.CONTENT_ERRORS;
        }
        // with a machine form on standard output, everything for people goes to standard error
        (options.format == ReportFormat.TEXT ? System.out : System.err).printf("quartier build: wrote %d files to %s in %d ms%n", result.filesWritten(),
                displayPath(target), (System.nanoTime() - started) / 1_000_000);
        return ExitCodes.OK;
    }

    /** The output replaces a folder whole, so it must never be the site itself, hold its sources or anything else. */
    private void guardOutput(Path site, Path target) {
        if (out == null) {
            // public/ as a link out of the site (committed, say): a build would replace where it leads
            try {
                de.quartier.write.LinkedOutside.check(site, target);
            } catch (de.quartier.write.LinkedOutside e) {
                throw new CommandLine.ParameterException(options.commandLine.get(), e.target() == null ? "the output folder " + e.getMessage()
                        : "the output folder " + e.link().toString().replace('\\', '/') + "/ is a symbolic link to " + e.target()
                        + ", outside the site folder: a build writes nothing outside the site unless told to; to build there, give --out " + e.target());
            } catch (java.io.IOException e) {
                // unreadable: the checks below and the build say what is wrong
            }
        }
        // also where a link leads: an output folder that links to content/ must not replace it
        for (Path s : real(site.toAbsolutePath().normalize()))
            for (Path t : real(target))
                if (s.startsWith(t) || t.startsWith(s.resolve("content")) || t.startsWith(s.resolve("themes"))
                        || t.startsWith(s.resolve("src")) || t.startsWith(s.resolve(".git")))
                    throw new CommandLine.ParameterException(options.commandLine.get(),
                            "--out: " + target + " would replace the site's own files; choose a folder such as public/");
        // nor a file or a folder of other things (~/Dokumente, a web server's root with more in it)
        StagedDirectorySink.refusal(target).ifPresent(why -> {
            throw new CommandLine.ParameterException(options.commandLine.get(), (out == null ? "the output folder " : "--out: ") + target + " " + why);
        });
    }

    /** A path as given and, if it exists, where it really is (links followed). */
    private static java.util.List<Path> real(Path p) {
        try {
            return java.nio.file.Files.exists(p) ? java.util.List.of(p, p.toRealPath()) : java.util.List.of(p);
        } catch (java.io.IOException e) {
            return java.util.List.of(p);
        }
    }

    /** The output folder as the user can find it: from the working directory ("examples/aachen/public/"), else in full. */
    private static String displayPath(Path target) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path folder = target.toAbsolutePath().normalize();
        return (folder.startsWith(here) && !folder.equals(here) ? here.relativize(folder) : folder).toString().replace('\\', '/') + "/";
    }
}
