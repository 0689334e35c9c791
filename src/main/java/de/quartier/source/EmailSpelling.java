package de.quartier.source;

import de.quartier.diag.Suggestions;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An e-mail address that is well formed but mistyped where typos are common: a big provider's
 * name one keystroke off ("gmial.com", "gmx.dee") or a top-level domain no one has (".ogr",
 * ".con"). Mail to it would go nowhere, and nothing else would tell.
 */
final class EmailSpelling {
    private EmailSpelling() {
    }

    /** Providers residents and offices in Germany use most; a domain one edit away from one is a typo. */
    private static final List<String> PROVIDERS = List.of("gmail.com", "googlemail.com", "gmx.de", "gmx.net", "web.de", "t-online.de",
            "outlook.com", "outlook.de", "hotmail.com", "hotmail.de", "yahoo.com", "yahoo.de", "icloud.com", "freenet.de",
            "arcor.de", "posteo.de", "mailbox.org", "aol.com");

    /** Real providers one keystroke from one of the above: never taken for a typo. */
    private static final List<String> REAL = List.of("mail.com", "email.com", "ymail.com", "gmx.com", "gmx.at", "gmx.ch", "gmx.eu",
            "mail.de", "email.de", "web.com", "aol.de", "me.com", "mac.com", "live.de", "live.com", "online.de", "hotmail.fr", "outlook.at");

    /** Endings typed for .org, .com, .de and .net. */
    private static final Map<String, String> ENDINGS = Map.of("ogr", "org", "orgg", "org", "con", "com", "cmo", "com", "ocm", "com",
            "dee", "de", "ed", "de", "nte", "net", "ent", "net");

    /** The addresses as probably meant, if it looks mistyped ("x@gmx.ne": x@gmx.de and x@gmx.net alike); empty if not. */
    static List<String> meant(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0) return List.of();
        String local = address.substring(0, at + 1);
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (PROVIDERS.contains(domain) || REAL.contains(domain)) return List.of();
        List<String> near = PROVIDERS.stream().filter(p -> Suggestions.oneEditApart(domain, p)).map(p -> local + p).toList();
        if (!near.isEmpty()) return near;
        int dot = domain.lastIndexOf('.');
        String ending = ENDINGS.get(domain.substring(dot + 1));
        return ending == null ? List.of() : List.of(local + domain.substring(0, dot + 1) + ending);
    }
}
