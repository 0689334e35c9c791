package de.quartier.build;

import de.quartier.assemble.SiteAssembler;
import de.quartier.config.ConfigReader;
import de.quartier.diag.Diagnostics;
import de.quartier.load.LoadedSite;
import de.quartier.load.SiteLoader;
import de.quartier.model.Collection;
import de.quartier.model.Entry;
import de.quartier.model.GeoBounds;
import de.quartier.model.Site;
import de.quartier.model.SiteConfig;
import de.quartier.parse.SourceParser;
import de.quartier.render.Markdown;
import de.quartier.render.Output;
import de.quartier.render.SiteRenderer;
import de.quartier.render.StateHolidays;
import de.quartier.render.Theme;
import de.quartier.postprocess.LinkIndex;
import de.quartier.model.RenderedFile;
import de.quartier.load.UncommittedFiles;
import de.quartier.load.GitDates;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import de.quartier.source.SourceFile;
import de.quartier.validate.ValidationContext;
import de.quartier.write.OutputSink;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import de.quartier.model.Slug;

/** Runs the stages in order. Input problems end up in the result's diagnostics, never as exceptions. */
public final class Pipeline {
    private static final ZoneId FALLBACK_ZONE = ZoneId.of("Europe/Berlin");

    /** Reads and checks the whole site; writes nothing. */
    public BuildResult check(BuildOptions options) throws IOException {
        return check(options, Timings.sinceStart(), readAll(options), null, null, new UncommittedFiles(options.site()));
    }

    /** A build reads every file of the site. */
    private static Loading readAll(BuildOptions options) {
        return d -> new SiteLoader(d).load(options.site());
    }

    /** What may start as soon as the site's configuration is read, beside the check of its records. */
    interface ConfigRead {
        void read(LoadedSite loaded, SiteConfig config);
    }

    /** How a check gets the site's files: read all of them (a build), or only what changed (the preview). */
    interface Loading {
        LoadedSite load(Diagnostics diagnostics) throws IOException;
    }

    /**
     * @param records  records checked before (the preview), or null
     * @param onConfig told the configuration once it is read, before the records are checked; or null
     * @param uncommitted which content files are being written (never committed), asked only where a check needs it
     */
    BuildResult check(BuildOptions options, Timings timings, Loading loading, RecordCache records, ConfigRead onConfig,
                      java.util.function.Predicate<String> uncommitted) throws IOException {
        Diagnostics diagnostics = new Diagnostics(options.strict());
        LoadedSite loaded = loading.load(diagnostics);
        timings.stage("load");
        de.quartier.validate.SvgContent.check(loaded.media(), diagnostics);
        SourceParser parser = new SourceParser(diagnostics);

        Optional<SiteConfig> config = loaded.config().flatMap(parser::parseYaml)
                .flatMap(root -> new ConfigReader(diagnostics).read(root, options.baseUrl(), themesOnDisk(loaded), Theme.builtInStringKeys(),
                        theme -> Theme.languagesWith(themeFiles(loaded, theme).keySet())));
        if (onConfig != null && config.isPresent()) onConfig.read(loaded, config.get());
        ZoneId zone = config.map(SiteConfig::timezone).orElse(FALLBACK_ZONE);
        GeoBounds bounds = config.map(c -> c.map().bounds()).orElse(null);
        LocalDate today = options.today() != null ? options.today() : LocalDate.now(zone);
        ValidationContext context = new ValidationContext(zone, bounds, loaded.mediaFiles(), loaded.media(),
                config.map(SiteConfig::basePath).orElse("/"), today, uncommitted, new SiteExamples(loaded, config));
        List<SourceFile> recordFiles = loaded.recordFiles();
        if (records != null) {
            // a record checked before stays valid while what it was checked against is the same
            List<Object> against = new ArrayList<>();
            against.add(loaded.config().map(SourceFile::text).orElse(""));
            against.add(options.baseUrl());
            against.add(today); // an event's date is far ahead as of a day
            loaded.media().forEach((path, bytes) -> {
                against.add(path);
                against.add(bytes);
            });
            records.checkAgainst(against);
            records.retain(recordFiles);
        }
        RecordCheck.Outcome checked = RecordCheck.run(recordFiles, context, records, options.includeDrafts(), options.workers(), diagnostics);
        List<de.quartier.model.NewsItem> waiting = WaitingNews.of(checked.entries(), today, options.includeDrafts());
        List<Entry> entries = WaitingNews.without(checked.entries(), waiting);
        WaitingNews.warnFarAhead(checked.entries(), today, diagnostics);
        // translations (x.tr.md) are checked after their records (a draft's are not reported) and joined to them in assembly
        List<de.quartier.model.Translation> translations = RecordCheck.translations(loaded.translationFiles(), context, checked, diagnostics);
        timings.stage("validate");

        Map<Collection, Integer> read = new EnumMap<>(Collection.class);
        Map<Collection, Set<Slug>> onDisk = new EnumMap<>(Collection.class);
        for (SourceFile f : recordFiles) {
            read.merge(f.collection(), 1, Integer::sum);
            onDisk.computeIfAbsent(f.collection(), c -> new HashSet<>()).add(new Slug(f.slug()));
        }

        Optional<Site> site = Optional.empty();
        if (config.isPresent()) {
            site = Optional.of(new SiteAssembler(diagnostics, StateHolidays.of(config.get().holidays(), today)).assemble(new ArrayList<>(entries), config.get(), today, onDisk,
                    checked.draftsLeftOut(), checked.draftsShown(), checked.refsOfInvalid(), translations, waiting));
        }
        if (diagnostics.hasRealErrors()) site = Optional.empty();
        timings.stage("assemble");
        int drafts = checked.draftsLeftOut().values().stream().mapToInt(Set::size).sum();
        return new BuildResult(diagnostics, loaded, site, read, drafts, waiting);
    }

    /** The renderer of a checked site: the same for a build and the preview. */
    static SiteRenderer renderer(Site site, Theme theme, Map<String, LocalDate> fileDates) {
        return new SiteRenderer(site, theme, new Markdown(theme.strings().get("external"), theme.strings().get("body.table")),
                StateHolidays.of(site.config().holidays(), site.today()), fileDates);
    }

    /** One page's HTML in UTF-8, as the workers make it (the preview: no link check, so not where its parts stand). */
    static byte[] html(SiteRenderer renderer, Output.Page page) throws IOException {
        return filled(renderer, page).toBytes();
    }

    /** One page's HTML in UTF-8 and the parts copied into it. */
    static PageBuffer.Rendered rendered(SiteRenderer renderer, Output.Page page) throws IOException {
        return filled(renderer, page).rendered();
    }

    /** This thread's buffer with the page rendered into it. */
    private static PageBuffer filled(SiteRenderer renderer, Output.Page page) throws IOException {
        PageBuffer buffer = PageBuffer.forThisThread();
        renderer.render(page, buffer);
        return buffer;
    }

    /**
     * Checks the site and, if it has no errors, renders it file by file on a pool of workers,
     * writing each file into the sink's staging output at once and recording each page's links;
     * then checks the links and commits the output only if no error was found.
     */
    public BuildResult build(BuildOptions options, OutputSink sink) throws IOException {
        // beside the check: git's dates, and the theme with its templates compiled once the configuration names it
        CompletableFuture<Map<String, LocalDate>> fileDates = aside("quartier-git-dates", () -> GitDates.of(options.site()));
        AtomicReference<CompletableFuture<Theme>> themeAhead = new AtomicReference<>();
        Timings timings = Timings.sinceStart();
        BuildResult checked = check(options, timings, readAll(options), null,
                (loaded, config) -> themeAhead.set(aside("quartier-theme", () -> {
                    Theme t = new Theme(themeFiles(loaded, config.theme()), config.strings());
                    t.problems();
                    t.published(); // the assets' hashed names
                    return t;
                })), new UncommittedFiles(options.site()));
        if (checked.site().isEmpty()) return checked;
        // the records are read into the site: their texts need not stay in memory while it is rendered
        checked = checked.withLoaded(checked.loaded().withoutTexts());
        Site site = checked.site().get();
        // a checked site had a configuration, so the theme was started
        Theme theme = joined(themeAhead.get());
        TemplateProblems templates = new TemplateProblems(theme, site.config().theme());
        if (templates.check(checked.diagnostics()))
            return checked.withoutSite();
        SiteRenderer renderer = renderer(site, theme, joined(fileDates));
        timings.stage("set up");
        List<Output> plan = renderer.plan(checked.loaded().media());
        timings.stage("plan");
        // files made from every record first: one of them must not be the last job left running
        List<Output> work = new ArrayList<>(plan.stream().filter(Pipeline::ofWholeSite).toList());
        plan.stream().filter(o -> !ofWholeSite(o)).forEach(work::add);
        LinkIndex links = new LinkIndex(site.config().baseUrl());
        // a record's body links, worked out once for its pages and for the check at the end
        Map<String, List<SiteRenderer.BodyHref>> bodyLinks = new ConcurrentHashMap<>();
        Set<String> written = ConcurrentHashMap.newKeySet();
        try (OutputSink.Staging staging = sink.open()) {
            Workers.run(options.workers(), work, output -> {
                long started = Timings.on() ? System.nanoTime() : 0;
                byte[] bytes;
                if (output instanceof Output.Bundle bundle) {
                    for (RenderedFile f : bundle.files().get()) write(f, staging, written);
                    return;
                }
                if (output instanceof Output.Page page) {
                    PageBuffer.Rendered rendered;
                    try {
                        rendered = rendered(renderer, page);
                    } catch (Theme.Failure f) {
                        templates.failed(f, page.path());
                        return;
                    }
                    Entry source = page.source();
                    Set<String> bodyHrefs = new HashSet<>();
                    if (source != null) {
                        String lang = renderer.languageOf(page.path());
                        bodyLinks.computeIfAbsent(lang + ":" + source.collection().folder() + "/" + source.slug(), k -> renderer.bodyLinks(source, lang))
                                .forEach(l -> bodyHrefs.add(l.href()));
                    }
                    links.page(page.path(), rendered.html(), rendered.partOffsets(), rendered.parts(),
                            source == null ? null : source.common().sourcePath(), bodyHrefs);
                    bytes = rendered.html();
                } else {
                    bytes = ((Output.File) output).content().get();
                }
                write(new RenderedFile(output.path(), bytes), staging, written);
                if (Timings.on()) timings.file(output instanceof Output.Page p ? "page " + p.template()
                        : "file " + output.path().substring(Math.max(0, output.path().lastIndexOf('.'))), System.nanoTime() - started);
            });
            timings.stage("render");
            if (templates.report(checked.diagnostics())) return checked;
            List<LinkIndex.SourcedLink> sourced = new ArrayList<>();
            List<String> recordFiles = new ArrayList<>();
            for (Collection c : Collection.values())
                for (Entry e : site.all(c)) {
                    recordFiles.add(e.common().sourcePath());
                    bodyLinks.computeIfAbsent(site.config().language() + ":" + e.collection().folder() + "/" + e.slug(), k -> renderer.bodyLinks(e))
                            .forEach(l -> sourced.add(new LinkIndex.SourcedLink(l.page(), l.href(), l.written(), l.at())));
                }
            renderer.translatedBodyLinks().forEach(l -> sourced.add(new LinkIndex.SourcedLink(l.page(), l.href(), l.written(), l.at())));
            // a published page's link to a news item that waits is told why it is missing
            Map<String, String> later = WaitingNews.laterPages(checked.waiting());
            WaitingNews.checkLinks(checked.waiting(), later, renderer, links, written, recordFiles, checked.diagnostics());
            links.check(written, sourced, recordFiles, later, checked.diagnostics());
            timings.stage("link check");
            if (checked.diagnostics().hasErrors())
                return checked.linksChecked(0);
            staging.commit();
            timings.stage("commit");
        }
        timings.print();
        return checked.linksChecked(written.size());
    }

    /** Writes a file and records its path: a path the plan makes twice is refused here, whatever the sink. */
    private static void write(RenderedFile file, OutputSink.Staging staging, Set<String> written) throws IOException {
        if (!written.add(file.path())) throw new IOException("written twice: " + file.path());
        staging.write(file);
    }

    /**
     * Work that runs beside the check, on a thread of its own: not on the common pool, whose one
     * worker on two processors checks the records with the main thread.
     */
    private static <T> CompletableFuture<T> aside(String name, java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        });
    }

    /** The result of work done aside; what it threw, thrown here as it was. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    private static boolean ofWholeSite(Output o) {
        return o instanceof Output.Bundle || o instanceof Output.File f && f.wholeSite();
    }

    private static Set<String> themesOnDisk(LoadedSite loaded) {
        Set<String> names = new java.util.TreeSet<>();
        for (String path : loaded.themeFiles().keySet()) {
            String[] parts = path.split("/");
            if (parts.length > 2) names.add(parts[1]);
        }
        return names;
    }

    /** The files of the site's chosen theme, keyed relative to its folder; none when the built-in theme is used as is. */
    static Map<String, byte[]> themeFiles(LoadedSite loaded, String themeName) {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        if (themeName == null) return out;
        String prefix = "themes/" + themeName + "/";
        loaded.themeFiles().forEach((path, bytes) -> {
            if (path.startsWith(prefix)) out.put(path.substring(prefix.length()), bytes);
        });
        return out;
    }
}
