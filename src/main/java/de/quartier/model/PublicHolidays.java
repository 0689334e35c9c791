package de.quartier.model;

import java.time.LocalDate;

/** The public holidays of the site's state, for rules such as {@code PH off}. */
@FunctionalInterface
public interface PublicHolidays {
    PublicHolidays NONE = date -> false;

    boolean isHoliday(LocalDate date);
}
