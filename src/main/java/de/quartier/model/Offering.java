package de.quartier.model;

import java.util.List;
import java.util.Objects;

/**
 * An Angebot: a regular offer ({@code schedule}) or a dated event ({@code dates}), at exactly one
 * {@link Place}. After assembly {@code quarters} and {@code operator} hold the effective values
 * (taken from the contact point where the editor left them out).
 */
public record Offering(Common common, Place place, List<Ref> quarters, Ref operator,
                       OpeningHours schedule, List<EventDate> dates, String scheduleNote,
                       List<String> targetGroups, List<String> topics, List<String> languages,
                       String cost, Registration registration, Accessibility accessibility,
                       ActivePeriod active, List<Ref> programs) implements Entry {
    public Offering {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(place, "place");
        quarters = List.copyOf(quarters);
        programs = programs == null ? List.of() : List.copyOf(programs);
        dates = List.copyOf(dates);
        targetGroups = List.copyOf(targetGroups);
        topics = List.copyOf(topics);
        languages = List.copyOf(languages);
        active = active == null ? ActivePeriod.ALWAYS : active;
        if (schedule != null && !dates.isEmpty())
            throw new IllegalArgumentException("an offering has a schedule or dates, not both");
    }

    public boolean isDated() {
        return !dates.isEmpty();
    }

    public Offering withQuartersAndOperator(List<Ref> effectiveQuarters, Ref effectiveOperator) {
        return new Offering(common, place, effectiveQuarters, effectiveOperator, schedule, dates, scheduleNote,
                targetGroups, topics, languages, cost, registration, accessibility, active, programs);
    }

    @Override
    public Collection collection() {
        return Collection.OFFERINGS;
    }

    /** The same record with other free text (a translation's title, summary and body). */
    @Override
    public Offering withCommon(Common common) {
        return new Offering(common, place, quarters, operator, schedule, dates, scheduleNote, targetGroups, topics, languages, cost, registration, accessibility, active, programs);
    }
}
