package de.quartier.validate;

import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The plain weekly form read without the parser must give exactly the parser's rules, or leave the text to it. */
class PlainWeeklyHoursTest {

    /** The parser's rules in strict mode, or null where it refuses the text. */
    private static List<Rule> parsed(String text) {
        try {
            return new OpeningHoursParser(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).rules(true);
        } catch (Exception | Error e) {
            return null;
        }
    }

    /** Where the reader gives rules, they are the parser's, field by field, and the model's rules made of them too. */
    private static void sameAsParser(String text) {
        List<Rule> plain = PlainWeeklyHours.rules(text);
        if (plain == null) return;
        List<Rule> parsed = parsed(text);
        if (parsed == null) fail("the parser refuses `" + text + "`, the plain reader gave " + plain);
        assertEquals(parsed, plain, text);
        assertEquals(debug(parsed), debug(plain), text);
        try {
            assertEquals(HoursRuleReader.read(parsed), HoursRuleReader.read(plain), text);
        } catch (HoursRuleReader.UnsupportedException e) {
            fail("`" + text + "` is plain but not supported: " + e.getMessage());
        }
    }

    private static List<String> debug(List<Rule> rules) {
        List<String> out = new ArrayList<>();
        for (Rule r : rules) out.add(r.toDebugString() + " additive=" + r.isAdditive() + " fallBack=" + r.isFallBack());
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mo,Fr 11:00-13:00; PH off",
            "Tu,Th,Fr 09:00-13:00,14:00-17:00; We 14:00-17:00; Sa 10:00-13:00; PH off",
            "Mo-Fr 09:00-12:00,14:00-16:00; Sa 10:00-12:00",
            "Mo 10:00-12:00, We 14:00-16:00",
            "Mo off, Tu 10:00-12:00",
            "Mo-Fr 08:00-16:00; Sa off",
            "Su off",
            "Th[1,3] 10:00-12:00",
            "Tu[-1] 10:00-12:00; PH off",
            "We[2] 14:00-15:00; Fr[-2,5] 09:00-10:30",
            "Sa-Mo 10:00-12:00",
            "Mo-Mo 10:00-12:00",
            "Mo,Mo 10:00-12:00",
            "Mo 00:00-24:00",
            "PH off; Mo 10:00-12:00",
            "PH off"})
    void readsThePlainFormAsTheParserDoes(String text) {
        assertNotNull(PlainWeeklyHours.rules(text), text);
        sameAsParser(text);
    }

    /** Everything else goes to the parser: its errors, warnings and hints stay as they were. */
    @ParameterizedTest
    @ValueSource(strings = {
            "", "Mo", "Mo ", "Mo 9:00-12:00", "Mo 09:00 - 12:00", "Mo 09:00–12:00", "Mo  09:00-12:00", "Mo 09:00-12:00;",
            "Mo 09:00-12:00; ", "Mo 09:00-12:00;Tu 10:00-11:00", "Mo 09:00-12:00, 14:00-16:00", "Mo 10:00-12:00, PH off",
            "Mo 12:00-10:00", "Mo 10:00-10:00", "Mo 24:00-25:00", "Mo 20:00-26:00", "Mo 09:60-10:00", "Mo 09:00-12:00+",
            "Mo,PH 10:00-12:00", "PH 10:00-12:00", "PH,Mo off", "SH off", "Mo[1-2] 10:00-12:00", "Mo[0] 10:00-12:00",
            "Mo[6] 10:00-12:00", "We[] 14:00-16:00", "We[1,] 14:00-16:00", "Mo-Fr[1] 10:00-12:00", "Mo 10:00-12:00 \"Beratung\"",
            "Apr-Oct Tu,Th 15:00-18:00", "week 01-53/2 Mo 18:00-20:00", "Dec 24 off", "24/7", "Mo-Fr 09:00+", "mo 10:00-12:00",
            "Montag 10:00-12:00", "Mo,Di 10:00-12:00", "Mo 10:00-12:00 || PH off", "Mo closed", "Mo 10:00-12:00 off",
            "Mo 10:00-12:00; Mo 10:00-12:00 off"})
    void leavesEverythingElseToTheParser(String text) {
        assertNull(PlainWeeklyHours.rules(text), text);
    }

    /** Thousands of texts near the plain form, made at random: where the reader answers, it answers as the parser. */
    @Test
    void agreesWithTheParserOnRandomTexts() {
        Random random = new Random(20261206);
        int read = 0;
        for (int n = 0; n < 4000; n++) {
            // half of them plain, half with a flaw here and there
            String text = randomHours(random, n % 2 == 0);
            sameAsParser(text);
            if (PlainWeeklyHours.rules(text) != null) read++;
        }
        // the generator makes mostly plain texts: a reader that refused all would prove nothing
        assertTrue(read > 1000, "read " + read + " of 4000");
    }

    private static final String[] DAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "PH", "SH", "Di", "mo"};
    private static final String[] JOINS = {"; ", ", ", ";", " ; ", " || ", ",", "; ;"};

    private static String randomHours(Random random, boolean plain) {
        // a flaw (a chance of 1 in n) only in the texts that may have them
        Flaws r = new Flaws(random, plain);
        StringBuilder sb = new StringBuilder();
        int rules = 1 + r.nextInt(4);
        for (int i = 0; i < rules; i++) {
            if (i > 0) sb.append(r.flaw(5) ? JOINS[r.nextInt(JOINS.length)] : JOINS[r.nextInt(2)]);
            if (r.nextInt(8) == 0) {
                sb.append(r.flaw(3) ? "PH " + pick(r, "off", "10:00-12:00", "closed") : "PH off");
                continue;
            }
            int days = 1 + r.nextInt(3);
            for (int d = 0; d < days; d++) {
                if (d > 0) sb.append(r.flaw(12) ? ", " : ",");
                sb.append(r.flaw(12) ? DAYS[r.nextInt(DAYS.length)] : DAYS[r.nextInt(7)]);
                int kind = r.nextInt(6);
                if (kind == 0) sb.append('-').append(DAYS[r.nextInt(7)]);
                if (kind == 1) sb.append('[').append(nth(r)).append(r.nextBoolean() ? "," + nth(r) : "").append(r.flaw(10) ? "," : "").append(']');
            }
            sb.append(r.flaw(15) ? "  " : " ");
            if (r.nextInt(7) == 0) {
                sb.append(r.flaw(2) ? pick(r, "closed", "unknown", "off \"nach Absprache\"") : "off");
                continue;
            }
            int spans = 1 + r.nextInt(3);
            for (int s = 0; s < spans; s++) {
                if (s > 0) sb.append(r.flaw(10) ? ", " : ",");
                int start = r.nextInt(r.flaw(5) ? 25 * 60 : 22 * 60);
                int end = r.flaw(10) ? r.nextInt(27 * 60) : Math.min(24 * 60, start + 15 * (1 + r.nextInt(40)));
                sb.append(time(r, start)).append(r.flaw(20) ? " - " : "-").append(time(r, end));
            }
        }
        return sb.toString();
    }

    private static String nth(Flaws r) {
        int n = r.flaw(4) ? r.nextInt(13) - 6 : (1 + r.nextInt(5)) * (r.nextBoolean() ? 1 : -1);
        return String.valueOf(n);
    }

    /** Random choices; {@link #flaw} says yes only for texts that may have flaws. */
    private record Flaws(Random random, boolean plain) {
        boolean flaw(int oneIn) {
            return !plain && random.nextInt(oneIn) == 0;
        }

        int nextInt(int bound) {
            return random.nextInt(bound);
        }

        boolean nextBoolean() {
            return random.nextBoolean();
        }
    }

    private static String time(Flaws r, int minutes) {
        int h = minutes / 60;
        int m = r.flaw(12) ? 60 + r.nextInt(10) : minutes % 60;
        return (r.flaw(15) ? String.valueOf(h) : String.format("%02d", h)) + ":" + String.format("%02d", m);
    }

    private static String pick(Flaws r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
