package de.quartier.model;

import java.util.Objects;

/** A Träger: the city, a welfare association, a club, a church, a company. */
public record Operator(Common common, String kind, String website, String phone, String email,
                       Address address, Image logo) implements Entry {
    public Operator {
        Objects.requireNonNull(common, "common");
    }

    @Override
    public Collection collection() {
        return Collection.OPERATORS;
    }

    /** The same record with other free text (a translation's title, summary and body). */
    @Override
    public Operator withCommon(Common common) {
        return new Operator(common, kind, website, phone, email, address, logo);
    }
}
