package de.quartier.diag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.quartier.model.SourceSpan;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFormatTest {
    private static Diagnostics two() {
        Diagnostics d = new Diagnostics();
        d.warning(Code.UNKNOWN_KEY, new SourceSpan("content/offerings/b.md", 4, 1, 6), "unknown key `adress`", "did you mean `address`?");
        d.error(Code.DANGLING_REF, new SourceSpan("content/offerings/a,b:c.md", 3, 16, 22),
                "100% wrong: `x`\nsecond line", null);
        return d;
    }

    @Test
    void githubCommandsEscapeWhatWouldEndAPropertyOrTheMessage() {
        String out = ReportFormat.GITHUB.format(two());
        assertEquals("""
                ::error file=content/offerings/a%2Cb%3Ac.md,line=3,col=16,endColumn=38,title=quartier%3A dangling-ref::100%25 wrong: `x`%0Asecond line
                ::warning file=content/offerings/b.md,line=4,col=1,endColumn=7,title=quartier%3A unknown-key::unknown key `adress`%0Ahint: did you mean `address`?
                """, out);
    }

    @Test
    void gitlabCodeQualityHasTheFieldsGitlabReads() throws Exception {
        JsonNode report = new ObjectMapper().readTree(ReportFormat.GITLAB.format(two()));
        assertEquals(2, report.size());
        JsonNode error = report.get(0);
        assertEquals("dangling-ref", error.get("check_name").asText());
        assertEquals("major", error.get("severity").asText());
        assertEquals("content/offerings/a,b:c.md", error.get("location").get("path").asText());
        assertEquals(3, error.get("location").get("positions").get("begin").get("line").asInt());
        assertTrue(error.get("description").asText().startsWith("100% wrong"));
        JsonNode warning = report.get(1);
        assertEquals("minor", warning.get("severity").asText());
        assertTrue(warning.get("description").asText().endsWith("(did you mean `address`?)"), warning.toString());
        assertNotEquals(error.get("fingerprint"), warning.get("fingerprint"));
    }

    @Test
    void aFingerprintStaysWhenTheLineMoves() throws Exception {
        Diagnostics before = new Diagnostics();
        before.error(Code.DANGLING_REF, new SourceSpan("content/a.md", 3, 1, 1), "no such quarter", null);
        Diagnostics after = new Diagnostics();
        after.error(Code.DANGLING_REF, new SourceSpan("content/a.md", 9, 1, 1), "no such quarter", null);
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(ReportFormat.GITLAB.format(before)).get(0).get("fingerprint"),
                json.readTree(ReportFormat.GITLAB.format(after)).get(0).get("fingerprint"));
    }

    @Test
    void plainJsonListsEverythingOfADiagnostic() throws Exception {
        JsonNode list = new ObjectMapper().readTree(ReportFormat.JSON.format(two()));
        JsonNode w = list.get(1);
        assertEquals("warning", w.get("severity").asText());
        assertEquals("unknown-key", w.get("code").asText());
        assertEquals(4, w.get("line").asInt());
        assertEquals(1, w.get("column").asInt());
        assertEquals(6, w.get("length").asInt());
        assertEquals("did you mean `address`?", w.get("hint").asText());
        assertEquals("[ ]", ReportFormat.JSON.format(new Diagnostics()).strip());
    }
}
