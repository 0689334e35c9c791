package de.quartier.render.search;

import de.quartier.model.Accessibility;
import de.quartier.model.ContactPoint;
import de.quartier.model.Entry;
import de.quartier.model.Offering;
import de.quartier.model.Wheelchair;
import de.quartier.render.SiteView;

import java.util.Locale;

/**
 * What a record is found by beyond its text: an offering's cost ("kostenlos") and whether a
 * wheelchair gets in, in the words its page says them ("Barrierefreiheit", "Rollstuhl",
 * "zugänglich", "Barrierefreie Toilette"). Residents searched "Rollstuhl" and "kostenlos" and
 * found nothing, though many pages say so. Only what holds is indexed: an office a wheelchair
 * cannot enter is not found by "Rollstuhl". An office with opening hours is found by the word
 * its page heads them with ("Öffnungszeiten"), as readers search for them.
 */
final class FactWords {
    private FactWords() {
    }

    static String of(Entry e, SiteView view) {
        StringBuilder out = new StringBuilder();
        Accessibility a = null;
        if (e instanceof ContactPoint cp) {
            a = cp.accessibility();
            // its page has them under this heading: "Öffnungszeiten Batenbrock" finds the office there
            if (cp.openingHours() != null) out.append(view.t("field.openingHours"));
        }
        if (e instanceof Offering o) {
            if (o.cost() != null) out.append(o.cost());
            a = view.site().accessibilityOf(o); // as its page says it
        }
        if (a != null && a.wheelchair() == Wheelchair.YES)
            out.append(' ').append(view.t("field.accessibility")).append(' ').append(view.t("field.wheelchair"))
                    .append(' ').append(view.t("wheelchair." + a.wheelchair().name().toLowerCase(Locale.ROOT)));
        if (a != null && Boolean.TRUE.equals(a.toilet())) out.append(' ').append(view.t("field.toilet"));
        return out.toString().strip();
    }
}
