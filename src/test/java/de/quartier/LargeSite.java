package de.quartier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a large valid site for tests of size: the base site plus generated quarters, contact
 * points and offerings (deterministic: the same size gives the same files). One operator, the
 * city's, runs a third of all offices, so its page has far more than a page shows.
 */
public final class LargeSite {
    private static final List<String> GROUPS = List.of("Kinder", "Jugendliche", "Familien", "Eltern", "Seniorinnen und Senioren",
            "Frauen", "Zugewanderte", "Alle");
    private static final List<String> TOPICS = List.of("Bildung", "Sprache", "Nachbarschaft", "Gesundheit", "Freizeit", "Beratung");
    private static final List<String> LANGUAGES = List.of("de", "en", "tr", "ar", "uk", "ru");
    private static final List<String> SCHEDULES = List.of("Mo 09:00-11:00", "Tu 15:00-17:00; PH off", "We 10:00-12:00",
            "We[1,3] 15:00-17:00", "Th 17:30-19:30", "Fr 14:00-16:00", "Mo,We 09:30-11:30", "Sa 10:00-13:00");

    private LargeSite() {
    }

    /** The base site with about {@code offerings} offerings added, in {@code dir}; returns dir. */
    public static Path write(Path dir, int offerings) throws IOException {
        TestSites.copyBase(dir);
        int quarters = Math.max(10, offerings / 15);
        int offices = Math.max(20, offerings / 4);
        int operators = Math.max(5, offerings / 50);
        Path content = dir.resolve("content");
        for (int q = 0; q < quarters; q++) {
            write(content.resolve("quarters/viertel-" + q + ".md"), "title: Viertel " + q + "\ndistrict: Bezirk " + (q % 12)
                    + "\ncenter: [" + lat(q, quarters) + ", " + lon(q, quarters) + "]\n", "Ein Viertel der Teststadt.");
        }
        for (int k = 0; k < operators; k++)
            write(content.resolve("operators/traeger-" + k + ".md"), "title: Träger " + k + "\nkind: Verein\n", "");
        for (int c = 0; c < offices; c++) {
            int q = c % quarters;
            String operator = c % 3 == 0 ? "stadt" : "traeger-" + (c % operators);
            write(content.resolve("contact-points/buero-" + c + ".md"), "title: Büro " + c + "\nkind: " + (c % 2 == 0 ? "Quartiersbüro" : "Stadtteilladen")
                    + "\nquarters: viertel-" + q + "\noperators: [" + operator + "]\naddress: {street: Teststraße " + (c + 1)
                    + ", postal_code: 46236, city: Bottrop}\ngeo: {lat: " + lat(c, offices) + ", lon: " + lon(c, offices) + "}\nopening_hours: "
                    + SCHEDULES.get(c % SCHEDULES.size()).replace("[1,3] ", " ") + "\nlanguages: [de, " + LANGUAGES.get(c % LANGUAGES.size())
                    + "]\ntarget_groups: [" + GROUPS.get(c % GROUPS.size()) + "]\n", "Rat und Kaffee im Büro " + c + ".");
        }
        for (int o = 0; o < offerings; o++) {
            int c = o % offices;
            write(content.resolve("offerings/angebot-" + o + ".md"), "title: Angebot " + o + "\ncontact_point: buero-" + c + "\nschedule: "
                    + SCHEDULES.get(o % SCHEDULES.size()) + "\ntarget_groups: [" + GROUPS.get(o % GROUPS.size()) + ", "
                    // every odd one also for children (never its first group): one group's list is long enough to be split
                    + (o % 2 == 1 ? "Kinder" : GROUPS.get((o / 3) % GROUPS.size())) + "]\ntopics: [" + TOPICS.get(o % TOPICS.size()) + "]\nlanguages: [de, "
                    + LANGUAGES.get((o / 2) % LANGUAGES.size()) + "]\ncost: " + (o % 4 == 0 ? "2 Euro" : "kostenlos") + "\n",
                    "Wir treffen uns regelmäßig. Alle sind willkommen, eine Anmeldung ist nicht nötig.");
        }
        return dir;
    }

    private static void write(Path file, String frontMatter, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\n" + frontMatter + "---\n" + body + "\n");
    }

    /** Spread over the base site's map bounds ([[51.47, 6.85], [51.66, 7.03]]). */
    private static String lat(int i, int n) {
        return String.format(Locale.ROOT, "%.5f", 51.48 + 0.17 * ((i * 7919L) % n) / n);
    }

    private static String lon(int i, int n) {
        return String.format(Locale.ROOT, "%.5f", 6.86 + 0.16 * ((i * 104729L) % n) / n);
    }
}
