package de.quartier.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import de.quartier.TestSites;
import de.quartier.load.GitDates;
import de.quartier.model.Collection;
import de.quartier.model.Entry;
import de.quartier.model.NewsItem;
import de.quartier.model.Offering;
import de.quartier.model.Quarter;
import de.quartier.model.Site;
import de.quartier.model.Status;
import de.quartier.render.search.SearchShards;
import de.quartier.render.search.SearchText;
import de.quartier.render.search.ShardLookup;
import de.quartier.render.Urls;
import de.quartier.write.MemorySink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What lets people and machines find the example site's pages: the sitemap (valid against the
 * sitemaps.org schema, exactly the indexed pages), robots.txt, the Atom feeds (read by ROME), the
 * search index, the head tags of record pages, and the offering finder's pages. All of it is the
 * same byte for byte when the site is built again.
 */
class FindOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Pattern ATOM_DAY_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T00:00:00[+-]\\d{2}:\\d{2}");
    private static Map<String, byte[]> files;
    private static Map<String, byte[]> again;
    private static Site site;
    private static String base;
    private static String basePath;

    @BeforeAll
    static void build() throws Exception {
        files = buildExample();
        again = buildExample();
    }

    private static Map<String, byte[]> buildExample() throws Exception {
        MemorySink sink = new MemorySink();
        BuildResult r = new Pipeline().build(new BuildOptions(Path.of("."), TestSites.TODAY, false, null), sink);
        assertTrue(r.ok(), TestSites.lines(r).toString());
        site = r.site().orElseThrow();
        base = site.config().baseUrl();
        basePath = site.config().basePath();
        return sink.files();
    }

    private static String text(String path) {
        byte[] b = files.get(path);
        assertNotNull(b, path + " is not in the output");
        return new String(b, StandardCharsets.UTF_8);
    }

    private static Document html(String path) {
        return Jsoup.parse(text(path), base + path.replaceFirst("index\\.html$", ""));
    }

    /**
     * The output file a link points at, or null when it leaves the site. Links may be absolute,
     * root-relative or relative to {@code fromPage} (a page path such as "angebote/x/").
     */
    private static String target(String fromPage, String href) {
        URI u = URI.create(base + fromPage).resolve(href.replace(" ", "%20"));
        String abs = u.getScheme() + "://" + u.getRawAuthority() + u.getRawPath();
        if (!abs.startsWith(base)) return null;
        String path = java.net.URLDecoder.decode(abs.substring(base.length()), StandardCharsets.UTF_8);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    private static void assertExists(String fromPage, String href) {
        String file = target(fromPage, href);
        assertNotNull(file, href + " (on " + fromPage + ") leaves the site");
        assertTrue(files.containsKey(file), href + " (on " + fromPage + ") points at " + file + ", which was not built");
    }

    private static boolean noindex(String htmlFile) {
        return !html(htmlFile).select("meta[name=robots][content*=noindex]").isEmpty();
    }

    private static List<String> pageFiles() {
        return files.keySet().stream().filter(p -> p.equals("index.html") || p.endsWith("/index.html")).toList();
    }

    private static String pagePath(String indexFile) {
        return indexFile.substring(0, indexFile.length() - "index.html".length());
    }

    private static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(bytes));
    }

    /** The sitemap's URLs in order, each with its lastmod text (null when left out). */
    private static Map<String, String> sitemap(byte[] bytes) throws Exception {
        org.w3c.dom.Document doc = xml(bytes);
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        assertEquals(SITEMAP_NS, doc.getDocumentElement().getNamespaceURI());
        Map<String, String> out = new LinkedHashMap<>();
        NodeList urls = doc.getElementsByTagNameNS(SITEMAP_NS, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent();
            NodeList lastmod = url.getElementsByTagNameNS(SITEMAP_NS, "lastmod");
            assertFalse(out.containsKey(loc), "listed twice: " + loc);
            out.put(loc, lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent());
        }
        return out;
    }

    private static List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        for (Collection c : Collection.values()) out.addAll(site.all(c));
        return out;
    }

    private static List<NewsItem> newestFirst(List<NewsItem> news) {
        return news.stream().sorted(Comparator.comparing(NewsItem::date).reversed().thenComparing(NewsItem::slug)).toList();
    }

    // ---- sitemap and robots.txt --------------------------------------------------------------

    @Test
    void sitemapIsValidAgainstTheSitemapsOrgSchema() throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Validator v = sf.newSchema(new StreamSource(TestSites.RESOURCES.resolve("xsd/sitemap.xsd").toFile())).newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(files.get("sitemap.xml"))));
        } catch (SAXException e) {
            fail("sitemap.xml does not match the sitemaps.org 0.9 schema: " + e.getMessage());
        }
        assertTrue(text("sitemap.xml").startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    @Test
    void sitemapListsExactlyTheIndexedPages() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (String f : pageFiles()) if (!noindex(f)) expected.add(base + pagePath(f));
        Map<String, String> sitemap = sitemap(files.get("sitemap.xml"));
        assertEquals(expected, new TreeSet<>(sitemap.keySet()));
        assertTrue(sitemap.containsKey(base), "the home page");
        assertFalse(sitemap.keySet().stream().anyMatch(l -> l.contains("404")), "not the 404 page");
        assertFalse(sitemap.keySet().stream().anyMatch(l -> l.endsWith("/druck/")), "not the print sheets");
        assertTrue(noindex("404.html"), "the 404 page keeps out of search engines too");
        for (Quarter q : site.quarters()) {
            String print = Urls.pathOf(q) + "druck/index.html";
            if (files.containsKey(print)) assertTrue(noindex(print), print);
        }
        List<String> sorted = new ArrayList<>(sitemap.keySet());
        sorted.sort(Comparator.naturalOrder());
        assertEquals(sorted, new ArrayList<>(sitemap.keySet()), "sorted, so that a diff of two builds reads well");
    }

    @Test
    void sitemapHasEveryRecordPageButNoEndedOne() throws Exception {
        Map<String, String> sitemap = sitemap(files.get("sitemap.xml"));
        int ended = 0;
        for (Entry e : all()) {
            String loc = base + Urls.pathOf(e);
            assertTrue(files.containsKey(Urls.file(Urls.pathOf(e))), "a page for every record: " + loc);
            if (site.status(e) == Status.ENDED) {
                ended++;
                assertFalse(sitemap.containsKey(loc), "ended: " + loc);
                assertTrue(noindex(Urls.file(Urls.pathOf(e))), "an ended record's page keeps out of search engines: " + loc);
            } else {
                assertTrue(sitemap.containsKey(loc), "missing: " + loc);
            }
        }
        assertTrue(ended > 0, "the example site has ended records, so this test means something");
    }

    @Test
    void sitemapDatesAreTheRecordsUpdatedOrTheirLastCommit() throws Exception {
        Map<String, String> sitemap = sitemap(files.get("sitemap.xml"));
        for (var e : sitemap.entrySet())
            if (e.getValue() != null) LocalDate.parse(e.getValue()); // a plain date, no build clock time
        Map<String, LocalDate> commits = GitDates.of(Path.of("."));
        LocalDate newest = null;
        for (Entry e : all()) {
            if (site.status(e) == Status.ENDED) continue;
            LocalDate expected = e.common().updated() != null ? e.common().updated() : commits.get(e.common().sourcePath());
            String loc = base + Urls.pathOf(e);
            assertEquals(expected == null ? null : expected.toString(), sitemap.get(loc), loc);
            if (expected != null && (newest == null || expected.isAfter(newest))) newest = expected;
        }
        assertEquals(newest == null ? null : newest.toString(), sitemap.get(base), "the home page: the newest date of all");
    }

    @Test
    void updatedDatesReachTheSitemapListingsAndFeed(@TempDir Path temp) throws Exception {
        // the base site outside any Git repository: the only dates are the ones written in the records
        Path dir = TestSites.copyBase(temp.resolve("site"));
        Path lesefest = dir.resolve("content/offerings/lesefest.md");
        Files.writeString(lesefest, Files.readString(lesefest).replaceFirst("\ntitle: ", "\nupdated: 2026-10-01\ntitle: "));
        Path news = dir.resolve("content/news/eroeffnung.md");
        Files.writeString(news, Files.readString(news).replaceFirst("\ntitle: ", "\nupdated: 2026-03-15\ntitle: "));
        MemorySink sink = new MemorySink();
        BuildResult r = new Pipeline().build(new BuildOptions(dir, TestSites.TODAY, false, null), sink);
        assertTrue(r.ok(), TestSites.lines(r).toString());
        String url = r.site().orElseThrow().config().baseUrl();
        Map<String, String> sitemap = sitemap(sink.files().get("sitemap.xml"));
        assertEquals("2026-10-01", sitemap.get(url + "angebote/lesefest/"), "the record's updated");
        assertEquals("2026-10-01", sitemap.get(url + "angebote/"), "a listing: the newest date of its collection");
        assertEquals("2026-03-15", sitemap.get(url + "aktuelles/"));
        assertEquals("2026-10-01", sitemap.get(url), "the home page: the newest date of all");
        assertNull(sitemap.get(url + "angebote/spielmobil/"));
        assertNull(sitemap.get(url + "impressum/"));

        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(sink.files().get("aktuelles/feed.xml"))));
        SyndEntry entry = feed.getEntries().get(0);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals(LocalDate.of(2026, 3, 1).atStartOfDay(berlin).toInstant(), entry.getPublishedDate().toInstant());
        assertEquals(LocalDate.of(2026, 3, 15).atStartOfDay(berlin).toInstant(), entry.getUpdatedDate().toInstant());
    }

    @Test
    void robotsTxtNamesTheSitemap() {
        String robots = text("robots.txt");
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: " + base + "sitemap.xml\n", robots);
        assertTrue(URI.create(base + "sitemap.xml").isAbsolute());
        assertTrue(files.containsKey("sitemap.xml"));
    }

    // ---- Atom feeds ------------------------------------------------------------------------

    private static SyndFeed feed(String path) throws Exception {
        byte[] bytes = files.get(path);
        assertNotNull(bytes, path);
        xml(bytes); // well-formed XML on its own
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(bytes)));
        assertEquals("atom_1.0", feed.getFeedType(), path);
        assertNotNull(feed.getTitle(), path);
        assertNotNull(feed.getPublishedDate(), path + ": the feed's updated");
        SyndLink self = feed.getLinks().stream().filter(l -> "self".equals(l.getRel())).findFirst().orElse(null);
        assertNotNull(self, path + ": a self link");
        assertEquals(base + path, self.getHref(), path);
        Set<String> ids = new HashSet<>();
        for (SyndEntry e : feed.getEntries()) {
            assertTrue(ids.add(e.getUri()), path + ": id used twice: " + e.getUri());
            assertTrue(URI.create(e.getLink()).isAbsolute() && e.getLink().startsWith(base), path + ": " + e.getLink());
            assertEquals(e.getLink(), e.getUri(), path + ": the id is the page's URL");
            assertExists("", e.getLink());
            assertNotNull(e.getPublishedDate(), path + ": published");
            assertNotNull(e.getUpdatedDate(), path + ": updated");
        }
        return feed;
    }

    private static List<String> links(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getLink).toList();
    }

    @Test
    void siteFeedHasAllNewsNewestFirst() throws Exception {
        SyndFeed feed = feed("aktuelles/feed.xml");
        List<String> expected = newestFirst(site.news()).stream().map(n -> base + Urls.pathOf(n)).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, links(feed));
        ZoneId zone = site.config().timezone();
        for (int i = 0; i < feed.getEntries().size(); i++) {
            NewsItem n = newestFirst(site.news()).get(i);
            SyndEntry e = feed.getEntries().get(i);
            assertEquals(n.title(), e.getTitle());
            assertEquals(n.date().atStartOfDay(zone).toInstant(), e.getPublishedDate().toInstant(), "start of the day in " + zone);
        }
        String raw = text("aktuelles/feed.xml");
        var m = Pattern.compile("<(?:published|updated)>([^<]*)</").matcher(raw);
        int times = 0;
        while (m.find()) {
            times++;
            assertTrue(ATOM_DAY_START.matcher(m.group(1)).matches(), "a day's start with its offset: " + m.group(1));
        }
        assertEquals(1 + 2 * expected.size(), times);
    }

    @Test
    void eachQuarterHasAFeedOfExactlyItsNews() throws Exception {
        Set<String> expectedFeeds = new TreeSet<>();
        expectedFeeds.add("aktuelles/feed.xml");
        int withNews = 0;
        for (Quarter q : site.quarters()) {
            String path = Urls.pathOf(q) + "feed.xml";
            expectedFeeds.add(path);
            List<NewsItem> news = site.news().stream().filter(n -> n.quarters().stream().anyMatch(r -> r.slug().equals(q.slug()))).toList();
            List<String> expected = newestFirst(news).stream().map(n -> base + Urls.pathOf(n)).toList();
            assertEquals(expected, links(feed(path)), path);
            if (!expected.isEmpty()) withNews++;
        }
        assertTrue(withNews > 0 && withNews < site.quarters().size(), "quarters with and without news");
        Set<String> built = new TreeSet<>();
        for (String f : files.keySet()) if (f.endsWith("feed.xml")) built.add(f);
        assertEquals(expectedFeeds, built);
    }

    // ---- the same twice ----------------------------------------------------------------------

    @Test
    void twoBuildsGiveTheSameFindingFiles() {
        List<String> paths = new ArrayList<>(List.of("sitemap.xml", "robots.txt"));
        for (String f : files.keySet()) if (f.endsWith("feed.xml") || f.startsWith(SearchShards.DIR)) paths.add(f);
        assertTrue(paths.size() > 20);
        assertEquals(files.keySet().stream().filter(f -> f.startsWith(SearchShards.DIR)).toList(),
                again.keySet().stream().filter(f -> f.startsWith(SearchShards.DIR)).toList(), "the same index files");
        for (String p : paths) {
            assertNotNull(again.get(p), p);
            assertArrayEquals(files.get(p), again.get(p), p + " differs between two builds");
        }
    }

    // ---- the search index --------------------------------------------------------------------

    @Test
    void searchIndexLinksExistingPagesAndFindsWords() throws Exception {
        ShardLookup index = new ShardLookup(files::get);
        JsonNode meta = index.meta();
        JsonNode kinds = meta.get("kinds");
        assertTrue(kinds.isArray() && !kinds.isEmpty());
        assertEquals(basePath, meta.get("base").asText());
        int docs = meta.get("docs").asInt();
        assertEquals(all().size(), docs, "every record, ended ones too");
        Set<String> hrefs = new HashSet<>();
        for (int i = 0; i < docs; i++) {
            List<String> d = index.document(i);
            assertFalse(d.get(0).isBlank(), d.toString());
            String href = d.get(1);
            assertTrue(href.startsWith(basePath), href);
            assertExists("", href);
            assertTrue(hrefs.add(href), "one document per page: " + href);
        }
        for (int k = 1; k < kinds.size(); k++)
            assertTrue(kinds.get(k).get(1).asInt() >= kinds.get(k - 1).get(1).asInt(), "kinds follow each other: " + kinds);

        int words = 0;
        for (String path : files.keySet()) {
            if (!path.startsWith(SearchShards.DIR + "w/")) continue;
            for (var it = index.json(path).fields(); it.hasNext(); ) {
                String w = it.next().getKey();
                words++;
                assertFalse(w.isEmpty());
                assertEquals(w.toLowerCase(java.util.Locale.ROOT), w, "words are lower case");
                int[] postings = index.postings(w);
                assertNotNull(postings, w + " is found where the script looks for it");
                assertTrue(postings.length > 0 && postings.length % 2 == 0, w);
                for (int i = 0; i < postings.length; i += 2) {
                    assertTrue(postings[i] >= 0 && postings[i] < docs, w);
                    assertTrue(postings[i + 1] > 0, w);
                }
            }
        }
        assertTrue(words > 1000, "words: " + words);
        String fruhstuck = SearchText.normalize("Frühstück");
        assertEquals("fruhstuck", fruhstuck);
        assertTrue(index.postings(fruhstuck) != null && index.postings(fruhstuck).length >= 4, "someone offers a Frühstück");
        assertTrue(index.matches(fruhstuck).stream().anyMatch(m -> m.word().length() > fruhstuck.length() && m.quality() < 0.5),
                "'fruhstuck' is found inside longer words");
        assertNotNull(index.postings("46236"), "postal codes are found");
        // a weekday in words finds what takes place on it, though cards say "Sa" or a date
        int[] saturday = index.postings("samstag");
        assertNotNull(saturday, "offerings on Saturdays are found by 'Samstag'");
        Set<String> onSaturday = new HashSet<>();
        for (int i = 0; i < saturday.length; i += 2) onSaturday.add(index.document(saturday[i]).get(1));
        // the Bürgergarten's schedule says "Sa"; its text never says "Samstag"
        assertTrue(onSaturday.stream().anyMatch(h -> h.endsWith("/angebote/buergergarten-volkspark/")), onSaturday.toString());
    }

    @Test
    void quartersAreFoundByTheirAliases() throws Exception {
        ShardLookup index = new ShardLookup(files::get);
        Map<String, Integer> docOf = docOf(index);
        int aliases = 0;
        for (Quarter q : site.quarters()) {
            Integer doc = docOf.get(basePath + Urls.pathOf(q));
            assertNotNull(doc, q.slug().value());
            for (String alias : q.aliases()) {
                aliases++;
                List<String> ws = SearchText.words(alias);
                assertFalse(ws.isEmpty(), alias);
                for (String w : ws) {
                    int[] postings = index.postings(w);
                    assertNotNull(postings, "no postings for '" + w + "' (alias " + alias + ")");
                    boolean found = false;
                    for (int i = 0; i < postings.length; i += 2) found |= postings[i] == doc;
                    assertTrue(found, "'" + w + "' (alias " + alias + ") finds " + q.title());
                }
            }
        }
        assertTrue(aliases > 0);
    }

    /** "Rollstuhl" and "kostenlos" find the offerings whose pages say so, and "Rollstuhl" no office a wheelchair cannot enter. */
    @Test
    void offeringsAreFoundByTheirCostAndByAWheelchairGettingIn() throws Exception {
        ShardLookup index = new ShardLookup(files::get);
        Map<String, Integer> docOf = docOf(index);
        java.util.Set<Integer> wheelchair = new java.util.HashSet<>();
        int[] p = index.postings("rollstuhl");
        for (int i = 0; p != null && i < p.length; i += 2) wheelchair.add(p[i]);
        java.util.Set<Integer> free = new java.util.HashSet<>();
        p = index.postings("kostenlos");
        for (int i = 0; p != null && i < p.length; i += 2) free.add(p[i]);
        int in = 0, out = 0;
        for (de.quartier.model.Offering o : site.offerings()) {
            Integer doc = docOf.get(basePath + Urls.pathOf(o));
            assertNotNull(doc, o.slug().value());
            de.quartier.model.Accessibility a = o.accessibility() != null ? o.accessibility()
                    : o.place() instanceof de.quartier.model.Place.AtContactPoint at ? site.contactPoint(at.contactPoint()).accessibility() : null;
            boolean gets = a != null && a.wheelchair() == de.quartier.model.Wheelchair.YES;
            assertEquals(gets, wheelchair.contains(doc), o.slug() + ": found by 'rollstuhl' exactly when a wheelchair gets in");
            if (gets) in++; else out++;
            boolean costless = o.cost() != null && SearchText.words(o.cost()).contains("kostenlos");
            if (costless) assertTrue(free.contains(doc), o.slug() + " is free and found by 'kostenlos'");
        }
        assertTrue(in > 0 && out > 0, in + " offerings a wheelchair gets into, " + out + " not");
        assertTrue(free.size() > 10, "many free offerings: " + free.size());
    }

    /** "Öffnungszeiten" finds every office that has them (the heading of its page's section), alone and with a place's name. */
    @Test
    void officesAreFoundByTheWordForOpeningHours() throws Exception {
        ShardLookup index = new ShardLookup(files::get);
        Map<String, Integer> docOf = docOf(index);
        java.util.Set<Integer> found = new java.util.HashSet<>();
        int[] p = index.postings(SearchText.words("Öffnungszeiten").get(0));
        for (int i = 0; p != null && i < p.length; i += 2) found.add(p[i]);
        int withHours = 0;
        for (de.quartier.model.ContactPoint cp : site.contactPoints()) {
            Integer doc = docOf.get(basePath + Urls.pathOf(cp));
            assertNotNull(doc, cp.slug().value());
            if (cp.openingHours() == null) continue;
            withHours++;
            assertTrue(found.contains(doc), cp.slug() + " has opening hours and is found by 'Öffnungszeiten'");
        }
        assertTrue(withHours > 10, "offices with opening hours: " + withHours);
    }

    /**
     * One index serves every language: the words of a record's translation ("kahvaltı" in the Turkish
     * text of an office, a Cyrillic word of a page's Russian one) find that record, and only records
     * whose texts hold them.
     */
    @Test
    void aTranslationsWordsFindItsRecord() throws Exception {
        ShardLookup index = new ShardLookup(files::get);
        Map<String, Integer> docOf = docOf(index);
        int checked = 0;
        for (String lang : site.config().languages())
            for (Entry e : all()) {
                java.util.Optional<de.quartier.model.Translation> t = site.translation(e, lang);
                if (t.isEmpty() || t.get().summary() == null) continue;
                Integer doc = docOf.get(basePath + Urls.pathOf(e));
                assertNotNull(doc, e.slug().value());
                // a word of the translated summary that no German text of the record has
                List<String> german = SearchText.words(e.title() + " " + e.common().summary() + " " + e.common().body());
                String word = SearchText.words(t.get().summary()).stream().filter(w -> !german.contains(w) && w.length() > 4)
                        .findFirst().orElseThrow(() -> new AssertionError(e.slug() + "." + lang + ": no word of its own"));
                int[] postings = index.postings(word);
                assertNotNull(postings, "'" + word + "' (" + lang + ") is in the index");
                boolean found = false;
                for (int i = 0; i < postings.length; i += 2) found |= postings[i] == doc;
                assertTrue(found, "'" + word + "' (" + lang + ") finds " + e.title());
                checked++;
            }
        assertTrue(checked >= 5, "translations with a summary: " + checked);
    }

    /**
     * A German query does not find a record by a piece inside a word of its translation: "Rente"
     * found the page "Über diese Seite" by "different" in its English text. A translation's word
     * is still found whole and by its beginning.
     */
    @Test
    void aTranslationsWordsAreNotFoundByAPieceInside() throws Exception {
        ShardLookup index = new ShardLookup(files::get);
        Map<String, Integer> docOf = docOf(index);
        Entry about = site.pages().stream().filter(p -> p.slug().value().equals("ueber-diese-seite")).findFirst().orElseThrow();
        int doc = docOf.get(basePath + Urls.pathOf(about));
        String english = site.translation(about, "en").orElseThrow().body();
        assertTrue(english.contains("different"), "the example's English text has the word");
        assertTrue(index.search(SearchText.words("Rente")).stream().noneMatch(r -> r.doc() == doc), "'Rente' does not find it");
        assertTrue(index.search(SearchText.words("different")).stream().anyMatch(r -> r.doc() == doc), "'different' does");
        assertTrue(index.search(SearchText.words("differ")).stream().anyMatch(r -> r.doc() == doc), "its beginning does");
    }

    /** The finder's page of a language names it in itself in its heading too, marked as such ("Angebote: Türkisch · Türkçe"). */
    @Test
    void aLanguagesOfferingsPageNamesItInItself() {
        Element h1 = html("angebote/finden/sprache/tr/index.html").selectFirst("h1");
        assertEquals("Angebote: Türkisch · Türkçe", h1.text());
        assertEquals("tr", h1.selectFirst("bdi").attr("lang"));
        assertEquals("Angebote: Deutsch", html("angebote/finden/sprache/de/index.html").selectFirst("h1").text());
    }

    /** An ended offering's hit says it ended and where it was, not times that no longer hold. */
    @Test
    void anEndedOfferingsHitNamesNoTimes() throws Exception {
        ShardLookup index = new ShardLookup(files::get);
        Map<String, Integer> docOf = docOf(index);
        int ended = 0;
        for (de.quartier.model.Offering o : site.offerings()) {
            if (site.status(o) != Status.ENDED) continue;
            String line = index.document(docOf.get(basePath + Urls.pathOf(o))).get(2);
            assertTrue(line.startsWith("Beendet"), line);
            assertFalse(line.contains(" Uhr"), o.slug() + ": " + line);
            ended++;
        }
        assertTrue(ended > 0, "the example has ended offerings");
    }

    /** Each document's number by its link. */
    private static Map<String, Integer> docOf(ShardLookup index) {
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < index.meta().get("docs").asInt(); i++) out.put(index.document(i).get(1), i);
        return out;
    }

    /** The search page of a small site lists every current page; no page of a split directory is made. */
    @Test
    void theSearchPageOfASmallSiteIsItsWholeDirectory() {
        Document page = html("suche/index.html");
        Set<String> listed = new TreeSet<>();
        for (Element a : page.select("#verzeichnis a[href]")) listed.add(a.attr("href"));
        Set<String> current = new TreeSet<>();
        for (Entry e : all()) if (site.status(e) != Status.ENDED) current.add(basePath + Urls.pathOf(e));
        assertEquals(current, listed);
        assertTrue(files.keySet().stream().noneMatch(f -> f.startsWith("suche/verzeichnis/")));
    }

    // ---- head tags ---------------------------------------------------------------------------

    private static <E extends Entry> E pick(List<E> entries) {
        return entries.stream().filter(e -> site.status(e) != Status.ENDED && e.common().summary() != null).findFirst().orElseThrow();
    }

    private static void assertHead(Entry e) {
        String file = Urls.file(Urls.pathOf(e));
        Document page = html(file);
        String canonical = base + Urls.pathOf(e);
        assertEquals(canonical, page.select("link[rel=canonical]").attr("href"), file);
        assertEquals(e.common().summary(), page.select("meta[name=description]").attr("content"), file);
        assertEquals(e.title(), page.select("meta[property=og:title]").attr("content"), file);
        assertEquals(canonical, page.select("meta[property=og:url]").attr("content"), file);
        // a page in several languages names each version, the German one at its canonical address; a page in German only names none
        String german = page.select("link[rel=alternate][hreflang=de]").attr("href");
        if (e.collection() == de.quartier.model.Collection.CONTACT_POINTS) assertEquals(canonical, german, file);
        else assertTrue(german.isEmpty() || german.equals(canonical), file);
        assertFalse(page.select("meta[property=og:type]").attr("content").isEmpty(), file);
    }

    private static List<String> feedLinks(Entry e) {
        String file = Urls.file(Urls.pathOf(e));
        List<String> out = new ArrayList<>();
        for (Element l : html(file).select("head link[rel=alternate][type=application/atom+xml]")) {
            assertExists(Urls.pathOf(e), l.attr("href"));
            assertFalse(l.attr("title").isBlank(), file);
            out.add(target(Urls.pathOf(e), l.attr("href")));
        }
        return out;
    }

    @Test
    void recordPagesCarryCanonicalDescriptionAndOpenGraph() {
        Quarter q = pick(site.quarters());
        Offering o = pick(site.offerings());
        NewsItem n = pick(site.news());
        assertHead(q);
        assertHead(o);
        assertHead(n);
        assertEquals("article", html(Urls.file(Urls.pathOf(n))).select("meta[property=og:type]").attr("content"));
        // the home page is shared under the site's name, as its <title> says, not as "Start"
        Document home = html("index.html");
        assertEquals(site.config().title(), home.select("meta[property=og:title]").attr("content"));
        assertEquals(site.config().title(), home.title());
    }

    @Test
    void newsAndQuarterPagesAnnounceTheirFeed() {
        for (NewsItem n : site.news()) assertEquals(List.of("aktuelles/feed.xml"), feedLinks(n), Urls.pathOf(n));
        for (Quarter q : site.quarters()) assertEquals(List.of(Urls.pathOf(q) + "feed.xml"), feedLinks(q), Urls.pathOf(q));
        assertFalse(html("aktuelles/index.html").select("head link[type=application/atom+xml]").isEmpty(), "the news listing");
    }

    // ---- the offering finder -----------------------------------------------------------------

    private static final Pattern ONE_VALUE = Pattern.compile("angebote/finden/[^/]+/[^/]+/index\\.html");

    @Test
    void finderHasAPagePerTargetGroupOfAListedOffering() {
        Set<String> groups = new TreeSet<>();
        for (Offering o : site.offerings())
            if (site.status(o) != Status.ENDED) for (String g : o.targetGroups()) groups.add(Urls.valueSlug(g));
        assertFalse(groups.isEmpty());
        for (String g : groups) {
            String file = "angebote/finden/zielgruppe/" + g + "/index.html";
            assertTrue(files.containsKey(file), file);
            assertFalse(noindex(file), "a one-value finder page is for search engines too: " + file);
        }
        assertTrue(files.containsKey("angebote/finden/index.html"));
    }

    @Test
    void finderWritesOnePagePerValueAndNoCombinations() throws Exception {
        Set<String> sitemap = sitemap(files.get("sitemap.xml")).keySet();
        Set<String> expected = new TreeSet<>();
        Map<String, Set<String>> values = new TreeMap<>();
        for (Offering o : site.offerings()) {
            if (site.status(o) == Status.ENDED) continue;
            o.quarters().forEach(r -> values.computeIfAbsent("quartier", k -> new TreeSet<>()).add(r.slug().value()));
            o.targetGroups().forEach(v -> values.computeIfAbsent("zielgruppe", k -> new TreeSet<>()).add(Urls.valueSlug(v)));
            o.topics().forEach(v -> values.computeIfAbsent("thema", k -> new TreeSet<>()).add(Urls.valueSlug(v)));
            o.languages().forEach(v -> values.computeIfAbsent("sprache", k -> new TreeSet<>()).add(Urls.valueSlug(v)));
        }
        values.forEach((facet, slugs) -> slugs.forEach(v -> expected.add("angebote/finden/" + facet + "/" + v + "/index.html")));
        Set<String> written = new TreeSet<>();
        for (String f : files.keySet()) {
            if (!f.startsWith("angebote/finden/") || f.equals("angebote/finden/index.html") || f.equals("angebote/finden/filter.css")) continue;
            assertTrue(ONE_VALUE.matcher(f).matches(), "a finder page for one value only: " + f);
            written.add(f);
            assertFalse(noindex(f), "a one-value finder page is for search engines too: " + f);
            assertTrue(sitemap.contains(base + pagePath(f)), f);
        }
        // the fixed values (weekdays, times of day, free, soon) come on top of those the records name
        assertTrue(written.containsAll(expected), "missing: " + expected.stream().filter(e -> !written.contains(e)).toList());
        Set<String> fixed = new TreeSet<>(written);
        fixed.removeAll(expected);
        for (String f : fixed) assertTrue(f.matches("angebote/finden/(tag|tageszeit|kosten|zeitraum)/[^/]+/index\\.html"), f);
        assertTrue(written.size() < 100, "linear in values: " + written.size() + " pages");
    }

    @Test
    void theFilterStylesheetHasOneRulePerValueAndOnePerWeekdayAndTime() {
        String css = text("angebote/finden/filter.css");
        assertTrue(css.contains("main:has(#filter-zielgruppe option[value=\"kinder\"]:checked) .finder-results :is(.card:not([data-zielgruppe~=\"kinder\"]), "
                + ".group:not(:has(.card[data-zielgruppe~=\"kinder\"]))) { display: none; }"), css);
        assertTrue(css.contains("main:has(#filter-kosten:checked) .finder-results :is(.card:not([data-kosten~=\"kostenlos\"]), "
                + ".group:not(:has(.card[data-kosten~=\"kostenlos\"]))) { display: none; }"), css);
        assertTrue(css.contains(":has(#filter-tageszeit option[value=\"nachmittag\"]:checked) .finder-results :is(.card:not([data-slots~=\"mittwoch-nachmittag\"]), "), css);
        long rules = css.lines().filter(l -> l.contains(".finder-results :is(.card:not([data-")).count();
        long pages = files.keySet().stream().filter(f -> ONE_VALUE.matcher(f).matches()).count();
        assertEquals(pages + 7 * 3, rules, "one rule per value (and its page), one per weekday and time of day");
    }

    @Test
    void aGroupsFilterFindsWhatNamesTheGroupAndPointsToTheOfferingsForEveryone() {
        Document all = html("angebote/index.html");
        long forEveryone = all.select("article.card[data-zielgruppe]").stream()
                .filter(c -> List.of(c.attr("data-zielgruppe").split(" ")).contains("alle")).count();
        assertTrue(forEveryone > 0, "the example has offerings for everyone");
        Element select = all.selectFirst("select#filter-zielgruppe");
        assertEquals("Angebote, die allen offenstehen, finden Sie unter „Alle“.", all.getElementById(select.attr("aria-describedby")).text(),
                "the form says where they are, beside the choice of group");
        Document kinder = html("angebote/finden/zielgruppe/kinder/index.html");
        assertTrue(kinder.select("#treffer article.card").stream().allMatch(c -> List.of(c.attr("data-zielgruppe").split(" ")).contains("kinder")),
                "a group's page lists what names the group");
        org.jsoup.select.Elements link = kinder.select(".finder-chosen p a[href$=angebote/finden/zielgruppe/alle/]");
        assertEquals(1, link.size(), kinder.select(".finder-chosen").outerHtml());
        assertEquals(forEveryone + " Angebote für alle", link.text(), "the count of the page it leads to");
        assertEquals(forEveryone, html("angebote/finden/zielgruppe/alle/index.html").select("#treffer article.card").size());
        assertTrue(link.parents().first().text().startsWith("Offen auch für diese Zielgruppe:"));
        assertTrue(html("angebote/finden/zielgruppe/alle/index.html").select(".finder-chosen a[href*=zielgruppe]").isEmpty(),
                "the page of everyone's offerings does not point to itself");
    }

    @Test
    void everyLinkIntoTheFinderLeadsToAPage() {
        int links = 0;
        for (String f : files.keySet()) {
            if (!f.endsWith(".html")) continue;
            Document page = html(f);
            String from = f.equals("404.html") ? "" : pagePath(f);
            for (Element a : page.select("a[href]")) {
                String file = target(from, a.attr("href"));
                if (file == null || !file.startsWith("angebote/finden/")) continue;
                links++;
                assertTrue(files.containsKey(file), f + " links " + a.attr("href") + ", which was not built");
            }
        }
        assertTrue(links > 0);
    }
}
