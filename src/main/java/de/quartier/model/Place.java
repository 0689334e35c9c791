package de.quartier.model;

import java.util.Objects;

/** Where an offering happens: exactly one of a contact point, a venue, or on the move. */
public sealed interface Place {
    record AtContactPoint(Ref contactPoint) implements Place {
        public AtContactPoint {
            Objects.requireNonNull(contactPoint, "contactPoint");
        }
    }

    record AtVenue(Venue venue) implements Place {
        public AtVenue {
            Objects.requireNonNull(venue, "venue");
        }
    }

    /** A Spielmobil or similar that moves around its quarters. */
    record Mobile() implements Place {
    }
}
