package de.quartier.build;

import de.quartier.TestSites;
import de.quartier.model.Collection;
import de.quartier.model.ContactPoint;
import de.quartier.model.Program;
import de.quartier.model.Site;
import de.quartier.model.Slug;
import de.quartier.model.Status;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example sites of Aachen, Gelsenkirchen and Erkelenz (examples/) read without a single
 * problem and have what makes each city different: shared offices with each operator's hours
 * (Aachen), a Stadtteil level between Stadtbezirk and quarter (Gelsenkirchen), a programme that
 * ended and a notice that says so (Erkelenz).
 */
class CityExamplesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static Site checked(String city) throws IOException {
        BuildResult result = new Pipeline().check(new BuildOptions(Path.of("examples", city), TODAY, false, null));
        assertEquals(List.of(), TestSites.lines(result), city + ": 0 errors, 0 warnings");
        return result.site().orElseThrow();
    }

    private static void hasTheCommonParts(Site site, int quarters, int contactPoints) {
        assertTrue(site.quarters().size() >= quarters, "quarters: " + site.quarters().size());
        assertTrue(site.contactPoints().size() >= contactPoints, "contact points: " + site.contactPoints().size());
        for (ContactPoint cp : site.contactPoints())
            assertFalse(site.offeringsAt(cp).isEmpty(), "offerings at " + cp.slug());
        assertTrue(site.news().size() >= 4, "news: " + site.news().size());
        assertFalse(site.operators().isEmpty());
        assertFalse(site.programs().isEmpty());
        for (String slug : List.of("impressum", "datenschutz", "barrierefreiheit", "ueber-diese-seite", "quartiersarbeit"))
            assertTrue(site.find(Collection.PAGES, new Slug(slug)).isPresent(), slug);
    }

    @Test
    void aachen() throws IOException {
        Site site = checked("aachen");
        hasTheCommonParts(site, 8, 10);
        assertTrue(site.contactPoints().stream().filter(cp -> !cp.operatorHours().isEmpty()).count() >= 2,
                "Bürogemeinschaften: offices where several operators keep their own hours");
        assertTrue(site.contactPoints().stream().anyMatch(cp -> "Stadtteilbüro".equals(cp.kind())));
        assertTrue(site.programs().stream().anyMatch(p -> ended(p, site)), "a programme that ended (Soziale Stadt Aachen-Nord)");
        assertTrue(site.offerings().stream().anyMatch(o -> o.title().contains("Stadtteilkonferenz") && o.schedule() != null),
                "Stadtteilkonferenzen meet regularly");
    }

    @Test
    void gelsenkirchen() throws IOException {
        Site site = checked("gelsenkirchen");
        hasTheCommonParts(site, 6, 10);
        assertTrue(site.quarters().stream().allMatch(q -> q.area() != null), "every quarter names its Stadtteil");
        assertTrue(site.quarters().stream().map(q -> q.area()).distinct().count() >= 2, "quarters in more than one Stadtteil");
        assertTrue(site.contactPoints().stream().anyMatch(cp -> cp.operators().size() >= 2 && !cp.operatorHours().isEmpty()),
                "a Quartiersladen shared with other projects");
        assertFalse(site.config().strings().isEmpty(), "the city's own words");
    }

    @Test
    void erkelenz() throws IOException {
        Site site = checked("erkelenz");
        hasTheCommonParts(site, 2, 3);
        assertTrue(site.config().notice() != null && !site.config().notice().isBlank(), "the end of the city's funding is said on every page");
        assertTrue(site.programs().stream().anyMatch(p -> ended(p, site)), "the city's funding ended");
        assertTrue(site.contactPoints().stream().anyMatch(cp -> site.status(cp) == Status.ENDED), "the first office (in a Kita) closed");
        assertTrue(site.contactPoints().stream().anyMatch(cp -> site.status(cp) == Status.CURRENT && cp.operators().size() >= 3),
                "the Quartierszentrum shared by a Kita, the Bürgerverein and a church operator");
        assertTrue(site.offerings().stream().anyMatch(o -> site.status(o) == Status.ENDED), "offerings that ended");
        assertTrue(site.offerings().stream().anyMatch(o -> site.status(o) == Status.CURRENT), "offerings that still run");
        assertTrue(site.offerings().stream().anyMatch(o -> !o.programs().isEmpty()), "the youth work names the programme that pays for it");
    }

    private static boolean ended(Program p, Site site) {
        return site.status(p) == Status.ENDED;
    }
}
