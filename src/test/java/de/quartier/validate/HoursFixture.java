package de.quartier.validate;

import ch.poole.openinghoursparser.OpeningHoursParser;
import de.quartier.model.OpeningHours;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Opening hours read the way the validator reads them, for tests of the stages that use them. */
public final class HoursFixture {
    private HoursFixture() {
    }

    public static OpeningHours of(String expression) {
        try {
            var rules = new OpeningHoursParser(new ByteArrayInputStream(expression.getBytes(StandardCharsets.UTF_8))).rules(true);
            return new OpeningHours(expression, HoursRuleReader.read(rules));
        } catch (Exception e) {
            throw new IllegalArgumentException(expression + ": " + e.getMessage(), e);
        }
    }

    /** The message Quartier gives for an expression it refuses, or null if it accepts it. */
    public static String refusal(String expression) {
        try {
            var rules = new OpeningHoursParser(new ByteArrayInputStream(expression.getBytes(StandardCharsets.UTF_8))).rules(true);
            HoursRuleReader.read(rules);
            return null;
        } catch (HoursRuleReader.UnsupportedException e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new IllegalArgumentException(expression + ": " + e.getMessage(), e);
        }
    }
}
