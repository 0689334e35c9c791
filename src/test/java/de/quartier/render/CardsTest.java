package de.quartier.render;

import de.quartier.TestSites;
import de.quartier.build.BuildOptions;
import de.quartier.build.BuildResult;
import de.quartier.build.Pipeline;
import de.quartier.write.MemorySink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardsTest {
    @TempDir
    Path temp;

    /** A square named like its street ("Mühlenplatz"): a card names it once, not "Mühlenplatz, Mühlenplatz 1, …". */
    @Test
    void aPlaceNamedLikeItsStreetIsNamedOnce() throws Exception {
        Path site = TestSites.copyBase(temp.resolve("site"));
        Path office = site.resolve("content/contact-points/quartiersbuero-altstadt.md");
        TestSites.replace(office, "title: Quartiersbüro Altstadt", "title: Hansastraße");
        MemorySink sink = new MemorySink();
        BuildResult r = new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), sink);
        assertTrue(r.ok(), TestSites.lines(r).toString());
        String listing = new String(sink.files().get("angebote/index.html"), StandardCharsets.UTF_8);
        assertTrue(listing.contains("Hansastraße 1"), listing);
        assertFalse(listing.contains("Hansastraße, Hansastraße"), listing);
        String calendar = new String(sink.files().get("angebote/sprechstunde/kalender.ics"), StandardCharsets.UTF_8);
        assertTrue(calendar.contains("LOCATION:Hansastraße 1\\, 46236 Bottrop"), calendar);
        // a name that only begins like the street stays
        TestSites.replace(office, "title: Hansastraße", "title: Hansa");
        sink = new MemorySink();
        assertTrue(new Pipeline().build(new BuildOptions(site, TestSites.TODAY, false, null), sink).ok());
        assertTrue(new String(sink.files().get("angebote/index.html"), StandardCharsets.UTF_8).contains("Hansa, Hansastraße 1"));
    }
}
