package de.quartier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The --site option of the commands that take nothing else of {@link SiteOptions} (new, schema). */
final class SiteFolder {
    @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: the current folder).")
    Path site = Path.of(".");

    /** The folder as an absolute path, or a usage error if it is none. */
    Path resolve(CommandLine cmd) {
        return SiteOptions.siteFolder(() -> cmd, site);
    }
}
