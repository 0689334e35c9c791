package de.quartier.model;

/** Wheelchair access, as in OpenStreetMap's wheelchair=yes|limited|no. */
public enum Wheelchair { YES, LIMITED, NO }
