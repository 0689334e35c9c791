package de.quartier.build;

import de.quartier.TestSites;
import de.quartier.diag.Diagnostic;
import de.quartier.write.MemorySink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview after a series of edits serves exactly what a full build of the same files writes:
 * the same paths, each byte for byte. Edits as editors make them: a title, opening hours, a new
 * record, a draft, a deleted and a renamed one, a half-written file and its completion, a new
 * folder, the site's config and the theme. Each refresh is told only the files that changed, as the
 * watcher tells it.
 */
class PreviewTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final String OFFICE = "content/contact-points/buergerhaus-batenbrock.md";
    private static final String OFFICE_PAGE = "anlaufstellen/buergerhaus-batenbrock/index.html";
    private static final String QUARTER_PAGE = "quartiere/batenbrock-suedwest/index.html";
    private static final String OFFERING = "content/offerings/adventscafe-buergerhaus.md";

    @TempDir
    Path site;
    private Preview preview;
    private BuildOptions options;

    @BeforeEach
    void copyExampleSite() throws IOException {
        TestSites.copyExample(site, true);
        options = new BuildOptions(site, TODAY, true, null, 2);
        preview = new Preview(options);
        assertTrue(preview.refresh().ok(), "the example site has no errors");
    }

    @Test
    void aSaveRightAfterAnotherDropsTheFirstOnesBackgroundPlan() throws Exception {
        // no delay, but the planner held until both saves were checked: as if the second came within the delay
        preview = new Preview(options, 0);
        assertTrue(preview.refresh().ok());
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        preview.holdPlanner(release);
        preview.planAhead();
        edit(OFFICE, "title: Bürgerhaus Batenbrock", "title: Bürgerhaus Batenbrock im Volkspark");
        preview.planAhead();
        release.countDown();
        assertEquals(1, preview.plansStartedAhead(), "only the plan of the site as it is now is made");
        assertTrue(preview.currentPlanStarted(), "and that one is the plan made");
        preview.planAhead();
        assertEquals(1, preview.plansStartedAhead(), "a plan already made is not made again");
    }

    @Test
    void servesWhatAFullBuildWritesAfterEveryEdit() throws IOException {
        assertSameAsBuild("start");

        byte[] officeBefore = file(OFFICE_PAGE);
        byte[] quarterBefore = file(QUARTER_PAGE);
        edit(OFFICE, "title: Bürgerhaus Batenbrock", "title: Bürgerhaus Batenbrock im Volkspark");
        assertTrue(text(OFFICE_PAGE).contains("<h1>Bürgerhaus Batenbrock im Volkspark"));
        assertSameAsBuild("a contact point's title");

        edit(OFFICE, "opening_hours: Mo-Th 09:00-18:00; Fr 09:00-14:00; PH off", "opening_hours: Mo-Th 09:00-18:00; Fr 09:00-13:30; PH off");
        assertTrue(text(OFFICE_PAGE).contains("13:30"), "the office's page shows the new hours");
        assertTrue(text(QUARTER_PAGE).contains("13:30"), "the quarter's page shows the new hours");
        assertFalse(new String(officeBefore, StandardCharsets.UTF_8).contains("13:30"));
        assertFalse(new String(quarterBefore, StandardCharsets.UTF_8).contains("13:30"));
        assertSameAsBuild("opening hours");

        write("content/offerings/neues-nachbarschaftsfruehstueck.md", read(OFFERING)
                .replace("title: Adventscafé im Bürgerhaus Batenbrock", "title: Neues Nachbarschaftsfrühstück"));
        assertTrue(text("angebote/neues-nachbarschaftsfruehstueck/index.html").contains("Neues Nachbarschaftsfrühstück"));
        assertSameAsBuild("a new offering");

        write("content/offerings/entwurf-spielenachmittag.md", read(OFFERING)
                .replace("title: Adventscafé im Bürgerhaus Batenbrock", "title: Spielenachmittag\ndraft: true"));
        assertTrue(text("angebote/entwurf-spielenachmittag/index.html").contains("Entwurf"), "a draft is marked as one");
        assertSameAsBuild("a draft");

        delete("content/offerings/neues-nachbarschaftsfruehstueck.md");
        assertTrue(preview.file("angebote/neues-nachbarschaftsfruehstueck/index.html").isEmpty(), "a deleted record's page is gone");
        assertSameAsBuild("a deleted offering");

        rename(OFFERING, "content/offerings/adventscafe-batenbrock.md");
        assertTrue(preview.file("angebote/adventscafe-buergerhaus/index.html").isEmpty());
        assertTrue(preview.file("angebote/adventscafe-batenbrock/index.html").isPresent());
        assertSameAsBuild("a renamed offering");

        // an editor's save seen half-way: the file ends in the middle of its front matter
        String whole = read("content/offerings/adventscafe-batenbrock.md");
        write("content/offerings/adventscafe-batenbrock.md", whole.substring(0, whole.indexOf("dates:") + 3));
        assertFalse(preview.state().ok(), "a half-written record is an error");
        assertTrue(preview.state().diagnostics().stream().anyMatch(d -> d.at().path().equals("content/offerings/adventscafe-batenbrock.md")));
        assertTrue(preview.file("index.html").isEmpty(), "no page is served from a site with errors");
        write("content/offerings/adventscafe-batenbrock.md", whole);
        assertTrue(preview.state().ok());
        assertSameAsBuild("the save completed");

        Files.createDirectories(site.resolve("content/offerings/archiv"));
        Files.writeString(site.resolve("content/offerings/archiv/notizen.txt"), "Ideen fürs Frühjahr\n");
        preview.refresh(null);   // a new folder: the watcher cannot say file by file what changed
        assertTrue(preview.state().warnings().stream().anyMatch(d -> d.at().path().startsWith("content/offerings/archiv")));
        assertSameAsBuild("a new folder");

        // the site's own copy of the theme is used from now on
        edit("site-config.yml", "title: ", "theme: bottrop\ntitle: Vorschau – ");
        assertSameAsBuild("the site's config");

        String rel = "themes/bottrop/templates/base.peb";
        edit(rel, "</body>", "<p hidden>geändert</p></body>");
        assertSameAsBuild("a theme template");
        assertTrue(text("index.html").contains("<p hidden>geändert</p>"));
    }

    @Test
    void aSiteStartedWithErrorsKnowsItsBasePath() throws IOException {
        edit(OFFICE, "quarters: batenbrock-suedwest", "quarters: batenbrok-suedwest");
        // a new preview of the broken site, as `serve` started on it: the address it names has the site's path
        Preview fresh = new Preview(options);
        PreviewState state = fresh.refresh();
        assertFalse(state.ok());
        assertEquals("/quartiersentwicklung/", state.basePath());
    }

    @Test
    void aBrokenReferenceShowsItsPlaceAndTheFixBringsThePagesBack() throws IOException {
        edit(OFFICE, "quarters: batenbrock-suedwest", "quarters: batenbrok-suedwest");
        PreviewState broken = preview.state();
        assertFalse(broken.ok());
        Diagnostic d = broken.diagnostics().get(0);
        assertEquals(OFFICE + ":5:11", d.at().toString().substring(0, (OFFICE + ":5:11").length()));
        assertTrue(preview.file(OFFICE_PAGE).isEmpty());
        edit(OFFICE, "quarters: batenbrok-suedwest", "quarters: batenbrock-suedwest");
        assertTrue(preview.state().ok());
        assertTrue(broken.version() < preview.state().version());
        assertTrue(text(OFFICE_PAGE).contains("Bürgerhaus Batenbrock"));
        assertSameAsBuild("fixed");
    }

    @Test
    void removingOneOfTwoFilesOfASlugClearsTheErrorAndShowsTheOther() throws IOException {
        String md = read(OFFICE);
        String frontMatter = md.substring(md.indexOf("---") + 4, md.indexOf("\n---", 4) + 1);
        String twin = OFFICE.replace(".md", ".yml");
        write(twin, frontMatter.replace("title: Bürgerhaus Batenbrock", "title: Bürgerhaus Batenbrock als YAML"));
        assertFalse(preview.state().ok(), "a slug written twice is an error");
        delete(OFFICE);
        assertTrue(preview.state().ok(), "the one file left counts: " + preview.state().diagnostics());
        assertTrue(text(OFFICE_PAGE).contains("Bürgerhaus Batenbrock als YAML"));
        assertSameAsBuild("twin left");
    }

    @Test
    void aSecondSaveOfTheSameSizeInTheSameMomentIsSeen() throws IOException {
        // same length, same modification time: only the time of reading tells the cache not to trust it
        Path office = site.resolve(OFFICE);
        var time = java.nio.file.attribute.FileTime.from(java.time.Instant.now());
        edit(OFFICE, "Fr 09:00-14:00", "Fr 09:00-15:00");
        Files.setLastModifiedTime(office, time);
        preview.refresh(Set.of(OFFICE));
        Files.writeString(office, read(OFFICE).replace("Fr 09:00-15:00", "Fr 09:00-16:00"));
        Files.setLastModifiedTime(office, time);
        preview.refresh(null);
        assertTrue(text(OFFICE_PAGE).contains("16:00"));
    }

    private void assertSameAsBuild(String after) throws IOException {
        // made before the site is planned, as the preview makes them right after a save
        for (String early : List.of(OFFICE_PAGE, QUARTER_PAGE, "index.html")) preview.file(early);
        MemorySink sink = new MemorySink();
        BuildResult built = new Pipeline().build(options, sink);
        String style = sink.files().keySet().stream().filter(p -> p.startsWith("assets/style.")).findFirst().orElseThrow();
        assertTrue(preview.file(style).isPresent(), after + ": the style sheet under its published name, before the plan");
        assertTrue(built.ok(), after + ": the build has no errors");
        assertEquals(built.diagnostics().sorted(), preview.state().diagnostics(), after + ": the same problems");
        Map<String, byte[]> files = sink.files();
        assertEquals(files.keySet(), preview.paths(), after + ": the same files");
        List<String> differ = new ArrayList<>();
        for (var e : files.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), preview.file(e.getKey()).orElseThrow())) differ.add(e.getKey());
        }
        assertEquals(List.of(), differ, after + ": files that differ from the build's");
    }

    private void edit(String rel, String from, String to) throws IOException {
        String text = read(rel);
        assertTrue(text.contains(from), rel + " contains " + from);
        write(rel, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private void write(String rel, String text) throws IOException {
        Files.writeString(site.resolve(rel), text);
        preview.refresh(Set.of(rel));
    }

    private void delete(String rel) throws IOException {
        Files.delete(site.resolve(rel));
        preview.refresh(Set.of(rel));
    }

    private void rename(String from, String to) throws IOException {
        Files.move(site.resolve(from), site.resolve(to), StandardCopyOption.ATOMIC_MOVE);
        preview.refresh(Set.of(from, to));
    }

    private String read(String rel) throws IOException {
        return Files.readString(site.resolve(rel));
    }

    private byte[] file(String path) throws IOException {
        return preview.file(path).orElseThrow(() -> new AssertionError("no " + path));
    }

    private String text(String path) throws IOException {
        return new String(file(path), StandardCharsets.UTF_8);
    }
}
