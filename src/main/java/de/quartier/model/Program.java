package de.quartier.model;

import java.util.Objects;

/** A Förderprogramm that pays for Quartiersarbeit. */
public record Program(Common common, String funder, String website, ActivePeriod period, String reference)
        implements Entry {
    public Program {
        Objects.requireNonNull(common, "common");
        period = period == null ? ActivePeriod.ALWAYS : period;
    }

    @Override
    public Collection collection() {
        return Collection.PROGRAMS;
    }
}
