package de.quartier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An Aktuelles item; {@code dateAt} is where its date is written, for what is said about the date. */
public record NewsItem(Common common, LocalDate date, SourceSpan dateAt, List<Ref> quarters) implements Entry {
    public NewsItem {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(date, "date");
        quarters = List.copyOf(quarters);
    }

    /** Whether it appears only after this day: a build on that day leaves it out. */
    public boolean appearsAfter(LocalDate day) {
        return date.isAfter(day);
    }

    @Override
    public Collection collection() {
        return Collection.NEWS;
    }

    /** The same record with other free text (a translation's title, summary and body). */
    @Override
    public NewsItem withCommon(Common common) {
        return new NewsItem(common, date, dateAt, quarters);
    }
}
