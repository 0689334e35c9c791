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
import de.quartier.render.PageRenderer;
import de.quartier.render.StateHolidays;
import de.quartier.render.Theme;
import de.quartier.postprocess.LinkChecker;
import de.quartier.source.SourceFile;
import de.quartier.validate.RecordValidator;
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
        Diagnostics diagnostics = new Diagnostics();
        LoadedSite loaded = new SiteLoader(diagnostics).load(options.site());
        SourceParser parser = new SourceParser(diagnostics);

        Optional<SiteConfig> config = loaded.config().flatMap(parser::parseYaml)
                .flatMap(root -> new ConfigReader(diagnostics).read(root, options.baseUrl(), themesOnDisk(loaded)));
        ZoneId zone = config.map(SiteConfig::timezone).orElse(FALLBACK_ZONE);
        GeoBounds bounds = config.map(c -> c.map().bounds()).orElse(null);
        RecordValidator validator = new RecordValidator(new ValidationContext(zone, bounds, loaded.mediaFiles(), loaded.media()), diagnostics);

        List<Entry> entries = loaded.records().parallelStream()
                .map(parser::parse).flatMap(Optional::stream)
                .map(validator::validate).flatMap(Optional::stream)
                .sorted(Comparator.comparing((Entry e) -> e.collection()).thenComparing(Entry::slug))
                .toList();

        Map<Collection, Integer> read = new EnumMap<>(Collection.class);
        Map<Collection, Set<Slug>> onDisk = new EnumMap<>(Collection.class);
        for (SourceFile f : loaded.records()) {
            read.merge(f.collection(), 1, Integer::sum);
            onDisk.computeIfAbsent(f.collection(), c -> new HashSet<>()).add(new Slug(f.slug()));
        }

        Optional<Site> site = Optional.empty();
        if (config.isPresent()) {
            LocalDate today = options.today() != null ? options.today() : LocalDate.now(zone);
            site = Optional.of(new SiteAssembler(diagnostics).assemble(new ArrayList<>(entries), config.get(), today, options.includeDrafts(), onDisk));
        }
        if (diagnostics.hasErrors()) site = Optional.empty();
        return new BuildResult(diagnostics, loaded, site, read, 0);
    }

    /** Checks the site and, if it has no errors, renders it, checks the pages, and writes them into the sink. */
    public BuildResult build(BuildOptions options, OutputSink sink) throws IOException {
        // Jollyday takes a few hundred milliseconds to read its data: do it while the site is checked
        java.util.concurrent.CompletableFuture<de.focus_shift.jollyday.core.HolidayManager> germany =
                java.util.concurrent.CompletableFuture.supplyAsync(StateHolidays::germany);
        java.util.concurrent.CompletableFuture<Map<String, LocalDate>> fileDates =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> de.quartier.load.GitDates.of(options.site()));
        BuildResult checked = check(options);
        if (checked.site().isEmpty()) return checked;
        Site site = checked.site().get();
        Theme theme = new Theme(themeFiles(checked.loaded(), site.config().theme()));
        StateHolidays holidays = StateHolidays.of(germany.join(), site.config().holidays(), site.today());
        PageRenderer.Output output = new PageRenderer(site, theme, new Markdown(theme.strings().get("external")), holidays, fileDates.join())
                .render(checked.loaded().media());
        new LinkChecker(checked.diagnostics()).check(output.files(), site.config().baseUrl(), output.sourceOf());
        if (checked.diagnostics().hasErrors())
            return new BuildResult(checked.diagnostics(), checked.loaded(), Optional.empty(), checked.recordsRead(), 0);
        sink.write(output.files());
        return new BuildResult(checked.diagnostics(), checked.loaded(), checked.site(), checked.recordsRead(), output.files().size());
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
    private static Map<String, byte[]> themeFiles(LoadedSite loaded, String themeName) {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        if (themeName == null) return out;
        String prefix = "themes/" + themeName + "/";
        loaded.themeFiles().forEach((path, bytes) -> {
            if (path.startsWith(prefix)) out.put(path.substring(prefix.length()), bytes);
        });
        return out;
    }
}
