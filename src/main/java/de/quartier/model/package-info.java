/**
 * The domain: immutable records for everything an editor writes (quarters, contact points,
 * offerings, operators, programmes, pages, news) and the assembled {@link de.quartier.model.Site}.
 * Depends on the JDK alone.
 */
package de.quartier.model;
