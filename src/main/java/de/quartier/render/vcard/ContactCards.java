package de.quartier.render.vcard;

import de.quartier.model.ContactPoint;
import de.quartier.model.Site;
import de.quartier.render.ContentLines;
import de.quartier.render.Urls;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A vCard 4.0 (RFC 6350) per contact point, to save an office in a phone's contacts. Written here:
 * a dozen fixed properties need only RFC 6350's escaping (3.4) and folding (3.2), and a vCard library
 * cost an eighth of a small site's rendering, running cold (the tests read every card with two
 * independent readers).
 */
public final class ContactCards {
    private final Site site;
    private final String host;

    public ContactCards(Site site) {
        this.site = site;
        this.host = java.net.URI.create(site.config().baseUrl()).getHost();
    }

    /** @param hoursInWords the opening hours as the page shows them in one line, or null */
    public String card(ContactPoint cp, String hoursInWords) {
        StringBuilder out = new StringBuilder(768);
        line(out, "BEGIN:VCARD");
        line(out, "VERSION:4.0");
        line(out, "KIND:org");
        line(out, "UID:urn:quartier:" + host + ":anlaufstelle:" + cp.slug());
        line(out, "FN:" + ContentLines.escapeText(cp.title()));
        line(out, "ORG:" + component(cp.title()));
        var a = cp.address();
        // post office box; extended address; street; locality; region; postal code; country
        line(out, "ADR:;;" + component(a.street()) + ";" + component(a.city()) + ";;" + component(a.postalCode()) + ";Deutschland");
        line(out, "GEO:geo:" + degrees(cp.geo().lat()) + "," + degrees(cp.geo().lon()));
        if (cp.phone() != null) line(out, "TEL;TYPE=work,voice:" + ContentLines.escapeText(cp.phone()));
        if (cp.email() != null) line(out, "EMAIL:" + ContentLines.escapeText(cp.email()));
        // URI values (UID, URL) as they are (RFC 6350's URI type is not escaped): a website passed java.net.URI, so it has no
        // line break, blank or control character, and readers take its ',' and ';' as part of the address
        line(out, "URL:" + site.config().baseUrl() + Urls.pathOf(cp));
        if (cp.website() != null) line(out, "URL:" + cp.website());
        List<String> note = new ArrayList<>();
        if (hoursInWords != null) note.add("Öffnungszeiten: " + hoursInWords);
        if (cp.openingHoursNote() != null) note.add(cp.openingHoursNote());
        List<String> operators = new ArrayList<>();
        cp.operators().forEach(r -> operators.add(site.operator(r).title()));
        note.add("Träger: " + String.join(", ", operators));
        line(out, "NOTE:" + ContentLines.escapeText(String.join("\n", note)));
        line(out, "END:VCARD");
        return out.toString();
    }

    private static void line(StringBuilder out, String contentLine) {
        ContentLines.fold(contentLine, out);
    }

    /** One component of a structured value (ADR, ORG): escaped as text, so that its ';' and ',' separate nothing. */
    static String component(String value) {
        return value == null ? "" : ContentLines.escapeText(value);
    }

    /** A coordinate in degrees: at most six decimals (about 10 cm), no trailing zeros. */
    static String degrees(double d) {
        String s = new BigDecimal(d).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
