package de.quartier.build;

import de.quartier.diag.Diagnostics;
import de.quartier.load.LoadedSite;
import de.quartier.model.Collection;
import de.quartier.schema.RecordSkeleton;
import de.quartier.source.SourceFile;
import de.quartier.source.YamlScalar;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's own examples for the hint of a missing field (a quarter it has, its city, a position
 * inside its map), as {@code quartier new}'s comments give them: the content model's example may
 * name what another city's site does not have ("quarters: [altstadt]" in Aachen). Made on the
 * first hint a build needs, once: a build without a missing field reads nothing for it.
 */
final class SiteExamples implements java.util.function.BinaryOperator<String> {
    private final LoadedSite loaded;
    private final Optional<de.quartier.model.SiteConfig> config;
    private volatile RecordSkeleton skeleton;
    private final Map<Collection, Map<String, String>> byCollection = new java.util.concurrent.ConcurrentHashMap<>();

    SiteExamples(LoadedSite loaded, Optional<de.quartier.model.SiteConfig> config) {
        this.loaded = loaded;
        this.config = config;
    }

    /** The example of a record's field by its dotted key ("quarters", "address.city"), or null. */
    @Override
    public String apply(String file, String key) {
        String[] parts = file.split("/");
        if (parts.length != 3 || !parts[0].equals("content")) return null;
        Optional<Collection> c = Collection.ofFolder(parts[1]);
        if (c.isEmpty()) return null;
        return byCollection.computeIfAbsent(c.get(), k -> skeleton().requiredExamples(k)).get(key);
    }

    private RecordSkeleton skeleton() {
        RecordSkeleton s = skeleton;
        if (s == null) {
            synchronized (this) {
                if (skeleton == null) skeleton = new RecordSkeleton(slugs(loaded), examples(loaded, config));
                s = skeleton;
            }
        }
        return s;
    }

    /** The site's records' slugs by collection, in slug order. */
    static Map<Collection, List<String>> slugs(LoadedSite loaded) {
        Map<Collection, List<String>> out = new EnumMap<>(Collection.class);
        for (SourceFile f : loaded.recordFiles()) out.computeIfAbsent(f.collection(), c -> new ArrayList<>()).add(f.slug());
        out.replaceAll((c, l) -> l.stream().sorted().distinct().toList());
        return out;
    }

    /**
     * Examples taken from the site itself, by field key, so that one taken as it stands fits the
     * site: a position at its map's centre (inside the map's bounds), its owner as an image
     * credit, the city and postal code of its first contact point, the phone area code of the first
     * that has a number.
     */
    static Map<String, String> examples(LoadedSite loaded, Optional<de.quartier.model.SiteConfig> siteConfig) {
        Map<String, String> out = new java.util.HashMap<>();
        Diagnostics quiet = new Diagnostics();
        de.quartier.parse.SourceParser parser = new de.quartier.parse.SourceParser(quiet);
        siteConfig.ifPresent(config -> {
                    if (config.map() != null) {
                        de.quartier.model.GeoPoint c = config.map().center();
                        out.put("geo", String.format(java.util.Locale.ROOT, "{lat: %.4f, lon: %.4f}", c.lat(), c.lon()));
                        out.put("center", String.format(java.util.Locale.ROOT, "[%.4f, %.4f]", c.lat(), c.lon()));
                    }
                    if (config.owner() != null) out.put("credit", YamlScalar.of(config.owner().name()));
                });
        // the first contact point (by slug) that has an address, and the first with a phone number: not every office has one
        List<SourceFile> offices = loaded.recordFiles().stream().filter(f -> f.collection() == Collection.CONTACT_POINTS && f.language() == null)
                .sorted(java.util.Comparator.comparing(SourceFile::slug)).toList();
        for (SourceFile office : offices) {
            if (out.containsKey("city") && out.containsKey("phone")) break;
            parser.parse(office).ifPresent(record -> {
                de.quartier.source.Fields fields = de.quartier.source.Fields.of(record, quiet);
                // the city's area code, the rest left as zeros: an example, not a real office's number
                String phone = fields.text("phone");
                if (!out.containsKey("phone") && phone != null && phone.matches("0\\d{2,5}[ /].+")) {
                    int space = phone.replace('/', ' ').indexOf(' ');
                    out.put("phone", phone.substring(0, space) + phone.substring(space).replaceAll("\\d", "0"));
                }
                de.quartier.source.Fields address = fields.map("address");
                if (address == null || out.containsKey("city")) return;
                String city = address.text("city");
                String postalCode = address.text("postal_code");
                if (city != null) out.put("city", YamlScalar.of(city));
                if (postalCode != null) out.put("postal_code", postalCode.startsWith("0") ? "\"" + postalCode + "\"" : postalCode);
            });
        }
        return out;
    }
}
