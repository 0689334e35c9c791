package de.quartier.render.vcard;

import de.quartier.render.Urls;
import de.quartier.model.ContactPoint;
import de.quartier.model.Site;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Kind;

import java.util.ArrayList;
import java.util.List;

/** A vCard 4.0 (RFC 6350) per contact point, written with ez-vcard, to save an office in a phone's contacts. */
public final class ContactCards {
    private final Site site;
    private final String host;

    public ContactCards(Site site) {
        this.site = site;
        this.host = java.net.URI.create(site.config().baseUrl()).getHost();
    }

    /** @param hoursInWords the opening hours as the page shows them in one line, or null */
    public String card(ContactPoint cp, String hoursInWords) {
        VCard v = new VCard();
        v.setKind(Kind.org());
        v.setUid(new ezvcard.property.Uid("urn:quartier:" + host + ":anlaufstelle:" + cp.slug()));
        v.setFormattedName(cp.title());
        List<String> operators = new ArrayList<>();
        cp.operators().forEach(r -> operators.add(site.operator(r).title()));
        v.setOrganization(cp.title());
        Address a = new Address();
        a.setStreetAddress(cp.address().street());
        a.setPostalCode(cp.address().postalCode());
        a.setLocality(cp.address().city());
        a.setCountry("Deutschland");
        v.addAddress(a);
        v.setGeo(cp.geo().lat(), cp.geo().lon());
        if (cp.phone() != null) v.addTelephoneNumber(cp.phone(), TelephoneType.WORK, TelephoneType.VOICE);
        if (cp.email() != null) v.addEmail(cp.email());
        v.addUrl(site.config().baseUrl() + Urls.pathOf(cp));
        if (cp.website() != null) v.addUrl(cp.website());
        List<String> note = new ArrayList<>();
        if (hoursInWords != null) note.add("Öffnungszeiten: " + hoursInWords);
        if (cp.openingHoursNote() != null) note.add(cp.openingHoursNote());
        note.add("Träger: " + String.join(", ", operators));
        if (!note.isEmpty()) v.addNote(String.join("\n", note));
        java.io.StringWriter out = new java.io.StringWriter();
        // the writer directly: the Ezvcard facade links the HTML (FreeMarker) writer, which is left out
        try (ezvcard.io.text.VCardWriter w = new ezvcard.io.text.VCardWriter(out, VCardVersion.V4_0)) {
            w.setAddProdId(false);
            w.getVObjectWriter().getFoldedLineWriter().setLineLength(null);   // it folds by characters; RFC 6350 counts octets
            w.write(v);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return de.quartier.render.ContentLines.foldLines(out.toString());
    }
}
