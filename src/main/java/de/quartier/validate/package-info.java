/**
 * Stage validate: takes each {@link de.quartier.source.ParsedRecord}; returns the domain record of
 * its collection ({@link de.quartier.model.Entry}) with references still unresolved. Checks
 * everything one file can tell: required fields, kinds of values, opening-hours syntax, geo
 * inside the map bounds, media paths, unknown keys.
 */
package de.quartier.validate;
