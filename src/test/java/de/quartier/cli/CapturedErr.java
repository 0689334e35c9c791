package de.quartier.cli;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a command prints on standard error during each test ({@code @RegisterExtension}): the commands talk to editors there. */
final class CapturedErr implements BeforeEachCallback, AfterEachCallback {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintStream old;

    @Override
    public void beforeEach(ExtensionContext context) {
        old = System.err;
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setErr(old);
    }

    void reset() {
        bytes.reset();
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text();
    }
}
