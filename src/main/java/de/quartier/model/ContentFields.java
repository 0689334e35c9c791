package de.quartier.model;

import de.quartier.model.FieldSpec.Kind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of every collection and of site-config.yml (CONTENT-MODEL.md and the extensions in
 * the README): the one definition the validator's known keys, the JSON Schemas, the web editor's
 * configuration and {@code quartier new} are made from. Labels and descriptions are German: editors
 * read them in their editor's hover texts and in the web editor.
 */
public final class ContentFields {
    private ContentFields() {
    }

    private static FieldSpec f(String key, Kind kind, String label, String description, String example) {
        return new FieldSpec(key, kind, false, label, description, example, null, List.of(), List.of());
    }

    private static FieldSpec req(FieldSpec s) {
        return new FieldSpec(s.key(), s.kind(), true, s.label(), s.description(), s.example(), s.refersTo(), s.values(), s.fields());
    }

    private static FieldSpec ref(String key, Kind kind, Collection to, String label, String description, String example) {
        return new FieldSpec(key, kind, false, label, description, example, to, List.of(), List.of());
    }

    private static FieldSpec choice(String key, List<String> values, String label, String description) {
        return new FieldSpec(key, Kind.CHOICE, false, label, description, values.get(0), null, values, List.of());
    }

    private static FieldSpec map(String key, String label, String description, FieldSpec... fields) {
        return new FieldSpec(key, Kind.MAP, false, label, description, null, null, List.of(), List.of(fields));
    }

    private static FieldSpec maps(String key, String label, String description, FieldSpec... fields) {
        return new FieldSpec(key, Kind.MAPS, false, label, description, null, null, List.of(), List.of(fields));
    }

    // ---- parts several collections share ------------------------------------------------------

    /** A postal address: contact points, venues, operators. */
    public static final FieldSpec ADDRESS = map("address", "Adresse", "Postanschrift",
            req(f("street", Kind.TEXT, "Straße und Hausnummer", "Straße und Hausnummer", "Marktstraße 1")),
            req(f("postal_code", Kind.POSTAL_CODE, "Postleitzahl", "fünfstellige Postleitzahl; mit einer 0 vorn in Anführungszeichen (\"01067\")", "12345")),
            req(f("city", Kind.TEXT, "Ort", "Stadt", "Musterstadt")));
    /** Access for people with disabilities: contact points and offerings. */
    public static final FieldSpec ACCESSIBILITY = map("accessibility", "Barrierefreiheit", "Zugang für Menschen mit Behinderung",
            choice("wheelchair", List.of("yes", "limited", "no"), "Rollstuhl", "mit dem Rollstuhl erreichbar: yes, limited oder no"),
            choice("toilet", List.of("yes", "no"), "Barrierefreie Toilette", "eine barrierefreie Toilette: yes oder no"),
            f("note", Kind.TEXT, "Hinweis", "was Besucherinnen und Besucher wissen sollten", "Rampe am Eingang"));
    /** When a record runs ({@code active}; a programme's {@code period} has the same keys). */
    public static final FieldSpec ACTIVE = map("active", "Laufzeit", "seit wann und bis wann es den Eintrag gibt; vorher „eröffnet am …“, danach „beendet“",
            f("from", Kind.DATE_OR_MONTH, "Beginn", "erster Tag (oder Monat: 2020-03)", "2020-03"),
            f("until", Kind.DATE_OR_MONTH, "Ende", "letzter Tag (oder Monat)", "2027-12-31"));
    private static final FieldSpec TARGET_GROUPS = f("target_groups", Kind.TEXTS, "Für wen", "Zielgruppen", "[Familien, Seniorinnen und Senioren]");
    private static final FieldSpec TOPICS = f("topics", Kind.TEXTS, "Themen", "Themen", "[Beratung, Begegnung]");
    private static final FieldSpec LANGUAGES = f("languages", Kind.LANGUAGES, "Sprachen", "gesprochene Sprachen als Kürzel (ISO 639-1)", "[de, tr]");
    private static final FieldSpec PHONE = f("phone", Kind.PHONE, "Telefon", "Telefonnummer", "02041 70-0000");
    private static final FieldSpec EMAIL = f("email", Kind.EMAIL, "E-Mail", "E-Mail-Adresse", "quartier@example.org");
    private static final FieldSpec WEBSITE = f("website", Kind.URL, "Website", "Adresse einer Website (https://…)", "https://www.example.org/");
    private static final FieldSpec GEO = f("geo", Kind.GEO, "Lage", "Breite und Länge in Grad: {lat: 51.52, lon: 6.93}; muss im Kartenausschnitt liegen", "{lat: 51.5236, lon: 6.929}");

    /** The fields every record has. */
    public static final List<FieldSpec> COMMON = List.of(
            req(f("title", Kind.TEXT, "Titel", "Name des Eintrags, wie er auf der Seite steht", "Quartiersbüro Altstadt")),
            f("summary", Kind.TEXT, "Kurzbeschreibung", "ein Satz für Listen und Suchmaschinen", "Worum es geht, in einem Satz."),
            f("draft", Kind.BOOLEAN, "Entwurf", "true: noch nicht veröffentlichen", "true"),
            map("image", "Bild", "ein Bild unter content/media/",
                    req(f("src", Kind.MEDIA, "Datei", "Pfad relativ zu content/", "media/buero.jpg")),
                    req(f("alt", Kind.TEXT, "Alternativtext", "was das Bild zeigt, für Menschen, die es nicht sehen", "Eingang mit Rampe")),
                    f("credit", Kind.TEXT, "Bildnachweis", "©-Zeile", "Stadt Musterstadt")),
            f("updated", Kind.DATE, "Aktualisiert", "wann der Eintrag zuletzt geprüft wurde", "2026-11-01"));

    private static final Map<Collection, List<FieldSpec>> OWN = new EnumMap<>(Collection.class);

    static {
        OWN.put(Collection.QUARTERS, List.of(
                req(f("district", Kind.TEXT, "Stadtbezirk", "der Stadtbezirk, zu dem das Quartier gehört", "Mitte")),
                f("area", Kind.TEXT, "Stadtteil", "eine Ebene zwischen Stadtbezirk und Quartier, z. B. der Stadtteil", "Altstadt"),
                f("center", Kind.GEO, "Mittelpunkt", "Mittelpunkt des Quartiers: [lat, lon]", "[51.52, 6.93]"),
                f("boundary", Kind.MEDIA, "Grenze", "GeoJSON-Datei mit der Grenze unter content/media/", "media/grenzen/altstadt.geojson"),
                maps("profile", "Kennzahlen", "Zahlen über das Quartier",
                        req(f("label", Kind.TEXT, "Bezeichnung", "was gezählt ist", "Anteil unter 18 Jahren")),
                        req(f("value", Kind.NUMBER, "Wert", "die Zahl", "21,4")),
                        f("unit", Kind.TEXT, "Einheit", "z. B. % (in Anführungszeichen: \"%\")", "\"%\""),
                        f("year", Kind.INTEGER, "Jahr", "Stand", "2024"),
                        f("source", Kind.TEXT, "Quelle", "woher die Zahl stammt", "Stadt, Sozialbericht")),
                ref("programs", Kind.REFS, Collection.PROGRAMS, "Förderprogramme", "Förderprogramme (Dateinamen)", "[soziale-stadt]"),
                f("aliases", Kind.TEXTS, "Auch genannt", "andere Namen, unter denen man das Quartier sucht", "[Altmarkt]")));
        OWN.put(Collection.CONTACT_POINTS, List.of(
                req(ref("quarters", Kind.REFS, Collection.QUARTERS, "Quartiere", "Quartier(e), in denen die Anlaufstelle arbeitet", "[altstadt]")),
                f("kind", Kind.TEXT, "Art", "Quartiersbüro, Stadtteilbüro, Quartiersladen, Familienzentrum …", "Quartiersbüro"),
                req(ref("operators", Kind.REFS, Collection.OPERATORS, "Träger", "Träger (einer oder mehrere)", "[stadt]")),
                req(ADDRESS),
                req(GEO),
                f("opening_hours", Kind.OPENING_HOURS, "Öffnungszeiten", "in der Schreibweise von OpenStreetMap", "Mo,Tu 09:00-13:00; We 13:30-17:30; PH off"),
                f("opening_hours_note", Kind.TEXT, "Hinweis zu den Zeiten", "z. B. „und nach Vereinbarung“", "und nach Vereinbarung"),
                PHONE, EMAIL, WEBSITE,
                maps("contacts", "Ansprechpersonen", "Ansprechpersonen; eine Rolle genügt",
                        f("name", Kind.TEXT, "Name", "Name (oder nur die Rolle)", null),
                        f("role", Kind.TEXT, "Rolle", "z. B. Quartiersmanagerin", "Quartiersmanagerin"),
                        PHONE, EMAIL),
                TARGET_GROUPS, TOPICS, LANGUAGES, ACCESSIBILITY,
                ref("programs", Kind.REFS, Collection.PROGRAMS, "Förderprogramme", "Förderprogramme (Dateinamen)", "[soziale-stadt]"),
                ACTIVE,
                maps("operator_hours", "Zeiten der einzelnen Träger", "in einer Bürogemeinschaft: wann welcher Träger da ist",
                        req(ref("operator", Kind.REF, Collection.OPERATORS, "Träger", "einer der Träger unter operators", "caritas")),
                        req(f("opening_hours", Kind.OPENING_HOURS, "Zeiten", "in der Schreibweise von OpenStreetMap", "We 10:00-12:00")),
                        f("note", Kind.TEXT, "Was dann", "was der Träger dann anbietet", "Sozialberatung"))));
        OWN.put(Collection.OFFERINGS, List.of(
                ref("contact_point", Kind.REF, Collection.CONTACT_POINTS, "Anlaufstelle", "wo es stattfindet (oder venue oder mobile)", "quartiersbuero-altstadt"),
                map("venue", "Ort", "ein anderer Ort: Schule, Kita, Park",
                        req(f("name", Kind.TEXT, "Name", "Name des Ortes", "Grundschule am Park")),
                        req(ADDRESS), req(GEO)),
                f("mobile", Kind.BOOLEAN, "Unterwegs", "true: findet an wechselnden Orten statt (dann quarters angeben)", "true"),
                ref("quarters", Kind.REFS, Collection.QUARTERS, "Quartiere", "Quartiere; sonst die der Anlaufstelle", "[altstadt]"),
                ref("operator", Kind.REF, Collection.OPERATORS, "Träger", "Träger; sonst der erste der Anlaufstelle", "awo"),
                f("schedule", Kind.OPENING_HOURS, "Regelmäßig", "wann es regelmäßig stattfindet (OpenStreetMap-Schreibweise)", "We 15:00-17:00"),
                maps("dates", "Termine", "einzelne Termine",
                        req(f("start", Kind.DATE_TIME, "Beginn", "Datum und Uhrzeit", "2026-12-05 14:00")),
                        f("end", Kind.DATE_TIME, "Ende", "Datum und Uhrzeit", "2026-12-05 17:00")),
                f("schedule_note", Kind.TEXT, "Hinweis zu den Zeiten", "z. B. „nicht in den Schulferien“ oder „nach Vereinbarung“", "nicht in den Schulferien"),
                TARGET_GROUPS, TOPICS, LANGUAGES,
                f("cost", Kind.TEXT, "Kosten", "z. B. kostenlos", "kostenlos"),
                map("registration", "Anmeldung", "ob und wie man sich anmeldet",
                        f("required", Kind.BOOLEAN, "Anmeldung nötig", "true oder false", "false"),
                        f("note", Kind.TEXT, "Hinweis", "z. B. bis wann", "bis zum Vortag"),
                        f("url", Kind.URL, "Anmeldeseite", "Adresse der Anmeldung", "https://www.example.org/anmeldung"),
                        PHONE, EMAIL),
                ACCESSIBILITY, ACTIVE,
                ref("programs", Kind.REFS, Collection.PROGRAMS, "Förderprogramme", "Förderprogramme, die das Angebot bezahlen (Dateinamen)", "[soziale-stadt]")));
        OWN.put(Collection.OPERATORS, List.of(
                f("kind", Kind.TEXT, "Art", "Kommune, Wohlfahrtsverband, Verein, Kirche, Unternehmen …", "Wohlfahrtsverband"),
                WEBSITE, PHONE, EMAIL, ADDRESS,
                map("logo", "Logo", "ein Logo unter content/media/",
                        req(f("src", Kind.MEDIA, "Datei", "Pfad relativ zu content/", "media/logo.svg")),
                        req(f("alt", Kind.TEXT, "Alternativtext", "Name, wie ihn das Logo zeigt", "Logo der AWO")))));
        OWN.put(Collection.PROGRAMS, List.of(
                f("funder", Kind.TEXT, "Fördergeber", "wer das Programm bezahlt", "Land NRW"),
                WEBSITE,
                map("period", "Laufzeit", "Laufzeit des Programms",
                        f("from", Kind.DATE_OR_MONTH, "Beginn", "erster Tag (oder Monat)", "2020-01"),
                        f("until", Kind.DATE_OR_MONTH, "Ende", "letzter Tag (oder Monat)", "2030-12")),
                f("reference", Kind.TEXT, "Förderkennzeichen", "Förderkennzeichen", "SSP-2020-17")));
        OWN.put(Collection.PAGES, List.of(
                map("menu", "Menü", "nimmt die Seite ins Hauptmenü auf",
                        req(f("weight", Kind.INTEGER, "Reihenfolge", "kleinere Zahlen stehen weiter vorn", "30")),
                        f("title", Kind.TEXT, "Menütitel", "kürzerer Titel fürs Menü", "Verfügungsfonds")),
                f("leichte_sprache", Kind.BOOLEAN, "Leichte Sprache",
                        "true: der Text ist in Leichter Sprache; die Seite wird dafür gesetzt und von jeder Seite aus verlinkt", "true")));
        OWN.put(Collection.NEWS, List.of(
                req(f("date", Kind.DATE, "Datum", "Datum der Meldung", "2026-11-20")),
                ref("quarters", Kind.REFS, Collection.QUARTERS, "Quartiere", "Quartiere, um die es geht", "[altstadt]")));
    }

    /** site-config.yml. */
    public static final List<FieldSpec> SITE_CONFIG = List.of(
            req(f("title", Kind.TEXT, "Titel der Website", "steht im Kopf jeder Seite", "Quartiersentwicklung in Bottrop")),
            f("description", Kind.TEXT, "Beschreibung", "ein Satz für Suchmaschinen", "Anlaufstellen und Angebote in den Quartieren"),
            req(f("base_url", Kind.URL, "Adresse", "Adresse der veröffentlichten Website, darf einen Pfad haben", "https://www.bottrop.de/quartiersentwicklung/")),
            f("language", Kind.TEXT, "Sprache", "Sprache der Seiten (de)", "de"),
            f("languages", Kind.LANGUAGES, "Sprachen der Seiten",
                    "Sprachen, in denen die wichtigsten Seiten erscheinen; weitere Sprachen unter <Adresse>/<Kürzel>/", "[de, en, tr, ar, uk, ru]"),
            f("timezone", Kind.TEXT, "Zeitzone", "Zeitzone (tz-Datenbank)", "Europe/Berlin"),
            f("theme", Kind.TEXT, "Theme", "Ordner unter themes/ mit eigenen Dateien", "stadt"),
            map("owner", "Betreiber", "wer die Website betreibt",
                    req(f("name", Kind.TEXT, "Name", "Name", "Stadt Bottrop")),
                    WEBSITE),
            req(map("map", "Karte", "Kartenausschnitt und Kartenbilder",
                    f("center", Kind.GEO, "Mitte", "Mitte der Karte: [lat, lon]", "[51.52, 6.93]"),
                    f("zoom", Kind.INTEGER, "Zoom", "Vergrößerung 1–19", "12"),
                    req(f("bounds", Kind.BOUNDS, "Grenzen", "[[Süd, West], [Nord, Ost]]: jede Koordinate muss hineinpassen", "[[51.47, 6.85], [51.66, 7.03]]")),
                    map("tiles", "Kartenbilder", "woher die Kartenbilder kommen",
                            req(f("url", Kind.TEXT, "Adresse", "mit {z}, {x}, {y}", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")),
                            req(f("attribution", Kind.TEXT, "Nachweis", "Quellenangabe der Karte", "© OpenStreetMap-Mitwirkende")),
                            f("max_zoom", Kind.INTEGER, "größter Zoom", "größte Vergrößerung", "19")),
                    f("consent", Kind.BOOLEAN, "Zustimmung", "true: Kartenbilder erst nach Zustimmung laden", "true"))),
            f("holidays", Kind.TEXT, "Feiertage", "Bundesland der Feiertage (PH), z. B. DE-NW", "DE-NW"),
            map("open_data", "Offene Daten", "Lizenz der Datendateien",
                    req(f("licence", Kind.TEXT, "Lizenz", "Name der Lizenz", "Datenlizenz Deutschland – Namensnennung – Version 2.0")),
                    f("licence_url", Kind.URL, "Lizenztext", "Adresse des Lizenztexts", "https://www.govdata.de/dl-de/by-2-0"),
                    f("attribution", Kind.TEXT, "Namensnennung", "wer genannt wird", "Stadt Bottrop")),
            f("strings", Kind.MAP, "Eigene Wörter", "eigene Wörter für Texte des Themes: Schlüssel → Text", "{nav.quarters: Stadtteile}"),
            f("notice", Kind.TEXT, "Hinweis", "ein Hinweis unter dem Kopf jeder Seite", "Die Förderung endete 2023."),
            new FieldSpec("translations", Kind.BY_LANGUAGE, false, "Übersetzungen",
                    "Titel, Beschreibung, Hinweis und Begriffe in den weiteren Sprachen (languages), je Sprachkürzel", null, null, List.of(),
                    List.of(f("title", Kind.TEXT, "Titel", "der Titel der Website in dieser Sprache", "Neighbourhood development in Bottrop"),
                            f("description", Kind.TEXT, "Beschreibung", "ein Satz für Suchmaschinen in dieser Sprache",
                                    "Contact points and offerings in Bottrop's neighbourhoods"),
                            f("notice", Kind.TEXT, "Hinweis", "der Hinweis unter dem Kopf in dieser Sprache", "Funding ended in 2023."),
                            f("terms", Kind.MAP, "Begriffe", "Zielgruppen, Themen und Arten in dieser Sprache: deutscher Begriff → Übersetzung, klein wie mitten im Satz",
                                    "{Frauen: women, Nachbarschaft: neighbourhood}"))),
            map("editor", "Web-Redaktion", "schaltet die Web-Redaktion unter admin/ ein: wo das Git-Repository der Website liegt",
                    req(choice("backend", SiteConfig.Editor.BACKENDS, "Git-Dienst",
                            "gitlab, github, gitea (auch Forgejo) oder test-repo (zum Ausprobieren, speichert nichts)")),
                    f("repo", Kind.TEXT, "Repository", "Gruppe/Projekt des Repositorys (Pflicht außer bei test-repo)", "stadt/quartiersentwicklung"),
                    f("branch", Kind.TEXT, "Branch", "wohin Änderungen gehen (Standard: main)", "main"),
                    f("base_url", Kind.URL, "Adresse des Git-Dienstes", "bei eigenem GitLab oder Gitea dessen Adresse", "https://gitlab.example.org"),
                    f("app_id", Kind.TEXT, "Anwendungs-ID", "ID der OAuth-Anwendung im Git-Dienst (GitLab, Gitea)", "0123456789abcdef")));

    /** The body of a record: in a .md file below the front matter, in a .yml file under {@code body}. */
    public static final FieldSpec BODY = f("body", Kind.MARKDOWN, "Text", "der Text des Eintrags (Markdown)", null);

    /** A collection's fields: the common ones, then its own. */
    public static List<FieldSpec> of(Collection c) {
        List<FieldSpec> out = new ArrayList<>(COMMON);
        out.addAll(OWN.get(c));
        return List.copyOf(out);
    }

    /** The keys a record of the collection may have in its front matter. */
    public static Set<String> keys(Collection c) {
        Set<String> out = new LinkedHashSet<>();
        for (FieldSpec f : of(c)) out.add(f.key());
        return java.util.Collections.unmodifiableSet(out);
    }

    /**
     * How a field is written, by its key, from wherever it is defined ("address" → "{street: Marktstraße 1, …}"),
     * for the hint of a missing required field; null for a key no field has.
     */
    public static String exampleOf(String key) {
        return Examples.BY_KEY.get(key);
    }

    /** The collection a reference field of this key points at ("operators" → operators), if it is one. */
    public static java.util.Optional<Collection> refersTo(String key) {
        return java.util.Optional.ofNullable(Examples.REFERS_TO.get(key));
    }

    /** Made on first use, once every list above is complete. */
    private static final class Examples {
        static final Map<String, String> BY_KEY = build();
        static final Map<String, Collection> REFERS_TO = refs();

        private static Map<String, Collection> refs() {
            Map<String, Collection> out = new java.util.HashMap<>();
            List<FieldSpec> all = new ArrayList<>(COMMON);
            OWN.values().forEach(all::addAll);
            for (int i = 0; i < all.size(); i++) {
                FieldSpec f = all.get(i);
                if (f.refersTo() != null) out.putIfAbsent(f.key(), f.refersTo());
                all.addAll(f.fields());
            }
            return Map.copyOf(out);
        }

        private static Map<String, String> build() {
            Map<String, String> out = new java.util.HashMap<>();
            List<FieldSpec> all = new ArrayList<>(COMMON);
            OWN.values().forEach(all::addAll);
            all.addAll(SITE_CONFIG);
            for (int i = 0; i < all.size(); i++) {
                FieldSpec f = all.get(i);
                String example = example(f);
                if (example != null) out.putIfAbsent(f.key(), example);
                all.addAll(f.fields());
            }
            return Map.copyOf(out);
        }

        private static String example(FieldSpec f) {
            if (f.example() != null) return f.example();
            if (f.kind() != Kind.MAP && f.kind() != Kind.MAPS || f.fields().isEmpty()) return null;
            List<String> parts = new ArrayList<>();
            for (FieldSpec sub : f.fields()) if (sub.required() && example(sub) != null) parts.add(sub.key() + ": " + example(sub));
            // a list's entries may all be optional (contacts: a role and a phone number): the first two that have an example
            if (parts.isEmpty() && f.kind() == Kind.MAPS)
                for (FieldSpec sub : f.fields()) if (parts.size() < 2 && example(sub) != null) parts.add(sub.key() + ": " + example(sub));
            if (parts.isEmpty()) return null;
            String entry = "{" + String.join(", ", parts) + "}";
            return f.kind() == Kind.MAPS ? "[" + entry + "]" : entry;
        }
    }

    /** A field of site-config.yml by key. */
    public static FieldSpec siteConfigField(String key) {
        return SITE_CONFIG.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("site-config.yml has no field " + key));
    }

    /** The keys site-config.yml may have. */
    public static Set<String> siteConfigKeys() {
        Set<String> out = new LinkedHashSet<>();
        for (FieldSpec f : SITE_CONFIG) out.add(f.key());
        return java.util.Collections.unmodifiableSet(out);
    }

    /** A collection's field by key. */
    public static FieldSpec field(Collection c, String key) {
        return of(c).stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(c + " has no field " + key));
    }
}
