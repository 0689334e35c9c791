package de.quartier.model;

import java.util.List;
import java.util.Objects;

/** An Anlaufstelle: a Quartiersbüro, Stadtteilbüro, Quartiersladen … with address and hours. */
public record ContactPoint(Common common, List<Ref> quarters, String kind, List<Ref> operators,
                           Address address, GeoPoint geo, OpeningHours openingHours, String openingHoursNote,
                           String phone, String email, String website, List<Contact> contacts,
                           List<String> targetGroups, List<String> topics, List<String> languages,
                           Accessibility accessibility, List<Ref> programs, ActivePeriod active,
                           List<OperatorHours> operatorHours) implements Entry {
    public ContactPoint {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(geo, "geo");
        if (quarters.isEmpty()) throw new IllegalArgumentException("a contact point lies in at least one quarter");
        if (operators.isEmpty()) throw new IllegalArgumentException("a contact point has at least one operator");
        quarters = List.copyOf(quarters);
        operators = List.copyOf(operators);
        contacts = List.copyOf(contacts);
        targetGroups = List.copyOf(targetGroups);
        topics = List.copyOf(topics);
        languages = List.copyOf(languages);
        programs = List.copyOf(programs);
        operatorHours = operatorHours == null ? List.of() : List.copyOf(operatorHours);
        active = active == null ? ActivePeriod.ALWAYS : active;
    }

    @Override
    public Collection collection() {
        return Collection.CONTACT_POINTS;
    }

    /** How to reach the office: a phone number or an e-mail address, and which of the two. */
    public record Reach(String value, boolean phone) {
    }

    /**
     * The one way to ask the office: its phone, else its e-mail, else the first of its contacts who
     * can be called, else written to; empty if none. The offering's "Auskunft" shows it, and signing
     * up without it is warned of.
     */
    public java.util.Optional<Reach> reach() {
        if (phone != null) return java.util.Optional.of(new Reach(phone, true));
        if (email != null) return java.util.Optional.of(new Reach(email, false));
        for (Contact c : contacts) if (c.phone() != null) return java.util.Optional.of(new Reach(c.phone(), true));
        for (Contact c : contacts) if (c.email() != null) return java.util.Optional.of(new Reach(c.email(), false));
        return java.util.Optional.empty();
    }

    /** The same record with other free text (a translation's title, summary and body). */
    @Override
    public ContactPoint withCommon(Common common) {
        return new ContactPoint(common, quarters, kind, operators, address, geo, openingHours, openingHoursNote, phone, email, website, contacts, targetGroups, topics, languages, accessibility, programs, active, operatorHours);
    }
}
