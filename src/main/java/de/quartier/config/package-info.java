/**
 * Stage config: takes the parsed site-config.yml; returns a checked
 * {@link de.quartier.model.SiteConfig}, or reports why it cannot.
 */
package de.quartier.config;
