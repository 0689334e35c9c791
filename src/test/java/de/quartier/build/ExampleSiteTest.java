package de.quartier.build;

import de.quartier.TestSites;
import de.quartier.model.Collection;
import de.quartier.model.ContactPoint;
import de.quartier.model.Offering;
import de.quartier.model.Place;
import de.quartier.model.Quarter;
import de.quartier.model.Site;
import de.quartier.model.Slug;
import de.quartier.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Bottrop example site in the repository reads without a single problem and has what the brief asks for. */
class ExampleSiteTest {
    private static BuildResult result;
    private static Site site;

    @BeforeAll
    static void check() throws Exception {
        result = new Pipeline().check(new BuildOptions(Path.of("."), TestSites.TODAY, false, null));
        site = result.site().orElse(null);
    }

    @Test
    void noErrorsNoWarnings() {
        assertEquals(List.of(), TestSites.lines(result));
        assertTrue(site != null);
    }

    @Test
    void allThreeDistrictsAndAtLeastTwelveQuarters() {
        Set<String> districts = site.quarters().stream().map(Quarter::district).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("Bottrop-Mitte", "Bottrop-Süd", "Bottrop-Kirchhellen"), districts);
        assertTrue(site.quarters().size() >= 12, "quarters: " + site.quarters().size());
    }

    @Test
    void contactPointsCurrentEndedUpcomingAndShared() {
        List<ContactPoint> cps = site.contactPoints();
        assertTrue(cps.size() >= 20, "contact points: " + cps.size());
        assertTrue(cps.stream().filter(c -> site.status(c) == Status.ENDED).count() >= 2, "some ended");
        assertTrue(cps.stream().anyMatch(c -> site.status(c) == Status.UPCOMING), "one upcoming");
        assertTrue(cps.stream().anyMatch(c -> c.operators().size() >= 2), "one shared by two operators");
    }

    @Test
    void offeringsRegularDatedMobileAndAtVenues() {
        List<Offering> os = site.offerings();
        assertTrue(os.size() >= 60, "offerings: " + os.size());
        assertTrue(os.stream().anyMatch(o -> o.schedule() != null), "regular");
        assertTrue(os.stream().anyMatch(Offering::isDated), "dated");
        assertTrue(os.stream().anyMatch(o -> o.place() instanceof Place.Mobile), "mobile");
        assertTrue(os.stream().filter(o -> o.place() instanceof Place.AtVenue).count() >= 2, "at venues");
        assertTrue(os.stream().anyMatch(o -> o.isDated() && site.status(o) == Status.ENDED), "a past event");
        assertTrue(os.stream().anyMatch(o -> o.isDated() && site.status(o) == Status.CURRENT), "an upcoming event");
    }

    @Test
    void thePagesTheBriefNames() {
        for (String slug : List.of("verfuegungsfonds", "quartierskoordination", "impressum", "datenschutz", "barrierefreiheit", "ueber-diese-seite"))
            assertTrue(site.find(Collection.PAGES, new Slug(slug)).isPresent(), slug);
        assertTrue(site.news().size() >= 3);
        assertTrue(site.operators().size() >= 5);
        assertTrue(site.programs().size() >= 2);
    }
}
