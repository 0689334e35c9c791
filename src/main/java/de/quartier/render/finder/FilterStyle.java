package de.quartier.render.finder;

import de.quartier.render.Urls;
import de.quartier.render.finder.OfferingFinder.Facet;
import de.quartier.render.finder.OfferingFinder.TimeOfDay;

import java.time.DayOfWeek;
import java.util.Map;

/**
 * The finder without JavaScript: a stylesheet with one rule per filter value that hides the cards
 * without it while the value is chosen in the form (CSS {@code :has()}; Chrome 105, Firefox 121,
 * Safari 15.4). Filters combine (every chosen value must match), and a weekday together with a
 * time of day means one occasion, as in the script. Linear in the number of values, never in
 * their combinations. While the script runs (it marks the form {@code finder-live}) it does the
 * same with the {@code hidden} attribute and counts; without it, a CSS counter says how many cards are left.
 */
final class FilterStyle {
    static final String PATH = Urls.FINDER + "filter.css";

    private final OfferingFinder finder;
    private final Map<String, String> strings;

    FilterStyle(OfferingFinder finder, Map<String, String> strings) {
        this.finder = finder;
        this.strings = strings;
    }

    String css() {
        StringBuilder css = new StringBuilder(16 * 1024);
        css.append("/* Quartier: the offering finder without JavaScript (made by the build from the site's filter values). */\n");
        String chosen = ":is(.finder-facets option:checked:not([value=\"\"]), .finder-facets input[type=checkbox]:checked)";
        css.append(".finder-results { display: flex; flex-direction: column; counter-reset: treffer; }\n");
        css.append(".finder-results .card:not([hidden]) { counter-increment: treffer; }\n");
        css.append("main:has(.finder:not(.finder-live) ").append(chosen).append(") #finder-count { display: none; }\n");
        String[] count = strings.getOrDefault("finder.count.css", "Treffer: {n}").split("\\{n\\}", -1);
        // after the cards (a counter's value at ::before would be 0), shown first; screen readers read it
        // with its number (Chromium's accessibility tree has the counter's value) where the list ends
        String content = string(count[0]) + " counter(treffer) " + string(count.length > 1 ? count[1] : "");
        css.append("main:has(.finder:not(.finder-live) ").append(chosen).append(") .finder-results::after { order: -1; content: ")
                .append(content).append("; font-weight: bold; margin: .5rem 0; }\n");
        for (Facet f : Facet.values()) {
            boolean toggle = f == Facet.COST || f == Facet.SOON;
            for (String v : finder.values(f).keySet()) {
                String on = toggle ? "#filter-" + f.key + ":checked" : "#filter-" + f.key + " option[value=\"" + v + "\"]:checked";
                css.append("main:has(").append(on).append(") .finder-results .card:not([data-").append(f.key).append("~=\"")
                        .append(v).append("\"]) { display: none; }\n");
            }
        }
        // weekday and time of day together: the card must have that very slot ("mittwoch-nachmittag")
        for (DayOfWeek d : DayOfWeek.values())
            for (TimeOfDay t : TimeOfDay.values()) {
                String day = OfferingFinder.daySlug(d);
                css.append("main:has(#filter-tag option[value=\"").append(day).append("\"]:checked):has(#filter-tageszeit option[value=\"")
                        .append(t.slug()).append("\"]:checked) .finder-results .card:not([data-slots~=\"").append(day).append('-')
                        .append(t.slug()).append("\"]) { display: none; }\n");
            }
        return css.toString();
    }

    /** A CSS string literal. */
    private static String string(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\a ") + "\"";
    }
}
