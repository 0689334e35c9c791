package de.quartier.cli;

import picocli.CommandLine;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The usual command lines of {@code build} and {@code check}, read without picocli. Picocli makes
 * its model from the commands' annotations by reflection and sets up its converters at every start,
 * mostly in the interpreter: 60-70 ms of the main thread before a build begins (about 30 ms of a
 * build's wall time at 250 offerings: the other processor compiles meanwhile).
 *
 * <p>Only a line made of these commands' own options is read here: each at most once, as
 * {@code --name value} or {@code --name=value}, or a flag alone, each value converted as picocli
 * converts it. Anything else (help, version, a short or unknown option, a repeated one, an
 * {@code @file}, a value that starts with '-' or does not convert) is left to picocli, which
 * reads the line as before and reports what is wrong. A usage error the command finds later (a
 * site folder that is none) is reported by picocli's model, made only then.
 */
final class PlainCommandLine {
    private PlainCommandLine() {
    }

    /** The command this line asks for, its options set; null if picocli must read the line. */
    static Callable<Integer> read(String... args) {
        if (args.length == 0) return null;
        String name = args[0];
        BuildCommand build = name.equals("build") ? new BuildCommand() : null;
        CheckCommand check = name.equals("check") ? new CheckCommand() : null;
        if (build == null && check == null) return null;
        SiteOptions options = build != null ? build.options : check.options;
        options.commandLine = () -> QuartierCommand.commandLine(args).getSubcommands().get(name);
        if (!readOptions(args, options, build)) return null;
        return build != null ? build : check;
    }

    /** Sets the options after the command's name; false at the first thing picocli must judge. */
    private static boolean readOptions(String[] args, SiteOptions site, BuildCommand build) {
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) return false;
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (!seen.add(name)) return false;
            if (isFlag(name, build != null)) {
                if (equals >= 0) return false;
                switch (name) {
                    case "--drafts" -> site.drafts = true;
                    case "--strict" -> site.strict = true;
                    default -> build.gzip = true;
                }
                continue;
            }
            String value;
            if (equals >= 0) value = arg.substring(equals + 1);
            else if (i + 1 < args.length) value = args[++i];
            else return false;
            if (value.startsWith("-") || value.startsWith("@") || !set(name, value, site, build)) return false;
        }
        return true;
    }

    private static boolean isFlag(String name, boolean build) {
        return name.equals("--drafts") || name.equals("--strict") || build && name.equals("--gzip");
    }

    /** Sets an option that takes a value; false for an option these commands lack or a value picocli would refuse. */
    private static boolean set(String name, String value, SiteOptions site, BuildCommand build) {
        try {
            switch (name) {
                case "--site" -> site.site = Path.of(value);
                case "--today" -> site.today = QuartierCommand.date(value);
                case "--format" -> site.format = new SiteOptions.FormatNames().convert(value);
                case "--base-url" -> site.baseUrl = value;
                case "--out" -> {
                    if (build == null) return false;
                    build.out = Path.of(value);
                }
                case "--threads" -> {
                    if (build == null) return false;
                    build.threads = Integer.valueOf(value);
                }
                default -> {
                    return false;
                }
            }
            return true;
        } catch (InvalidPathException | NumberFormatException | CommandLine.TypeConversionException e) {
            return false;
        }
    }
}
