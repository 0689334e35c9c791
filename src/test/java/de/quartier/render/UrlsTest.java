package de.quartier.render;

import de.quartier.assemble.SiteAssembler;
import de.quartier.model.Collection;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlsTest {
    @Test
    void everyFolderTheSiteMakesIsReservedForPages() {
        for (Urls.Facet f : Urls.Facet.values())
            assertTrue(SiteAssembler.RESERVED_PAGE_SLUGS.contains(f.segment()), f.segment());
        for (Collection c : Collection.values())
            if (!c.urlSegment().isEmpty()) assertTrue(SiteAssembler.RESERVED_PAGE_SLUGS.contains(c.urlSegment()), c.urlSegment());
        assertTrue(SiteAssembler.RESERVED_PAGE_SLUGS.contains("assets"));
    }

    @Test
    void pathsAndLinksUnderTheBasePath() {
        Urls urls = new Urls("/quartiersentwicklung/");
        assertEquals("zielgruppen/seniorinnen-und-senioren/", Urls.pathOf(Urls.Facet.TARGET_GROUP, "Seniorinnen und Senioren"));
        assertEquals("bezirke/bottrop-sued/", Urls.pathOf(Urls.Facet.DISTRICT, "Bottrop-Süd"));
        assertEquals("/quartiersentwicklung/angebote/", urls.href("angebote/"));
        assertEquals("index.html", Urls.file(""));
        assertEquals("angebote/x/index.html", Urls.file("angebote/x/"));
    }
}
