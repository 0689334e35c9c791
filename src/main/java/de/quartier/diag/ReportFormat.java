package de.quartier.diag;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import de.quartier.model.SourceSpan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The forms diagnostics take for machines: CI systems show them on the lines of a merge request.
 * The text form (for people) is {@link DiagnosticPrinter}'s; these are the others.
 */
public enum ReportFormat {
    /** Like a compiler, for people (the default). */
    TEXT,
    /** GitHub Actions' workflow commands: one {@code ::error file=…,line=…,col=…::…} line per diagnostic. */
    GITHUB,
    /** GitLab's Code Quality report: a JSON array that merge requests show beside the diff. */
    GITLAB,
    /** A plain JSON array of the diagnostics, for any other tool. */
    JSON;

    /** The diagnostics in this form, sorted as they are printed; TEXT has none (use {@link DiagnosticPrinter}). */
    public String format(Diagnostics diagnostics) {
        return format(diagnostics, "");
    }

    /**
     * @param prefix put before each site-relative path ("examples/aachen/"): CI tools place an
     *               annotation by its path from the repository root, where the command runs
     */
    public String format(Diagnostics diagnostics, String prefix) {
        List<Diagnostic> sorted = diagnostics.sorted().stream()
                .map(d -> prefix.isEmpty() ? d : new Diagnostic(d.severity(), d.code(), new SourceSpan(prefix + d.at().path(),
                        d.at().line(), d.at().column(), d.at().length()), d.message(), d.hint()))
                .toList();
        return switch (this) {
            case TEXT -> throw new IllegalStateException("the text form is DiagnosticPrinter's");
            case GITHUB -> github(sorted);
            case GITLAB -> json(sorted, true);
            case JSON -> json(sorted, false);
        };
    }

    private static String github(List<Diagnostic> sorted) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : sorted) {
            SourceSpan at = d.at();
            out.append("::").append(d.severity().label())
                    .append(" file=").append(property(at.path()))
                    .append(",line=").append(at.line())
                    .append(",col=").append(at.column());
            if (at.length() > 1) out.append(",endColumn=").append(at.column() + at.length());
            out.append(",title=").append(property("quartier: " + d.code().id()))
                    // read in a terminal, too: control characters a message quotes are shown as symbols
                    .append("::").append(data(DiagnosticPrinter.visibleLines(d.message()) + (d.hint() == null ? "" : "\nhint: " + DiagnosticPrinter.visibleLines(d.hint()))))
                    .append('\n');
        }
        return out.toString();
    }

    /** A workflow command's message: %, CR and LF escaped (GitHub's toolkit does the same). */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow command's property value: also : and , escaped, which separate properties. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    private static String json(List<Diagnostic> sorted, boolean gitlab) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Diagnostic d : sorted) {
                if (gitlab) codeQuality(g, d);
                else plain(g, d);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void plain(JsonGenerator g, Diagnostic d) throws IOException {
        g.writeStartObject();
        g.writeStringField("severity", d.severity().label());
        g.writeStringField("code", d.code().id());
        g.writeStringField("path", d.at().path());
        g.writeNumberField("line", d.at().line());
        g.writeNumberField("column", d.at().column());
        g.writeNumberField("length", d.at().length());
        g.writeStringField("message", d.message());
        if (d.hint() != null) g.writeStringField("hint", d.hint());
        g.writeEndObject();
    }

    /** One issue of GitLab's Code Quality report (the subset of Code Climate's format GitLab reads). */
    private static void codeQuality(JsonGenerator g, Diagnostic d) throws IOException {
        g.writeStartObject();
        g.writeStringField("description", d.message() + (d.hint() == null ? "" : " (" + d.hint() + ")"));
        g.writeStringField("check_name", d.code().id());
        g.writeStringField("fingerprint", fingerprint(d));
        g.writeStringField("severity", d.severity() == Severity.ERROR ? "major" : "minor");
        g.writeObjectFieldStart("location");
        g.writeStringField("path", d.at().path());
        g.writeObjectFieldStart("positions");
        g.writeObjectFieldStart("begin");
        g.writeNumberField("line", d.at().line());
        g.writeNumberField("column", d.at().column());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * What GitLab tells issues apart by between two pipelines: the same mistake in the same file keeps
     * its fingerprint when lines above it move, so a merge request shows only what it changed.
     */
    private static String fingerprint(Diagnostic d) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String key = d.code().id() + '\u0000' + d.at().path() + '\u0000' + d.message();
            return HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
