package de.quartier.cli;

import de.quartier.build.PreviewState;
import de.quartier.build.BuildOptions;
import de.quartier.build.Preview;
import de.quartier.diag.DiagnosticPrinter;
import de.quartier.load.SiteWatcher;
import de.quartier.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Shows the site in the browser while you edit it: checks it, serves it from memory and reloads "
                + "the open pages when you save a file. While the site has errors, every page shows them. "
                + "Writes nothing, neither into the site folder nor into public/.",
                "Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--site", paramLabel = "DIR", description = "The site folder with site-config.yml and content/ (default: the current folder).")
    Path site = Path.of(".");

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The date the pages are made for (default: today in the site's time zone).")
    LocalDate today;

    @Option(names = "--drafts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show records marked draft: true, marked as drafts on their pages (default; --no-drafts shows the site as a build publishes it).")
    boolean drafts = true;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + PreviewServer.DEFAULT_PORT, description = "The port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port = PreviewServer.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: 127.0.0.1, this computer only). Other computers can see the preview only with e.g. --bind 0.0.0.0.")
    String bind = "127.0.0.1";

    @Option(names = "--open", description = "Opens the site in the browser once it is served.")
    boolean open;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port: " + port + " is not a port (0 to 65535)");
        Path dir = SiteOptions.siteFolder(spec::commandLine, site);
        PrintStream err = System.err;
        // a port that another program uses is said at once, not after the site has been checked (seconds on a large one)
        if (port != 0) {
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new java.net.InetSocketAddress(bind, port));
            } catch (BindException e) {
                return cannotListen(e);
            } catch (IOException | IllegalArgumentException | SecurityException e) {
                // anything else is found again, and reported, when the server starts
            }
        }
        Preview preview = new Preview(new BuildOptions(dir, today, drafts, null));
        long started = System.nanoTime();
        PreviewState state = preview.refresh();
        report(state, null, started, err);
        preview.planAhead();
        PreviewServer server;
        try {
            server = PreviewServer.start(preview, bind, port);
        } catch (BindException e) {
            return cannotListen(e);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind: " + bind + " is not an address of this computer");
        }
        PreviewState[] last = {state};
        // the watcher reports from its one thread, one change after the other
        SiteWatcher watcher = new SiteWatcher(dir, changed -> {
            long t = System.nanoTime();
            try {
                PreviewState now = preview.refresh(changed);
                server.changed();   // the pages open in the browser first
                preview.planAhead();
                report(now, last[0], t, err);
                last[0] = now;
            } catch (IOException | RuntimeException e) {
                err.println("quartier serve: the site could not be read again: " + e);
            }
        });
        ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "quartier-serve-ping");
            t.setDaemon(true);
            return t;
        });
        pings.scheduleAtFixedRate(server::ping, 15, 15, TimeUnit.SECONDS);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            pings.shutdownNow();
            try {
                watcher.close();
            } catch (IOException e) {
                // stopping anyway
            }
            server.close();
            err.println("quartier serve: stopped");
            stopped.countDown();
        }, "quartier-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        URI url = server.url();
        System.out.println("quartier serve: the site is at " + url + " (Ctrl-C stops)");
        System.out.flush();
        if (open) openBrowser(url, err);
        stopped.await();
        return ExitCodes.OK;
    }

    /**
     * Exit 2 as for an option that cannot be used, but without the usage text: the command line
     * itself was fine. "Address already in use" is the usual case; an address this computer lacks,
     * or a port below 1024, is not another program's.
     */
    private int cannotListen(BindException e) {
        String why = String.valueOf(e.getMessage());
        System.err.println("quartier serve: cannot listen on " + bind + ":" + port + " (" + why + "); " + (why.contains("in use")
                ? "another program (another quartier serve?) uses the port: choose another with --port N, or --port 0 for any free one"
                : why.contains("ermission") ? (port > 0 && port < 1024 ? "ports below 1024 need administrator rights: choose one such as --port 1313"
                : "this computer does not let programs use that port: choose another with --port N")
                : "check --bind (an address of this computer) and --port"));
        return ExitCodes.USAGE;
    }

    /** The terminal shows what the browser shows: new problems in full, and a line per refresh. */
    private static void report(PreviewState now, PreviewState before, long startedNanos, PrintStream err) {
        if (before == null || !now.diagnostics().equals(before.diagnostics())) {
            DiagnosticPrinter printer = new DiagnosticPrinter(now.loaded()::text, Reporter.pathFromHere(now.loaded().root()));
            now.diagnostics().forEach(d -> err.print(printer.format(d)));
        }
        err.printf("quartier serve: %s (%d ms)%s%n", now.summary(), (System.nanoTime() - startedNanos) / 1_000_000,
                now.ok() ? "" : "; the pages show the errors until they are fixed");
    }

    private static void openBrowser(URI url, PrintStream err) {
        try {
            if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(url);
                return;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // try the desktop's opener below
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String[] cmd = os.contains("mac") ? new String[]{"open", url.toString()}
                : os.contains("win") ? new String[]{"rundll32", "url.dll,FileProtocolHandler", url.toString()}
                : new String[]{"xdg-open", url.toString()};
        try {
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            err.println("quartier serve: could not open a browser (" + e.getMessage() + "); open " + url + " yourself");
        }
    }
}
