package de.quartier.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownParserTest {
    private static final MutableDataSet OPTIONS = new MutableDataSet();

    static {
        OPTIONS.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
    }

    private static final Parser LIBRARYS = Parser.builder(OPTIONS).build();
    private static final Parser LINEAR = MarkdownParser.of(OPTIONS);
    private static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

    /** Everything the inline parser matches by pattern reads as the library's own parser reads it. */
    @Test
    void readsAsTheLibrarysOwnParser() {
        for (String md : List.of(
                "Ein <b>fetter</b> und <span class=\"x\" data-a='1'>Text</span> mit <!-- Kommentar --> und <?pi?> und <![CDATA[x]]>",
                "[Link](https://example.org \"Titel\") und [ref][r], ![Bild](media/a.jpg 'Alt'), <https://example.org>, <info@example.org>",
                "[r]: /anlaufstellen/ \"Titel\"\n\n[r] und [R][] und [nicht da]",
                "`code <b>` und ``zwei ` Ticks`` und \\* und &amp; &#123; &#x7B; &nbsp;",
                "**fett _kursiv_** und *a **b** c* und ~~nicht~~ und www.example.org",
                "| a | b |\n|---|---|\n| <i>x</i> | [y](/z/) |",
                "Zeile mit Umbruch  \nnächste\\\nletzte <a href=\"/x/\">link</a>",
                // headings: only lines starting with # or made of = or - are offered to the heading parser
                "# Eins\n## Zwei ##\n###### Sechs\n####### sieben\n#ohne Abstand\n  # eingerückt\n    # Code",
                "Titel\n=====\n\nUntertitel\n---\n\nzwei\nZeilen\n-\n\n---\n\n- - -\n\n===",
                "Text\n--- x\n\nText\n-- \n\nText\n= =",
                "> Zitat\n---\n\n> Zitat\n> ===\n\n- Punkt\n---\n\n- Punkt\n  ---\n\n1. a\n   # b",
                "| a | b |\n|---|---|\n| c | d |\n---\n\n| a |\n|---|\n# Kopf",
                HASHTAGS)) {
            assertEquals(HTML.render(LIBRARYS.parse(md)), HTML.render(LINEAR.parse(md)), md);
        }
    }

    /** Lines that start like a heading: some are one, some are not. */
    private static final String HASHTAGS = "Absatz\n#Nachbarschaft\n#1\n#\n##\t\tTab\n####### x\n  ## eingerückt\n#\r\nText\n-3 Grad\n--- \n"
            + "Text\n==x\nText\n= \t\nText\n-\t-\nText\n---\r\nText\n#ohne";

    /** With the library's options for headings without a blank after the {@code #}, every {@code #} line is asked. */
    @Test
    void readsAsTheLibrarysOwnParserWithItsHeadingOptions() {
        for (var option : List.of(Parser.HEADING_NO_ATX_SPACE, Parser.HEADING_NO_EMPTY_HEADING_WITHOUT_SPACE)) {
            MutableDataSet options = new MutableDataSet(OPTIONS);
            options.set(option, true);
            options.set(Parser.HEADING_SETEXT_MARKER_LENGTH, 3);
            String library = HTML.render(Parser.builder(options).build().parse(HASHTAGS));
            assertEquals(library, HTML.render(MarkdownParser.of(options).parse(HASHTAGS)), option.getName());
            assertTrue(library.contains("<h1>Nachbarschaft</h1>"), library);   // the option is in force
        }
    }

    /** Every body of the example sites and of the test sites reads the same. */
    @Test
    void everyBodyOfTheExampleSitesReadsTheSame() throws java.io.IOException {
        int read = 0;
        for (java.nio.file.Path root : List.of(java.nio.file.Path.of("content"), java.nio.file.Path.of("examples"), java.nio.file.Path.of("src/test/resources"))) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
                for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".md")).sorted().toList()) {
                    String text = new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);   // the invalid sites hold broken bytes on purpose
                    assertEquals(HTML.render(LIBRARYS.parse(text)), HTML.render(LINEAR.parse(text)), f.toString());
                    read++;
                }
            }
        }
        assertTrue(read > 300, "read " + read);
    }

    /**
     * The library's heading parser read the open paragraph's whole content on every line: a table
     * of 20,000 rows (one paragraph until it is read as a table) took 11 s through the CLI, 100,000 in this test over 30 s (now 3 s).
     */
    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // fails at 20 s, not when the parse ends minutes later
    void aLongTableIsReadInLinearTime() {
        String md = "| Tag | Zeit |\n|---|---|\n" + IntStream.range(0, 100_000).mapToObj(i -> "| " + i + " | 10:00 |").collect(Collectors.joining("\n"));
        String html = HTML.render(LINEAR.parse(md));
        assertTrue(html.contains("<td>99999</td>"), html.substring(html.length() - 200));
    }

    /**
     * Lines that start with {@code #} but are no heading ("#Nachbarschaft", "#3 im Kurs") or with
     * {@code -} or {@code =} and more (a dash of thought) were offered to the library's heading
     * parser too, which read the paragraph above each of them.
     */
    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // fails at 20 s, not when the parse ends minutes later
    void aParagraphOfManyHashtagLinesIsReadInLinearTime() {
        String md = IntStream.range(0, 100_000).mapToObj(i -> i % 3 == 0 ? "#Nachbarschaft" + i : i % 3 == 1 ? "-" + i + " Gäste" : "=" + i)
                .collect(Collectors.joining("\n"));
        String html = HTML.render(LINEAR.parse(md));
        assertTrue(html.startsWith("<p>#Nachbarschaft0\n-1 Gäste\n=2\n") && html.endsWith("#Nachbarschaft99999</p>\n"), html.substring(html.length() - 200));
    }

    /** Up to Java 19 the library's parser copied the whole paragraph per match: 16,000 tags in one took minutes on Java 17. */
    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // fails at 20 s, not when the parse ends minutes later
    void aParagraphOfManyTagsIsReadInLinearTime() {
        String md = IntStream.range(0, 16_000).mapToObj(i -> "<b>w" + i + "</b> [l" + i + "](/x/)").collect(Collectors.joining(" "));
        String html = HTML.render(LINEAR.parse(md));
        assertTrue(html.contains("<b>w15999</b> <a href=\"/x/\">l15999</a>"), html.substring(html.length() - 200));
    }
}
