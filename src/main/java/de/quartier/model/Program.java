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

    /** The same record with other free text (a translation's title, summary and body). */
    @Override
    public Program withCommon(Common common) {
        return new Program(common, funder, website, period, reference);
    }
}
