package de.quartier.validate;

import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.Util;
import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.OpeningHours;
import de.quartier.source.Node;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Checks OpenStreetMap opening_hours syntax with Simon Poole's parser in strict mode. An error
 * points into the string; where the lenient mode understands what was meant (German day names,
 * "9-13"), the hint gives the strict spelling.
 */
final class OpeningHoursSyntax {
    private OpeningHoursSyntax() {
    }

    static OpeningHours check(Node.Scalar value, String key, Diagnostics diagnostics) {
        String text = value.value().strip();
        Optional<Problem> strict = problem(text, true);
        if (strict.isEmpty()) return new OpeningHours(text);
        Problem p = strict.get();
        String hint = lenientForm(text)
                .map(s -> "did you mean `" + s + "`?")
                .orElse("OpenStreetMap syntax, e.g. `Mo,Tu 09:00-13:00; We 13:30-17:30; PH off`");
        int offset = value.value().indexOf(text) + Math.max(0, Math.min(p.column - 1, text.length() - 1));
        diagnostics.error(Code.BAD_OPENING_HOURS, value.charAt(offset, 1),
                "`" + key + "` is not valid opening_hours syntax: " + p.message, hint);
        return null;
    }

    private record Problem(int column, String message) {
    }

    private static Optional<Problem> problem(String text, boolean strict) {
        try {
            List<Rule> rules = parser(text).rules(strict);
            if (rules.isEmpty()) return Optional.of(new Problem(1, "it is empty"));
            return Optional.empty();
        } catch (OpeningHoursParseException e) {
            OpeningHoursParseException first = e.getExceptions() != null && !e.getExceptions().isEmpty() ? e.getExceptions().get(0) : e;
            return Optional.of(new Problem(Math.max(1, first.getColumn()), clean(first.getMessage())));
        } catch (RuntimeException | Error e) {
            // the generated token manager throws an Error for characters it has no token for
            return Optional.of(new Problem(1, clean(e.getMessage())));
        }
    }

    private static Optional<String> lenientForm(String text) {
        try {
            List<Rule> rules = parser(text).rules(false);
            String normal = Util.rulesToOpeningHoursString(rules);
            if (normal.equals(text) || problem(normal, true).isPresent()) return Optional.empty();
            return Optional.of(normal);
        } catch (Exception | Error e) {
            return Optional.empty();
        }
    }

    private static OpeningHoursParser parser(String text) {
        return new OpeningHoursParser(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String clean(String message) {
        if (message == null) return "unexpected text";
        String m = message.strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) m = m.substring(0, nl);
        return m.replaceAll("\\s+", " ");
    }
}
