package de.quartier.e2e;

import nu.validator.checker.InfoAwareErrorHandler;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Nu Html Checker (v.Nu, the checker behind validator.w3.org/nu), run in-process with the
 * schemas bundled in its jar (no network). Set it up once (a few seconds: the schemas are
 * compiled), then check any number of files. Errors are reported; warnings and info messages are
 * not. Not thread-safe.
 */
public final class HtmlValidation {
    /** The checker's default schema: HTML with SVG, MathML, ITS and RDFa. */
    public static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** One error: the file (relative to the checked directory), its position and the checker's message. */
    public record HtmlError(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public HtmlValidation() {
        // log4j as the checker configures it, no URL logging, no language detection (it only warns)
        validator = new SimpleDocumentValidator(true, false, false);
        try {
            validator.setUpMainSchema(SCHEMA, new DraconianErrorHandler());
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("could not set up the Nu Html Checker: " + e, e);
        }
    }

    /** Checks every {@code .html} file below {@code directory}, in path order. */
    public List<HtmlError> validateDirectory(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(directory)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".html") && Files.isRegularFile(p)).sorted().toList();
        }
        if (files.isEmpty()) throw new IllegalArgumentException("no .html files in " + directory);
        List<HtmlError> errors = new ArrayList<>();
        for (Path file : files) errors.addAll(validate(file, directory.relativize(file).toString().replace('\\', '/')));
        return errors;
    }

    /** Checks one file as text/html in UTF-8; {@code name} is used in the errors. */
    public synchronized List<HtmlError> validate(Path file, String name) throws IOException {
        collector.start(name);
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            validator.checkHtmlInputSource(source);
        } catch (SAXException e) {
            // a fatal error has been reported to the collector already; keep the message if not
            if (collector.errors.isEmpty()) collector.errors.add(new HtmlError(name, 0, 0, "fatal: " + e.getMessage()));
        }
        return collector.finish();
    }

    /** Schema problems are bugs in the set-up, not in the site. */
    private static final class DraconianErrorHandler implements org.xml.sax.ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }

    private static final class Collector implements InfoAwareErrorHandler {
        private String file = "(schema)";
        private List<HtmlError> errors = new ArrayList<>();

        void start(String name) {
            file = name;
            errors = new ArrayList<>();
        }

        List<HtmlError> finish() {
            List<HtmlError> result = List.copyOf(errors);
            errors = new ArrayList<>();
            return result;
        }

        @Override
        public void info(SAXParseException e) {
            // info messages are not problems
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings are not errors
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(new HtmlError(file, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(new HtmlError(file, e.getLineNumber(), e.getColumnNumber(), "fatal: " + e.getMessage()));
        }
    }
}
