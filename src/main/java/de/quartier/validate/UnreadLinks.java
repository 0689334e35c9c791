package de.quartier.validate;

import de.quartier.model.ContentLink;
import de.quartier.model.PhoneNumber;
import de.quartier.model.Slug;

import java.util.Locale;

/**
 * How to write a Markdown link that the reader does not take as one ("[Flyer](media/Mein
 * Flyer.pdf)", "[Tel](tel:02041 703600)"): a blank in its target, which the Markdown here reads in
 * angle brackets neither. Each hint is the target as it can be written.
 */
final class UnreadLinks {
    private UnreadLinks() {
    }

    /** The target of a link as written ("[x](target)"). */
    static String target(String written) {
        return written.substring(written.indexOf("](") + 2, written.length() - 1).strip();
    }

    static String hint(String written) {
        String target = target(written);
        if (target.chars().noneMatch(Character::isWhitespace)) return ContentLink.howToWrite(target);
        if (target.startsWith("media/")) {
            // a file's name with spaces: a name without them makes a plain address, too
            String meant = Slug.suggestFileName(target.substring("media/".length()));
            return "name the file without spaces, e.g. content/media/" + meant + ", and link media/" + meant;
        }
        String bare = target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1).strip() : target;
        String label = written.substring(0, written.indexOf("](") + 2);
        String lower = bare.toLowerCase(Locale.ROOT);
        // as a phone dials it: without the (0) after +49 and a second extension
        if (lower.startsWith("tel:"))
            return "write the number without spaces: " + label + PhoneNumber.telUri(bare.substring(4)) + ")";
        if (lower.startsWith("mailto:")) return "write the address without spaces: " + label + mailtoWithoutSpaces(bare) + ")";
        if (lower.startsWith("http://") || lower.startsWith("https://"))
            return (de.quartier.source.UrlSpaces.noteAfter(bare) ? "write only the address: "
                    : de.quartier.source.UrlSpaces.inHost(bare) ? "delete the space: " : "write each space as %20: ")
                    + label + de.quartier.source.UrlSpaces.mended(bare) + ")";
        return "write the target without spaces (name a file without them)";
    }

    /** "mailto:info @x.de?subject=Frage zum Kurs": the address without blanks, the rest with each as %20. */
    private static String mailtoWithoutSpaces(String target) {
        int q = target.indexOf('?');
        String address = q < 0 ? target : target.substring(0, q);
        return address.replaceAll("\\s+", "") + (q < 0 ? "" : target.substring(q).replaceAll("\\s", "%20"));
    }
}
