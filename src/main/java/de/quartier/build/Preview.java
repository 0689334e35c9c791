package de.quartier.build;

import de.quartier.diag.Diagnostic;
import de.quartier.diag.Severity;
import de.quartier.load.GitDates;
import de.quartier.load.LoadedSite;
import de.quartier.load.ReadCache;
import de.quartier.load.SiteLoader;
import de.quartier.model.RenderedFile;
import de.quartier.model.Site;
import de.quartier.render.Output;
import de.quartier.render.SiteRenderer;
import de.quartier.render.Theme;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A site kept checked in memory and rendered on demand, for the preview server. A refresh reads
 * again only the files whose size or time changed, checks again only the records whose text
 * changed, assembles the site and plans its files; a file is rendered when it is asked for, by the
 * same stages and code as a build, and kept until the next refresh. So the preview shows what a
 * build would write, byte for byte, and work grows with what is looked at, not with the site.
 * Nothing is ever written to disk.
 */
public final class Preview {
    /** Plans in the background: a record's page is shown before the rest of the site is planned. */
    private final java.util.concurrent.ScheduledExecutorService planner = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "quartier-preview-plan");
        t.setDaemon(true);
        return t;
    });

    private final BuildOptions options;
    private final long planDelayMs;
    private final Pipeline pipeline = new Pipeline();
    private final ReadCache reads = new ReadCache();
    private final RecordCache records = new RecordCache();
    private final Map<String, LocalDate> fileDates;
    /** Which content files are not committed, as of the repository's state it names. */
    private de.quartier.load.UncommittedFiles uncommittedBefore;
    private Theme theme;
    private Map<String, byte[]> themeFiles;
    private volatile PreviewRendering current;
    private long version;

    public Preview(BuildOptions options) {
        this(options, PLAN_DELAY_MS);
    }

    /** @param planDelayMs how long after a refresh {@link #planAhead()} starts the plan */
    Preview(BuildOptions options, long planDelayMs) {
        this.options = options;
        this.planDelayMs = planDelayMs;
        // the dates of the last commits: they change with a commit, not with an edit
        this.fileDates = GitDates.of(options.site());
    }

    /** Checks the whole site again from what is on disk now; the next files asked for are rendered from it. */
    public PreviewState refresh() throws IOException {
        return refresh(null);
    }

    /**
     * Checks the site again after the given files changed (site-relative paths; null: anything may
     * have changed). Only changed record files are read again where that is enough; otherwise the
     * site is read whole (files whose size and time are unchanged still come from memory).
     */
    public synchronized PreviewState refresh(java.util.Collection<String> changed) throws IOException {
        Timings timings = new Timings();
        // asked again once the repository changed (a commit, a checkout), and only if a record needs it
        uncommittedBefore = de.quartier.load.UncommittedFiles.now(options.site(), uncommittedBefore);
        de.quartier.load.UncommittedFiles uncommitted = uncommittedBefore;
        // the configuration as read, also while records have errors (the address the server names, its tile host, its languages)
        java.util.concurrent.atomic.AtomicReference<de.quartier.model.SiteConfig> configured = new java.util.concurrent.atomic.AtomicReference<>();
        BuildResult r = pipeline.check(options, timings, d -> load(changed, d), records, (loaded, config) -> configured.set(config), uncommitted);
        Set<String> languages = configured.get() == null ? Set.of() : Set.copyOf(configured.get().otherLanguages());
        LoadedSite read = r.loaded();
        List<Diagnostic> ofBrokenDrafts = List.of();
        Map<String, String> broken = !r.ok() && options.includeDrafts() ? BrokenDrafts.holdingAllErrors(r, records, languages) : Map.of();
        if (!broken.isEmpty()) {
            // the site without them: shown if that has no errors
            java.util.Collection<String> files = broken.values();
            BuildResult rest = pipeline.check(options, timings, d -> {
                loadProblems.stream().filter(p -> !files.contains(p.at().path())).forEach(d::add);
                return BrokenDrafts.without(read, files);
            }, records, null, uncommitted);
            if (rest.ok()) {
                Set<String> theirs = BrokenDrafts.filesOf(read, files);
                ofBrokenDrafts = r.diagnostics().sorted().stream().filter(d -> d.severity() == Severity.ERROR || theirs.contains(d.at().path())).toList();
                r = rest;
            } else broken = Map.of();
        }
        Optional<Site> site = r.site();
        TemplateProblems templates = null;
        if (site.isPresent()) {
            Map<String, byte[]> files = Pipeline.themeFiles(r.loaded(), site.get().config().theme());
            Map<String, String> words = site.get().config().strings();
            if (theme == null || !sameBytes(files, themeFiles) || !theme.siteStrings().equals(words)) {
                theme = new Theme(files, words);
                themeFiles = files;
            } else {
                theme.forgetRenderedParts();
            }
            templates = new TemplateProblems(theme, site.get().config().theme());
            if (templates.check(r.diagnostics())) site = Optional.empty();
        }
        de.quartier.model.SiteConfig config = configured.get();
        String basePath = config != null ? config.basePath() : current == null ? "/" : current.state.basePath();
        String tileUrl = config != null ? config.map().tiles().url() : current == null ? "" : current.state.tileUrl();
        List<Diagnostic> problems = new java.util.ArrayList<>(r.diagnostics().sorted());
        problems.addAll(ofBrokenDrafts);
        problems.sort(Diagnostic.ORDER);
        long draftErrors = ofBrokenDrafts.stream().filter(d -> d.severity() == Severity.ERROR).count();
        String summary = broken.isEmpty() ? r.summary() : r.summary() + "; not shown until fixed: "
                + (broken.size() == 1 ? "1 draft" : broken.size() + " drafts") + " with " + draftErrors + (draftErrors == 1 ? " error, " : " errors, ")
                + String.join(", ", broken.values());
        PreviewState state = new PreviewState(++version, List.copyOf(problems), read, site.isPresent() && r.ok(), basePath, tileUrl, summary,
                options.includeDrafts(), broken, BrokenDrafts.draftsAmong(problems, read, records));
        if (site.isEmpty()) {
            current = new PreviewRendering(state, null, Map.of(), null);
            timings.print();
            return state;
        }
        SiteRenderer renderer = Pipeline.renderer(site.get(), theme, fileDates);
        timings.stage("set up");
        timings.print();
        current = new PreviewRendering(state, renderer, r.loaded().media(), templates);
        return state;
    }

    private LoadedSite loaded;
    /** The problems reading found, kept for the files not read again. */
    private List<Diagnostic> loadProblems = List.of();

    private LoadedSite load(java.util.Collection<String> changed, de.quartier.diag.Diagnostics diagnostics) throws IOException {
        de.quartier.diag.Diagnostics own = new de.quartier.diag.Diagnostics();
        Optional<LoadedSite> again = changed == null || loaded == null ? Optional.empty()
                : new SiteLoader(own, reads).reload(loaded, changed);
        if (again.isPresent()) {
            Set<String> paths = new java.util.HashSet<>(changed);
            List<Diagnostic> kept = new java.util.ArrayList<>(loadProblems.stream().filter(d -> !paths.contains(d.at().path())).toList());
            kept.addAll(own.sorted());
            loadProblems = kept;
            loaded = again.get();
        } else {
            own = new de.quartier.diag.Diagnostics();
            loaded = new SiteLoader(own, reads).load(options.site());
            loadProblems = own.sorted();
        }
        loadProblems.forEach(diagnostics::add);
        return loaded;
    }

    private static boolean sameBytes(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (b == null || !a.keySet().equals(b.keySet())) return false;
        for (var e : a.entrySet()) if (!java.util.Arrays.equals(e.getValue(), b.get(e.getKey()))) return false;
        return true;
    }

    public PreviewState state() {
        PreviewRendering r = current;
        if (r == null) throw new IllegalStateException("refresh first");
        return r.state;
    }

    /**
     * Plans the whole site in the background a little later, unless a file asks for it earlier,
     * and not at all if a later refresh has replaced this one by then: right after a save the CPU
     * belongs to the pages open in the browser, which reload then.
     */
    public void planAhead() {
        PreviewRendering r = current;
        if (r != null && r.renderer != null)
            planner.schedule(() -> {
                // a save in the meantime made this plan useless: it would only take the CPU from the next one
                if (current == r && r.startPlan(Runnable::run)) plansStarted.incrementAndGet();
            }, planDelayMs, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** How many plans {@link #planAhead()} started (for tests). */
    private final java.util.concurrent.atomic.AtomicInteger plansStarted = new java.util.concurrent.atomic.AtomicInteger();

    /** Waits until every plan {@link #planAhead()} asked for so far was started or dropped; how many it started in all (for tests). */
    int plansStartedAhead() throws Exception {
        planner.schedule(() -> null, planDelayMs + 1, java.util.concurrent.TimeUnit.MILLISECONDS).get();
        return plansStarted.get();
    }

    /** Keeps the planner busy until {@code released} counts down: plans asked for meanwhile wait (for tests). */
    void holdPlanner(java.util.concurrent.CountDownLatch released) {
        planner.execute(() -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Whether the plan of the site as it is now was started (for tests). */
    boolean currentPlanStarted() {
        PreviewRendering r = current;
        return r != null && r.planStarted();
    }

    /** How long after a refresh the background plan waits (bench/preview: a reload takes ~100 ms of the browser's). */
    static final long PLAN_DELAY_MS = 300;

    /**
     * A file of the site by its path below the base path ("index.html", "anlaufstellen/x/index.html"),
     * made now if it was not made since the last refresh; empty if the site has no such file or
     * cannot be built (see {@link #state()}).
     *
     * @throws PageFailure if a template fails on this page
     */
    public Optional<byte[]> file(String path) throws IOException {
        PreviewRendering r = current;
        if (r == null || r.renderer == null) return Optional.empty();
        byte[] known = r.made.get(path);
        if (known != null) return Optional.of(known);
        // a record's page and the fixed files need no plan: they come first after a save
        Output o = r.plan.isDone() ? null : r.renderer.recordPage(path).map(Output.class::cast)
                .or(() -> r.renderer.fixedFile(path, r.media)).orElse(null);
        if (o == null) o = r.plan(planner).byPath().get(path);
        if (o == null) {
            for (var b : r.plan(planner).bundles().entrySet()) {
                if (!path.startsWith(b.getKey())) continue;
                for (RenderedFile f : b.getValue().files().get()) r.made.putIfAbsent(f.path(), f.content());
                return Optional.ofNullable(r.made.get(path));
            }
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = make(r.renderer, o);
        } catch (Theme.Failure f) {
            throw new PageFailure(r.templates.diagnostic(f, path));
        }
        byte[] earlier = r.made.putIfAbsent(path, bytes);
        return Optional.of(earlier != null ? earlier : bytes);
    }

    /** Every path the site has now, sorted. */
    public Set<String> paths() {
        PreviewRendering r = current;
        if (r == null || r.renderer == null) return Set.of();
        PreviewRendering.Plan plan = r.plan(planner);
        Set<String> out = new TreeSet<>(plan.byPath().keySet());
        for (Output.Bundle b : plan.bundles().values())
            for (RenderedFile f : b.files().get()) out.add(f.path());
        return out;
    }

    /** A page the theme's templates fail on: the site has no errors, but this page cannot be made. */
    public static final class PageFailure extends RuntimeException {
        private final Diagnostic diagnostic;

        PageFailure(Diagnostic diagnostic) {
            super(diagnostic.headline());
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    /** As a build makes it (the pipeline's workers do the same). */
    private static byte[] make(SiteRenderer renderer, Output o) throws IOException {
        if (o instanceof Output.Page page) return Pipeline.html(renderer, page);
        return ((Output.File) o).content().get();
    }
}
