package de.quartier.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SiteTest {
    private static final SourceSpan AT = SourceSpan.startOf("x.md");

    private static Common common(String slug) {
        return new Common(new Slug(slug), "x.md", slug, null, false, null, null, "", 1, List.of());
    }

    private static Ref ref(String slug) {
        return new Ref(new Slug(slug), AT);
    }

    private static ContactPoint cp(String slug, String... quarters) {
        return new ContactPoint(common(slug), java.util.Arrays.stream(quarters).map(SiteTest::ref).toList(), null,
                List.of(ref("stadt")), new Address("Weg 1", "46236", "Bottrop"), new GeoPoint(51.5, 6.9), null, null,
                null, null, null, List.of(), List.of(), List.of(), List.of(), null, List.of(), null, List.of());
    }

    private static Offering at(String slug, String cp) {
        return new Offering(common(slug), new Place.AtContactPoint(ref(cp)), List.of(), null, new OpeningHours("We 10:00-12:00", List.of()),
                List.of(), null, List.of(), List.of(), List.of(), null, null, null, null, List.of());
    }

    private static final SiteConfig CONFIG = new SiteConfig("T", null, "https://example.org/q/", "de", ZoneId.of("Europe/Berlin"), null, null,
            new SiteConfig.MapSettings(new GeoPoint(51.5, 6.9), 12, new GeoBounds(new GeoPoint(51, 6), new GeoPoint(52, 7)),
                    new SiteConfig.Tiles("https://t/{z}/{x}/{y}.png", "©", 19), true), null, null, null, null, null);

    @Test
    void collectionsInSlugOrderAndReverseIndexes() {
        Quarter a = new Quarter(common("a"), "Mitte", null, null, null, List.of(), List.of(), List.of());
        Site site = new Site(CONFIG, LocalDate.of(2026, 11, 21),
                List.of(cp("z-buero", "a"), cp("b-buero", "a", "c"), at("o2", "z-buero"), at("o1", "z-buero"), a),
                e -> Status.CURRENT);
        assertEquals(List.of("b-buero", "z-buero"), site.contactPoints().stream().map(e -> e.slug().value()).toList());
        assertEquals(List.of("b-buero", "z-buero"), site.contactPointsIn(a).stream().map(e -> e.slug().value()).toList());
        assertEquals(List.of("o1", "o2"), site.offeringsAt(site.contactPoints().get(1)).stream().map(e -> e.slug().value()).toList());
        assertEquals(List.of(), site.offeringsAt(site.contactPoints().get(0)));
        assertEquals("/q/", site.config().basePath());
    }

    @Test
    void duplicateSlugIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new Site(CONFIG, LocalDate.now(), List.of(cp("a", "q"), cp("a", "q")), e -> Status.CURRENT));
    }

    @Test
    void activePeriodStatus() {
        ActivePeriod p = new ActivePeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(Status.UPCOMING, p.statusOn(LocalDate.of(2025, 12, 31)));
        assertEquals(Status.CURRENT, p.statusOn(LocalDate.of(2026, 1, 1)));
        assertEquals(Status.CURRENT, p.statusOn(LocalDate.of(2026, 12, 31)));
        assertEquals(Status.ENDED, p.statusOn(LocalDate.of(2027, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new ActivePeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void slugSyntaxAndSuggestion() {
        assertThrows(IllegalArgumentException.class, () -> new Slug("Quartiersbüro"));
        assertEquals("quartiersbuero-welheim", Slug.suggest("Quartiersbüro Welheim"));
        assertEquals("strasse-1", Slug.suggest("Straße 1"));
    }
}
