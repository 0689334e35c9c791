package de.quartier.validate;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.model.Accessibility;
import de.quartier.model.ActivePeriod;
import de.quartier.model.Address;
import de.quartier.model.ContentFields;
import de.quartier.model.GeoPoint;
import de.quartier.model.OpeningHours;
import de.quartier.model.Wheelchair;
import de.quartier.source.Fields;

import java.time.LocalDate;
import java.util.Map;

/**
 * The facts several collections write alike, checked: an address, a position inside the map,
 * opening hours, accessibility, an active period.
 */
final class SharedFacts {
    private static final Map<String, Wheelchair> WHEELCHAIR = Map.of("yes", Wheelchair.YES, "limited", Wheelchair.LIMITED, "no", Wheelchair.NO);
    private static final Map<String, Boolean> YES_NO = Map.of("yes", true, "no", false);

    private final ValidationContext context;
    private final Diagnostics diagnostics;

    SharedFacts(ValidationContext context, Diagnostics diagnostics) {
        this.context = context;
        this.diagnostics = diagnostics;
    }

    Address address(Fields f, String key, boolean required) {
        Fields a = required ? f.requiredMap(key) : f.map(key);
        if (a == null) return null;
        a.checkKeys(ContentFields.ADDRESS.keys());
        String street = a.requiredText("street");
        String postalCode = a.requiredText("postal_code");
        String city = a.requiredText("city");
        if (postalCode != null && !postalCode.matches("\\d{5}")) {
            diagnostics.error(Code.BAD_VALUE, a.spanOf("postal_code"),
                    "`" + key + ".postal_code`: `" + postalCode + "` is not a German postal code (five digits)");
            postalCode = null;
        }
        if (street == null || postalCode == null || city == null) return null;
        return new Address(street, postalCode, city);
    }

    /** A position that must lie inside the site's map bounds (when those are known). */
    GeoPoint inBounds(Fields f, String key) {
        GeoPoint p = f.geo(key);
        if (p == null || context.bounds() == null || context.bounds().contains(p)) return p;
        GeoPoint swapped = new GeoPoint(Math.max(-90, Math.min(90, p.lon())), p.lat());
        String hint = context.bounds().contains(swapped) ? "lat and lon look swapped"
                : String.format(java.util.Locale.ROOT, "the map covers lat %.2f…%.2f, lon %.2f…%.2f",
                context.bounds().southWest().lat(), context.bounds().northEast().lat(),
                context.bounds().southWest().lon(), context.bounds().northEast().lon());
        diagnostics.error(Code.GEO_OUT_OF_BOUNDS, f.spanOf(key), "`" + key + "` lies outside the map bounds of site-config.yml", hint);
        return null;
    }

    OpeningHours openingHours(Fields f, String key) {
        return f.scalar(key).map(s -> OpeningHoursSyntax.check(s, f.nameOf(key), diagnostics)).orElse(null);
    }

    Accessibility accessibility(Fields f) {
        Fields a = f.map("accessibility");
        if (a == null) return null;
        a.checkKeys(ContentFields.ACCESSIBILITY.keys());
        Wheelchair wheelchair = a.choice("wheelchair", WHEELCHAIR);
        Boolean toilet = a.choice("toilet", YES_NO);
        return new Accessibility(wheelchair, toilet, a.text("note"));
    }

    ActivePeriod period(Fields f, String key) {
        Fields p = f.map(key);
        if (p == null) return null;
        p.checkKeys(ContentFields.ACTIVE.keys());
        LocalDate from = p.dateOrMonth("from", false);
        LocalDate until = p.dateOrMonth("until", true);
        if (from != null && until != null && until.isBefore(from)) {
            diagnostics.error(Code.PERIOD_REVERSED, p.spanOf("until"), "`" + key + ".until` lies before `" + key + ".from`");
            return null;
        }
        return new ActivePeriod(from, until, writtenAsMonth(p, "from"), writtenAsMonth(p, "until"));
    }

    private static boolean writtenAsMonth(Fields f, String key) {
        return f.scalar(key).map(s -> s.value().strip().matches("\\d{4}-\\d{2}")).orElse(false);
    }
}
