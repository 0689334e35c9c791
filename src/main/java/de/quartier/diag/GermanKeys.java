package de.quartier.diag;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of records are English; editors write German ones from habit ("kosten:", "Telefon:").
 * A German word for a key is answered with the key it means, where edit distance finds nothing.
 */
final class GermanKeys {
    private GermanKeys() {
    }

    /** A German word (lower case, umlauts as ae/oe/ue, ß as ss, no blanks or hyphens) → the keys it may mean, first the likelier. */
    private static final Map<String, List<String>> MEANT = Map.ofEntries(
            Map.entry("titel", List.of("title")), Map.entry("ueberschrift", List.of("title")),
            Map.entry("zusammenfassung", List.of("summary")), Map.entry("kurzbeschreibung", List.of("summary")),
            Map.entry("beschreibung", List.of("summary", "description")), Map.entry("kurztext", List.of("summary")),
            Map.entry("adresse", List.of("address")), Map.entry("anschrift", List.of("address")),
            Map.entry("strasse", List.of("street")), Map.entry("plz", List.of("postal_code")), Map.entry("postleitzahl", List.of("postal_code")),
            Map.entry("stadt", List.of("city")), Map.entry("telefon", List.of("phone")), Map.entry("telefonnummer", List.of("phone")),
            Map.entry("tel", List.of("phone")), Map.entry("mail", List.of("email")), Map.entry("webseite", List.of("website")),
            Map.entry("internetseite", List.of("website")), Map.entry("homepage", List.of("website")), Map.entry("internet", List.of("website")),
            Map.entry("oeffnungszeiten", List.of("opening_hours", "schedule")), Map.entry("zeiten", List.of("schedule", "opening_hours")),
            Map.entry("uhrzeit", List.of("schedule")), Map.entry("wann", List.of("schedule", "dates")), Map.entry("termine", List.of("dates")),
            Map.entry("termin", List.of("dates")), Map.entry("datum", List.of("date", "dates")),
            Map.entry("zielgruppe", List.of("target_groups")), Map.entry("zielgruppen", List.of("target_groups")),
            Map.entry("fuerwen", List.of("target_groups")), Map.entry("thema", List.of("topics")), Map.entry("themen", List.of("topics")),
            Map.entry("sprache", List.of("languages", "language")), Map.entry("sprachen", List.of("languages")),
            Map.entry("kosten", List.of("cost")), Map.entry("preis", List.of("cost")), Map.entry("gebuehr", List.of("cost")),
            Map.entry("anmeldung", List.of("registration")), Map.entry("barrierefreiheit", List.of("accessibility")),
            Map.entry("barrierefrei", List.of("accessibility")), Map.entry("rollstuhl", List.of("wheelchair")),
            Map.entry("toilette", List.of("toilet")), Map.entry("wc", List.of("toilet")),
            Map.entry("quartier", List.of("quarters")), Map.entry("quartiere", List.of("quarters")), Map.entry("viertel", List.of("quarters")),
            Map.entry("stadtteil", List.of("quarters")), Map.entry("traeger", List.of("operators", "operator")),
            Map.entry("anlaufstelle", List.of("contact_point")), Map.entry("buero", List.of("contact_point")),
            Map.entry("ort", List.of("venue", "city")), Map.entry("veranstaltungsort", List.of("venue")),
            Map.entry("entwurf", List.of("draft")), Map.entry("bild", List.of("image")), Map.entry("foto", List.of("image")),
            Map.entry("programm", List.of("programs")), Map.entry("programme", List.of("programs")), Map.entry("foerderprogramm", List.of("programs")),
            Map.entry("zeitraum", List.of("active")), Map.entry("laufzeit", List.of("active")),
            Map.entry("hinweis", List.of("note", "schedule_note", "opening_hours_note")), Map.entry("notiz", List.of("note", "schedule_note", "opening_hours_note")),
            Map.entry("anmerkung", List.of("note", "schedule_note", "opening_hours_note")),
            Map.entry("koordinaten", List.of("geo")), Map.entry("lage", List.of("geo")), Map.entry("art", List.of("kind")), Map.entry("typ", List.of("kind")),
            Map.entry("bezirk", List.of("district")), Map.entry("grenze", List.of("boundary")), Map.entry("mobil", List.of("mobile")),
            Map.entry("ansprechpartner", List.of("contacts")), Map.entry("kontakt", List.of("contacts", "phone")),
            Map.entry("aktualisiert", List.of("updated")), Map.entry("stand", List.of("updated")), Map.entry("flaeche", List.of("area")),
            Map.entry("menue", List.of("menu")), Map.entry("gewicht", List.of("weight")), Map.entry("reihenfolge", List.of("weight")),
            Map.entry("beginn", List.of("start", "from")), Map.entry("start", List.of("start", "from")), Map.entry("ende", List.of("end", "until")),
            Map.entry("von", List.of("from", "start")), Map.entry("bis", List.of("until", "end")), Map.entry("ab", List.of("from")),
            Map.entry("erforderlich", List.of("required")), Map.entry("pflicht", List.of("required")));

    /** The known key a German word means, if it names one. */
    static Optional<String> meant(String written, Set<String> known) {
        String w = de.quartier.model.Umlauts.spellOut(written.strip().toLowerCase(Locale.ROOT))
                .replace(" ", "").replace("-", "").replace("_", "");
        return MEANT.getOrDefault(w, List.of()).stream().filter(known::contains).findFirst();
    }
}
