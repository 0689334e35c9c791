package de.quartier.schema;

import de.quartier.model.Collection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A new city's site ({@code quartier init}): a site-config.yml with a German comment on each
 * setting, the page whose summary is the home page's introduction, the three legal pages a
 * German public body must have as drafts to fill in, a folder per collection and a .gitignore
 * for the output. It builds at once; what is the city's own is marked "Musterstadt" or example.org.
 */
public final class SiteSkeleton {
    private SiteSkeleton() {
    }

    /** The files by path in the new site, in the order they are written. */
    public static Map<String, String> files(String city) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("site-config.yml", config(city));
        out.put(".gitignore", "# what `quartier build` writes: made anew on every build, never edited\npublic/\n");
        out.put("content/pages/quartiersarbeit.md", """
                ---
                title: Was ist Quartiersarbeit?
                summary: Quartiersarbeit bringt Menschen, Hilfen und Ideen in der Nachbarschaft zusammen. Hier finden Sie die Anlaufstellen und Angebote in %s.
                menu: {weight: 10}
                ---
                Die Kurzbeschreibung oben (`summary`) steht auf der Startseite unter dem Titel der Website.
                Dieser Text erklärt auf einer eigenen Seite, was Quartiersarbeit in %s ist, wer sie trägt
                und wie man mitmachen kann. Schreiben Sie ihn in Ihren eigenen Worten.
                """.formatted(city, city));
        out.put("content/pages/impressum.md", legal("Impressum", "Wer für diese Website verantwortlich ist",
                "Name und Anschrift der Stadtverwaltung, die vertretungsberechtigte Stelle, Telefon und E-Mail, "
                        + "die zuständige Aufsichtsbehörde und wer für den Inhalt verantwortlich ist."));
        out.put("content/pages/datenschutz.md", legal("Datenschutz", "Welche Daten diese Website verarbeitet",
                "Die Datenschutzerklärung der Stadt: wer verantwortlich ist, welche Daten der Webserver aufzeichnet, "
                        + "dass Kartenbilder erst nach Zustimmung von einem anderen Server geladen werden, und Ihre Rechte."));
        out.put("content/pages/barrierefreiheit.md", legal("Erklärung zur Barrierefreiheit", "Wie barrierefrei diese Website ist",
                "Die Erklärung zur Barrierefreiheit nach BITV 2.0: wie weit die Seiten barrierefrei sind, was noch fehlt, "
                        + "wie man Barrieren melden kann, und die Schlichtungsstelle."));
        for (Collection c : Collection.values())
            if (c != Collection.PAGES) out.put("content/" + c.folder() + "/", "");
        out.put("content/media/", "");
        return out;
    }

    private static String legal(String title, String summary, String what) {
        return """
                ---
                title: %s
                summary: %s.
                draft: true   # erst veröffentlichen, wenn der Text vollständig ist: dann diese Zeile löschen
                ---
                Hier steht der Text der Stadt. Hinein gehört: %s
                """.formatted(title, summary, what);
    }

    private static String config(String city) {
        return """
                # Die Einstellungen der Website. Zeilen mit # davor sind Erklärungen oder freiwillige Angaben.
                # Alles, was hier Musterstadt oder example.org heißt, ersetzen Sie durch die Angaben Ihrer Stadt.
                title: Quartiersentwicklung in %1$s      # steht im Kopf jeder Seite
                description: Anlaufstellen, Angebote und Neuigkeiten aus den Quartieren in %1$s an einem Ort.
                base_url: https://www.example.org/quartiersentwicklung/   # die Adresse, unter der die Seiten erscheinen
                language: de
                # languages: [de, en, tr, ar, uk, ru]   # die wichtigsten Seiten auch in diesen Sprachen
                timezone: Europe/Berlin
                holidays: DE-NW        # Feiertage des Bundeslands (für PH in Öffnungszeiten), z. B. DE-BY, DE-NI
                owner:
                  name: Stadt %1$s
                  website: https://www.example.org/
                map:
                  # Grenzen der Karte: [[Süden, Westen], [Norden, Osten]] in Grad. Hier ganz Deutschland;
                  # grenzen Sie sie auf Ihre Stadt ein: jede Koordinate eines Eintrags muss hineinpassen.
                  bounds: [[47.2, 5.8], [55.1, 15.1]]
                  consent: true        # Kartenbilder erst laden, wenn Leserinnen und Leser zustimmen
                open_data:
                  licence: Datenlizenz Deutschland – Namensnennung – Version 2.0
                  licence_url: https://www.govdata.de/dl-de/by-2-0
                  attribution: Stadt %1$s
                # notice: Die Förderung des Programms endete 2025.   # ein Hinweis unter dem Kopf jeder Seite
                """.formatted(city);
    }
}
