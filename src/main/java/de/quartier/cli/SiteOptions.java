package de.quartier.cli;

import de.quartier.build.BuildOptions;
import de.quartier.diag.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

/** The options build and check share. */
final class SiteOptions {
    @Option(names = "--site", paramLabel = "DIR", description = "The site folder with site-config.yml and content/ (default: the current folder).")
    Path site = Path.of(".");

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The build date: decides what is current, ended or upcoming, and which news items wait for their date (default: today in the site's time zone). Fix it for reproducible builds.")
    LocalDate today;

    @Option(names = "--drafts", description = "Include records marked draft: true, and news items dated after the build date.")
    boolean drafts;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatNames.class,
            description = "How problems are reported: text (default), github, gitlab or json. github: workflow commands that annotate the lines of a pull request; "
                    + "gitlab: a Code Quality report (JSON) for merge requests; json: a plain list. "
                    + "These go to standard output; the text form stays on standard error.")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--base-url", paramLabel = "URL", description = "Overrides base_url of site-config.yml, e.g. for a test server.")
    String baseUrl;

    @Option(names = "--strict", description = "Warnings count as errors: a build with one writes nothing and exits with 1, "
            + "so a mistyped key or a missing detail cannot reach the published site (for CI).")
    boolean strict;

    /** The model of the command these options belong to, as picocli set it up. */
    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    /**
     * The command's picocli model, asked for only for a usage error: the one picocli set up, or,
     * for a line read without picocli ({@link PlainCommandLine}), one made then.
     */
    Supplier<CommandLine> commandLine = () -> command.commandLine();

    /** The options of a build. */
    BuildOptions toBuildOptions() {
        return new BuildOptions(siteFolder(commandLine, site), today, drafts, checkedBaseUrl(commandLine), 0, strict);
    }

    /** The site folder as an absolute path, or a usage error if it is none. */
    static Path siteFolder(Supplier<CommandLine> cmd, Path site) {
        Path dir = site.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir))
            throw new CommandLine.ParameterException(cmd.get(), "--site: " + site + " is not a folder");
        return dir;
    }

    private String checkedBaseUrl(Supplier<CommandLine> cmd) {
        if (baseUrl == null) return null;
        try {
            URI u = new URI(baseUrl);
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
                    && u.getQuery() == null && u.getFragment() == null)
                return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(cmd.get(), "--base-url: " + baseUrl + " is not an http(s) address such as https://example.org/quartiere/");
    }

    /** The formats as the help and the README write them (picocli would list the constants: "[TEXT, GITHUB, …]"). */
    static final class FormatNames implements picocli.CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            for (ReportFormat f : ReportFormat.values()) if (f.name().equalsIgnoreCase(value)) return f;
            throw new picocli.CommandLine.TypeConversionException("expected text, github, gitlab or json, not '" + value + "'");
        }
    }
}
