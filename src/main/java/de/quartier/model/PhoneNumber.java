package de.quartier.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What is dialled of a phone number as editors write it. */
public final class PhoneNumber {
    private PhoneNumber() {
    }

    /**
     * "0209 555-1234 / 1235", "02041 70-3000/3001": a second extension after a spaced slash, or
     * after a slash that follows an extension; "0209/5551234" is one number.
     */
    private static final Pattern ALTERNATIVE = Pattern.compile("(.*\\d)(?:\\s+/\\s*|\\s*/\\s+|(?<=-\\d{1,6})/)\\d{1,5}");

    /**
     * The number to dial: as written, without an alternative extension at its end ("or …1235"),
     * which would otherwise run into the number's own digits, and without the "(0)" of
     * "+49 (0)2041 …" (or "0049 (0)…"), which is dialled only from within the country.
     */
    public static String dialled(String written) {
        String number = written.strip();
        Matcher m = ALTERNATIVE.matcher(number);
        if (m.matches() && m.group(1).chars().filter(Character::isDigit).count() >= 8) number = m.group(1);
        if (number.startsWith("+") || number.startsWith("00")) number = number.replace("(0)", "");
        return number;
    }

    /** The number as a tel: link: what is dialled, digits and + only. */
    public static String telUri(String written) {
        return "tel:" + dialled(written).replaceAll("[^0-9+]", "");
    }
}
