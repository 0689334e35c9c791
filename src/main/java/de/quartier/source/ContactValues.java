package de.quartier.source;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;

import java.util.regex.Pattern;

/** How a scalar becomes an e-mail address or a phone number, for {@link Fields}; see {@link ScalarValues}. */
final class ContactValues {
    private ContactValues() {
    }

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ()/\\-–.]{2,30}");

    static String email(Node.Scalar s, String name, Diagnostics d) {
        String v = s.value().strip();
        if (v.startsWith("mailto:")) v = v.substring("mailto:".length());
        if (EMAIL.matcher(v).matches()) {
            String written = v;
            // a warning, not an error: an unusual domain may be real
            java.util.List<String> meant = EmailSpelling.meant(v);
            if (!meant.isEmpty()) d.warning(Code.EMAIL_SPELLING, s.at(),
                    "`" + name + "`: `" + written + "` looks mistyped, and mail to it would go nowhere", "did you mean " + String.join(" or ", meant) + "?");
            return v;
        }
        // "(at)" and "[at]", written against spam on web pages: the build writes the address as it must be
        String meant = InvisibleCharacters.asSeen(v).replaceAll("\\s*[(\\[]\\s*(?i:at)\\s*[)\\]]\\s*", "@").replaceAll("\\s*[(\\[]\\s*(?i:dot|punkt)\\s*[)\\]]\\s*", ".");
        if (InvisibleCharacters.reported(s, name, d, seen -> EMAIL.matcher(seen.startsWith("mailto:") ? seen.substring(7) : seen).matches())) return null;
        d.error(Code.BAD_EMAIL, s.at(), "`" + name + "`: `" + s.value().strip() + "` is not an e-mail address", emailHint(v, meant));
        return null;
    }

    private static String emailHint(String v, String meant) {
        if (!meant.equals(v) && EMAIL.matcher(meant).matches()) return "write " + meant + ": the page links it as an e-mail address, which needs the @";
        // "info@bottrop,de": a comma for the dot
        int at = v.indexOf('@');
        String dotted = at < 0 ? v : v.substring(0, at) + v.substring(at).replace(',', '.');
        if (!dotted.equals(v) && EMAIL.matcher(dotted).matches()) return "write " + dotted;
        // umlauts: most mail servers take none, and the address is usually spelt out
        String spelt = de.quartier.model.Umlauts.spellOut(v);
        if (!spelt.equals(v) && EMAIL.matcher(spelt).matches())
            return "an e-mail address is usually written with ae, oe, ue and ss: " + spelt + " (check it with its owner)";
        return "for example quartiersbuero@example.org";
    }

    static String phone(Node.Scalar s, String name, Diagnostics d) {
        String v = InvisibleCharacters.blanksAsSeen(s.value()).strip();
        long digits = de.quartier.model.PhoneNumber.dialled(v).chars().filter(Character::isDigit).count();
        boolean written = PHONE.matcher(v).matches();
        // 110 is the shortest number; none has more than 15 digits (ITU E.164), the country's included
        if (written && digits >= 3 && digits <= 15) return v;
        if (InvisibleCharacters.reported(s, name, d, seen -> PHONE.matcher(seen).matches())) return null;
        boolean tooShort = digits < 3 && InvisibleCharacters.asSeen(v).matches("\\+?[0-9 ()/\\-–.]+");
        String problem = tooShort ? "has too few digits for a phone number" : !written ? "is not a phone number"
                : "has " + digits + " digits, more than a phone number has (15)";
        d.error(Code.BAD_PHONE, s.at(), "`" + name + "`: `" + v + "` " + problem, !written || tooShort
                ? "digits, spaces, +, -, / and parentheses only, e.g. 01234 56-789 or +49 1234 56789; put notes in another field"
                : "check for a digit too many, or two numbers run together: a second number goes into another field or the note");
        return null;
    }
}
