package de.quartier.validate;

import de.quartier.validate.HtmlTagScanner.Attribute;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tags read as an HTML5 parser tokenizes them, each attribute value with where it was written. */
class HtmlTagScannerTest {
    private static List<Attribute> scan(String html) {
        return new HtmlTagScanner().scan(html);
    }

    /** "tag name=value@start+length" for each attribute. */
    private static List<String> read(List<Attribute> attributes) {
        return attributes.stream().map(a -> a.tag() + " " + a.name() + "=" + a.value() + "@" + a.start() + "+" + a.length()).toList();
    }

    private static List<String> read(String html) {
        return read(scan(html));
    }

    @Test
    void valueStartsAtTheFirstCharacterInsideTheQuotes() {
        String html = "<img src=\"media/a.png\" alt=''>";
        assertEquals(List.of("img src=media/a.png@10+11", "img alt=@28+0"), read(html));
        assertEquals('m', html.charAt(10));
    }

    @Test
    void doubleSingleAndNoQuotes() {
        assertEquals(List.of("a href=x@9+1", "a title=a b@19+3", "a id=y/z@27+3"), read("<a href=\"x\" title='a b' id=y/z>"));
    }

    @Test
    void namesInAnyCaseAreReadInLowerCase() {
        assertEquals(List.of("img src=X.png@9+5"), read("<IMG SRC=X.png>"));
        assertEquals(List.of("a href=y@9+1"), read("<A hReF='y'>"));
    }

    @Test
    void attributesOverSeveralLinesAndSpacesAroundTheEqualsSign() {
        String html = "<a\n  class=\"k\"\n  href\n  =\n  'ziel'>";
        Attribute href = scan(html).get(1);
        assertEquals("href", href.name());
        assertEquals("ziel", href.value());
        assertEquals(html.indexOf("ziel"), href.start());
    }

    @Test
    void entitiesAreDecodedAsInAnAttributeWhileTheLengthIsAsWritten() {
        assertEquals(List.of("a href=a?x=1&y=2@9+13"), read("<a href=\"a?x=1&amp;y=2\">"));
        assertEquals(List.of("a href=anlö@9+14"), read("<a href=\"&#x61;nl&ouml;\">"));
        // "&amp" before a letter or '=' stays as written in an attribute, as in every HTML parser
        assertEquals("a&ampb", scan("<a href=\"a&ampb\">").get(0).value());
        assertEquals("?x&not=1", scan("<a href=\"?x&not=1\">").get(0).value());
    }

    @Test
    void anAttributeWithoutValueStandsAtItsNameAndARepeatedOneIsIgnored() {
        assertEquals(List.of("a href=@3+4"), read("<a href>"));
        assertEquals(List.of("a href=first@9+5"), read("<a href=\"first\" HREF=\"second\">"));
    }

    @Test
    void attributesNeedNoSpaceBetweenThemAndSlashesAreSkipped() {
        String html = "<a href=\"x\"title=\"t\">";
        assertEquals(List.of("a href=x@9+1", "a title=t@" + html.indexOf("t\">") + "+1"), read(html));
        assertEquals(List.of("img src=a@10+1", "img src=b/@23+2"), read("<img src=\"a\"/><img src=b/>"));
    }

    @Test
    void aGreaterThanSignInsideAQuotedValueDoesNotEndTheTag() {
        assertEquals(List.of("div title=<a href='x'>@12+12"), read("<div title=\"<a href='x'>\">"));
    }

    @Test
    void endTagsAndTextAreNotReported() {
        String html = "1 < 2 <> </a title=\">\"> </> <a href=y>";
        assertEquals(List.of("a href=y@" + html.indexOf("y>") + "+1"), read(html));
    }

    @Test
    void commentsAreSkippedHoweverTheyEnd() {
        assertEquals(List.of(), read("<!-- <a href=\"c\"> -->"));
        String html = "<!-- x --!><a href=1> <!--><a href=2><!---><a href=3>";
        assertEquals(List.of("a href=1@" + html.indexOf('1') + "+1", "a href=2@" + html.indexOf('2') + "+1",
                "a href=3@" + html.indexOf('3') + "+1"), read(html));
    }

    @Test
    void declarationsProcessingInstructionsAndCdataAreSkipped() {
        assertEquals(List.of("a href=ok"), scan("<!DOCTYPE x><?php echo 1 ?><![CDATA[ 1 > 0 <a href=no> ]]><a href=ok>").stream()
                .map(a -> a.tag() + " " + a.name() + "=" + a.value()).toList());
        // "<?" and "<!" end at the first '>', wherever it stands
        assertEquals(List.of(), read("<?php <a href=\"no\"> ?>"));
    }

    @Test
    void theContentOfScriptStyleTextareaTitleAndIframeIsText() {
        String html = """
                <script src="s.js">var a = '<a href="no">';</script>
                <style>a[href="no"] {}</style><textarea><img src="no"></textarea>
                <title><a href=no></title><iframe src="f"><img src="no"></iframe>
                <SCRIPT>"</scripts><a href=no>"</Script ><a href="yes">
                """;
        assertEquals(List.of("script src", "iframe src", "a href"), scan(html).stream().map(a -> a.tag() + " " + a.name()).toList());
        assertEquals("yes", scan(html).get(2).value());
    }

    @Test
    void plaintextTurnsEverythingAfterItIntoText() {
        HtmlTagScanner scanner = new HtmlTagScanner();
        assertEquals(List.of(), read(scanner.scan("<plaintext><a href=x></plaintext><a href=y>")));
        assertEquals(List.of(), read(scanner.scan("<a href=z>")));
    }

    @Test
    void aScriptOrCommentOpenedInOnePieceGoesOnInTheNext() {
        HtmlTagScanner scanner = new HtmlTagScanner();
        assertEquals(List.of(), scanner.scan("<script>"));
        assertEquals(List.of(), scanner.scan("<a href=\"in-script\">"));
        assertEquals(List.of(), scanner.scan("</script>"));
        assertEquals(List.of("a href=after@9+5"), read(scanner.scan("<a href=\"after\">")));
        assertEquals(List.of(), scanner.scan("<div><!-- offen"));
        assertEquals(List.of(), scanner.scan("<a href=\"in-comment\">"));
        assertEquals(List.of("a href=x@15+1"), read(scanner.scan("zu --> <a href=x>")));
    }

    @Test
    void aTagNotClosedInItsPieceIsNotReported() {
        assertEquals(List.of(), read("<a href=\"x\""));
        assertEquals(List.of(), read("<a href=\"x"));
        assertEquals(List.of(), read("<a href="));
    }
}
