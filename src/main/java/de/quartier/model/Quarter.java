package de.quartier.model;

import java.util.List;
import java.util.Objects;

/**
 * A Quartier: part of a district (Stadtbezirk) where Quartiersarbeit happens; {@code area} is an
 * optional level between the two (a Stadtteil in Gelsenkirchen), or null.
 */
public record Quarter(Common common, String district, String area, GeoPoint center, Boundary boundary,
                      List<ProfileFigure> profile, List<Ref> programs, List<String> aliases) implements Entry {
    public Quarter {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(district, "district");
        profile = List.copyOf(profile);
        programs = List.copyOf(programs);
        aliases = List.copyOf(aliases);
    }

    @Override
    public Collection collection() {
        return Collection.QUARTERS;
    }

    /** The level between district and quarter worth naming beside the quarter: none where it is the quarter's own name ("Burtscheid"). */
    public java.util.Optional<String> areaBesideTitle() {
        return area == null || area.strip().equalsIgnoreCase(title().strip()) ? java.util.Optional.empty() : java.util.Optional.of(area);
    }

    /** The same record with other free text (a translation's title, summary and body). */
    @Override
    public Quarter withCommon(Common common) {
        return new Quarter(common, district, area, center, boundary, profile, programs, aliases);
    }
}
