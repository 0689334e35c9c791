package de.quartier.cli;

import de.quartier.build.EditorTools;
import de.quartier.diag.DiagnosticPrinter;
import de.quartier.model.Collection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a new record with every field it needs, as a draft, and says what is left to fill in.")
final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COLLECTION",
            description = "quarters, contact-points, offerings, operators, programs, pages or news (or the German: quartiere, anlaufstellen, angebote, …)")
    String collection;

    @Parameters(index = "1", paramLabel = "SLUG", description = "The new record's file name without extension, e.g. quartiersbuero-welheim")
    String slug;

    @CommandLine.Mixin
    SiteFolder site = new SiteFolder();

    @Option(names = "--format", paramLabel = "md|yml", defaultValue = "md",
            description = "md: front matter and Markdown (default); yml: plain YAML, checked by editors that know the schemas.")
    String format;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The date the check after writing uses (default: today).")
    LocalDate today;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path dir = site.resolve(spec.commandLine());
        Optional<Collection> c = EditorTools.collection(collection);
        if (c.isEmpty())
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown collection `" + collection + "`: use one of "
                    + EditorTools.collectionNames());
        if (!format.equals("md") && !format.equals("yml"))
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: md or yml, not " + format);
        EditorTools.NewRecord made;
        try {
            made = EditorTools.newRecord(dir, c.get(), slug, format.equals("yml"), today);   // null: the check takes the day in the site's time zone
        } catch (IllegalArgumentException e) {
            System.err.println("quartier new: error: " + e.getMessage());
            return ExitCodes.CONTENT_ERRORS;
        } catch (FileAlreadyExistsException e) {
            System.err.println("quartier new: error: " + e.getMessage() + " exists already; choose another name or edit that file");
            return ExitCodes.CONTENT_ERRORS;
        } catch (de.quartier.write.LinkedOutside e) {
            System.err.println("quartier new: error: " + e.getMessage());
            return ExitCodes.CONTENT_ERRORS;
        }
        String from = Reporter.pathFromHere(made.check().loaded().root());
        System.err.println("quartier new: wrote " + from + made.path() + " (draft: true)");
        String schema = EditorTools.schemaPath(c.get());
        if (format.equals("yml") && !java.nio.file.Files.exists(dir.resolve(schema)))
            // the first line names it for the editor's completions; without it the line leads nowhere
            System.err.println("quartier new: its first line names " + from + schema + ", which does not exist yet: `quartier schema"
                    + siteOption(dir, from) + "` writes the schemas");
        if (made.toFill().isEmpty()) {
            System.err.println("quartier new: nothing left to fill in");
        } else {
            System.err.println("quartier new: left to fill in (" + made.toFill().size() + "):");
            DiagnosticPrinter printer = new DiagnosticPrinter(made.check().loaded()::text, from);
            made.toFill().forEach(d -> System.err.print(printer.format(d)));
        }
        if (previewShows(de.quartier.serve.PreviewServer.DEFAULT_PORT, de.quartier.serve.SiteFingerprint.fingerprint(dir), made.pagePath()))
            System.err.println("quartier new: the preview shows it at http://127.0.0.1:" + de.quartier.serve.PreviewServer.DEFAULT_PORT + made.pagePath());
        return ExitCodes.OK;
    }

    /** " --site examples/aachen" as seen from the working directory, the whole path outside it, "" for the working directory. */
    private static String siteOption(Path dir, String fromHere) {
        Path site = dir.toAbsolutePath().normalize();
        String path = !fromHere.isEmpty() ? fromHere.substring(0, fromHere.length() - 1)
                : site.equals(Path.of("").toAbsolutePath().normalize()) ? "" : site.toString();
        if (path.isEmpty()) return "";
        // as a shell reads it
        return " --site " + (path.matches("[\\w./@%+=:,-]+") ? path : "'" + path.replace("'", "'\\''") + "'");
    }

    /**
     * Whether the preview on this computer is this site's and has the new record's page: then its
     * address is worth naming (the page, or the preview's list of what is left to fill in). A
     * preview of another site, or one without drafts (404), is not named. The preview needs a
     * moment to notice the new file, so a 404 is asked again for about a second.
     */
    static boolean previewShows(int port, String site, String pagePath) {
        for (int attempt = 0; attempt < 8; attempt++) {
            try {
                java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create("http://127.0.0.1:" + port + pagePath).toURL().openConnection();
                c.setConnectTimeout(200);
                c.setReadTimeout(1000);
                int status = c.getResponseCode();
                String served = c.getHeaderField(de.quartier.serve.SiteFingerprint.HEADER);
                c.disconnect();
                if (!site.equals(served)) return false;
                if (status != 404) return true;
                Thread.sleep(150);
            } catch (java.io.IOException e) {
                return false; // nothing listens there
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
