package de.quartier.cli;

import de.quartier.build.EditorTools;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Starts a new city's site in a new folder: site-config.yml, the home page's introduction, "
                + "the legal pages as drafts, a folder per collection and the schemas. It checks clean and builds as it is.")
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The new site's folder, e.g. lindenau (made if missing; must hold no site yet).")
    Path dir;

    @Option(names = "--city", paramLabel = "NAME", defaultValue = "Musterstadt",
            description = "The city's name for the title, the owner and the texts (default: Musterstadt).")
    String city;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        if (city.isBlank() || city.chars().anyMatch(c -> c < 0x20 || "\"#{}[]:".indexOf(c) >= 0))
            throw new CommandLine.ParameterException(spec.commandLine(), "--city: a plain name such as Lindenau, without quotes, colons or brackets");
        if (Files.exists(root) && !Files.isDirectory(root))
            throw new CommandLine.ParameterException(spec.commandLine(), dir + " is a file, not a folder");
        try {
            EditorTools.newSite(root, city.strip());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            System.err.println("quartier init: error: " + dir + " holds a site already (" + e.getFile() + "); nothing was written: choose a new folder");
            return ExitCodes.CONTENT_ERRORS;
        } catch (de.quartier.write.LinkedOutside e) {
            System.err.println("quartier init: error: in " + dir + ", " + e.getMessage());
            return ExitCodes.CONTENT_ERRORS;
        } catch (IOException e) {
            System.err.println("quartier init: error: cannot write into " + dir + ": " + e.getMessage());
            return ExitCodes.CONTENT_ERRORS;
        }
        String shown = Reporter.pathFromHere(root);
        // the folder from here, "." if it is here, else in full (a folder elsewhere is not "./")
        String site = !shown.isEmpty() ? shown.substring(0, shown.length() - 1)
                : root.equals(Path.of("").toAbsolutePath().normalize()) ? "." : root.toString();
        System.err.println("quartier init: wrote a new site to " + site + "/");
        System.err.println("""
                  next steps:
                    1. site-config.yml: the address (base_url), the state's holidays and the map's bounds of your city
                    2. ./quartier new quartier NAME --site %1$s   (then contact points: new anlaufstelle, offerings: new angebot)
                    3. content/pages/impressum.md, datenschutz.md, barrierefreiheit.md: the city's texts; then delete draft: true
                    4. ./quartier serve --site %1$s   (preview while you write), ./quartier build --site %1$s   (into %1$s/public/)""".formatted(site));
        return ExitCodes.OK;
    }
}
