package de.quartier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** quartier: the static site generator for Quartiersentwicklung. */
@Command(name = "quartier", mixinStandardHelpOptions = true, versionProvider = QuartierCommand.Version.class,
        description = "Builds the public pages of a city's Quartiersentwicklung from YAML and Markdown records.",
        footer = {"", "Exit codes: 0 ok, 1 errors in the site's content, 2 wrong usage, 70 internal error."})
public final class QuartierCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests: no System.exit). */
    public static int run(String... args) {
        try {
            // the usual build and check lines without picocli's set-up (see PlainCommandLine)
            Callable<Integer> plain = PlainCommandLine.read(args);
            return plain != null ? callPlain(plain, args) : commandLine(args).execute(args);
        } catch (OutOfMemoryError e) {
            // not a content error and not worth a trace: say what to do (the staging folder is removed as the build unwinds; the output stays as it was)
            System.err.println("quartier: out of memory (the largest Java heap allowed here: "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB); nothing was written.\n"
                    + "  hint: give Java more memory, e.g. QUARTIER_JAVA_OPTS=-Xmx12g ./quartier build");
            return ExitCodes.INTERNAL;
        } catch (Error e) {
            // a StackOverflowError from a library, say: Quartier's fault, not the site's (exit 1 would say the content is wrong);
            // the top of its trace is enough to report (a stack overflow's has a thousand lines alike)
            System.err.println("quartier: internal error: " + e + "\nThis is a bug in Quartier, not in your site; please report it with the trace below. Nothing was written.");
            StackTraceElement[] trace = e.getStackTrace();
            for (int i = 0; i < Math.min(trace.length, 40); i++) System.err.println("\tat " + trace[i]);
            if (trace.length > 40) System.err.println("\t… " + (trace.length - 40) + " more");
            return ExitCodes.INTERNAL;
        }
    }

    /** Picocli's model of the command line: the top command with the subcommands these arguments need. */
    static CommandLine commandLine(String... args) {
        CommandLine cmd = new CommandLine(new QuartierCommand());
        for (Class<?> sub : subcommands(args)) cmd.addSubcommand(sub);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.registerConverter(java.time.LocalDate.class, QuartierCommand::date);
        cmd.setParameterExceptionHandler(QuartierCommand::usageError);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, commandLine.getErr()));
        return cmd;
    }

    /** A command read without picocli, its usage errors and failures reported as picocli's execute() would. */
    private static int callPlain(Callable<Integer> command, String[] args) {
        try {
            return command.call();
        } catch (CommandLine.ParameterException e) {
            return usageError(e, args);
        } catch (Exception e) {
            java.io.PrintWriter err = new java.io.PrintWriter(System.err, true);
            return internalError(e, err);
        }
    }

    private static int internalError(Exception e, java.io.PrintWriter err) {
        err.println("quartier: internal error: " + e + "\nThis is a bug in Quartier, not in your site; please report it with the trace below.");
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** The subcommands by name, in the order the help lists them (each name as its class's {@code @Command} gives it). */
    static final Map<String, Class<?>> SUBCOMMANDS = orderedMap("build", BuildCommand.class, "check", CheckCommand.class,
            "serve", ServeCommand.class, "init", InitCommand.class, "new", NewCommand.class, "schema", SchemaCommand.class, "help", CommandLine.HelpCommand.class);

    /**
     * The subcommands to set up: only the one named first, if it is one; all of them otherwise
     * (help, a usage error, a misspelt command). Picocli reads the annotations of every subcommand
     * it sets up by reflection, mostly in the interpreter this early: tens of milliseconds at the
     * start of every run for all of them.
     */
    static java.util.Collection<Class<?>> subcommands(String... args) {
        Class<?> named = args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
        return named != null ? List.of(named) : SUBCOMMANDS.values();
    }

    private static Map<String, Class<?>> orderedMap(Object... namesAndClasses) {
        Map<String, Class<?>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndClasses.length; i += 2) out.put((String) namesAndClasses[i], (Class<?>) namesAndClasses[i + 1]);
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * A usage mistake: its message, picocli's suggestions ("Possible solutions: --threads"), and where
     * the options are explained, instead of the whole usage after the one line that matters.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine c = e.getCommandLine();
        java.io.PrintWriter err = c.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("  see `" + c.getCommandSpec().qualifiedName() + " --help`"
                + (c.getCommandSpec().subcommands().isEmpty() ? " for its options" : " for the commands"));
        err.flush();
        return c.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** A date as the options take it, with a message an editor understands when it is not one. */
    static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date in the form YYYY-MM-DD, e.g. 2026-11-30");
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: " + String.join(", ", SUBCOMMANDS.keySet().stream().filter(n -> !n.equals("help")).toList()));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = QuartierCommand.class.getPackage().getImplementationVersion();
            // the launcher may run another JDK than `java -version` names (a newer one beside it)
            return new String[]{"quartier " + (v == null ? "(development build)" : v),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + "), "
                            + System.getProperty("java.home")};
        }
    }
}
