package de.quartier.render.finder;

import de.quartier.render.Urls;
import de.quartier.render.finder.OfferingFinder.Facet;
import de.quartier.render.finder.OfferingFinder.TimeOfDay;

import java.time.DayOfWeek;
import java.util.Map;

/**
 * The finder without JavaScript: a stylesheet with one rule per filter value that hides the cards
 * without it (and the groups with none of it) while the value is chosen in the form (CSS
 * {@code :has()}; Chrome 105, Firefox 121, Safari 15.4). Filters combine (every chosen value must
 * match), and a weekday together with a time of day means one occasion, as in the script. Linear
 * in the number of values, never in their combinations. While the script runs (it marks the form
 * {@code finder-live}) it does the same with the {@code hidden} attribute and counts; without it,
 * a CSS counter says how many cards are left, and when none is, that none is.
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
        // while a value is chosen and the script does not run (it marks the form finder-live and counts itself)
        String filtering = "main:has(.finder:not(.finder-live) :is(.finder-facets option:checked:not([value=\"\"]), "
                + ".finder-facets input[type=checkbox]:checked))";
        css.append(".finder-results { display: flex; flex-direction: column; counter-reset: treffer; }\n");
        // each group counts its own cards too (a hidden card is not counted: it makes no box)
        css.append(".finder-results .group { counter-reset: gruppe; }\n");
        css.append(".finder-results .card:not([hidden]) { counter-increment: treffer gruppe; }\n");
        css.append(filtering).append(" #finder-count { display: none; }\n");
        css.append("@counter-style quartier-blank { system: cyclic; symbols: \" \"; }\n");
        // after the cards (a counter's value at ::before would be 0), shown first; screen readers read it
        // with its number (Chromium's accessibility tree has the counter's value) where the list ends; with
        // no card left it goes on to say so
        String[] count = strings.getOrDefault("finder.count.css", "Treffer: {n}").split("\\{n\\}", -1);
        String content = string(count[0]) + " counter(treffer) " + string(count.length > 1 ? count[1] : "")
                + whenZero(css, "treffer", "quartier-none", " " + strings.getOrDefault("finder.none.css", ""));
        css.append(filtering).append(" .finder-results::after { order: -1; content: ").append(content)
                .append("; font-weight: bold; margin: .5rem 0; }\n");
        // a group that two chosen values empty only together keeps its heading (see hideWithout): a line
        // under it says that none of it fits; for a group with cards the line is a blank, which takes no room
        String groupLine = whenZero(css, "gruppe", "quartier-group-none", strings.getOrDefault("finder.groupNone.css", ""));
        if (!groupLine.isEmpty())
            css.append(filtering).append(" .finder-results .group::after { display: block; content:").append(groupLine)
                    .append("; color: var(--muted, #555); }\n");
        for (Facet f : Facet.values()) {
            boolean toggle = f == Facet.COST || f == Facet.SOON;
            for (String v : finder.values(f).keySet()) {
                String on = toggle ? "#filter-" + f.key + ":checked" : "#filter-" + f.key + " option[value=\"" + v + "\"]:checked";
                hideWithout(css, "main:has(" + on + ")", "data-" + f.key, v);
            }
        }
        // weekday and time of day together: the card must have that very slot ("mittwoch-nachmittag")
        for (DayOfWeek d : DayOfWeek.values())
            for (TimeOfDay t : TimeOfDay.values()) {
                String day = OfferingFinder.daySlug(d);
                hideWithout(css, "main:has(#filter-tag option[value=\"" + day + "\"]:checked):has(#filter-tageszeit option[value=\""
                        + t.slug() + "\"]:checked)", "data-slots", day + "-" + t.slug());
            }
        return css.toString();
    }

    /**
     * While a value is chosen, the cards without it are hidden, and so is a group ("Termine",
     * "Regelmäßige Angebote") with none of it, heading and all. Only value by value: a group left
     * empty by two values together keeps its heading (telling that apart would take a rule per
     * combination), and a counter of its own says below it that none of it fits. One rule for
     * both: 20,000 offerings' 1,333 quarters make the file 0.1 MB smaller than two.
     */
    private static void hideWithout(StringBuilder css, String chosen, String attribute, String value) {
        String has = "[" + attribute + "~=\"" + value + "\"]";
        css.append(chosen).append(" .finder-results :is(.card:not(").append(has).append("), .group:not(:has(.card").append(has)
                .append("))) { display: none; }\n");
    }

    /**
     * The text a counter says at 0 and nothing at any other number: a counter style of that name
     * (a browser without counter styles writes the number instead, so only after text of its own),
     * and the {@code counter()} that writes it; none for a blank text.
     */
    private static String whenZero(StringBuilder css, String counter, String style, String text) {
        if (text.isBlank()) return "";
        css.append("@counter-style ").append(style).append(" { system: fixed 0; symbols: ").append(string(text))
                .append("; fallback: quartier-blank; }\n");
        return " counter(" + counter + ", " + style + ")";
    }

    /** A CSS string literal. */
    private static String string(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\a ") + "\"";
    }
}
