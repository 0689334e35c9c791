package de.quartier.source;

import de.quartier.diag.Suggestions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    /** Endings typed for .org, .com, .de and .net. */
    private static final Map<String, String> ENDINGS = Map.of("ogr", "org", "orgg", "org", "con", "com", "cmo", "com", "ocm", "com",
            "dee", "de", "ed", "de", "nte", "net", "ent", "net");

    /** The address as probably meant, if it looks mistyped. */
    static Optional<String> meant(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0) return Optional.empty();
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (PROVIDERS.contains(domain)) return Optional.empty();
        for (String p : PROVIDERS)
            if (Suggestions.distance(domain, p) == 1) return Optional.of(address.substring(0, at + 1) + p);
        int dot = domain.lastIndexOf('.');
        String ending = ENDINGS.get(domain.substring(dot + 1));
        return ending == null ? Optional.empty() : Optional.of(address.substring(0, at + 1) + domain.substring(0, dot + 1) + ending);
    }
}
