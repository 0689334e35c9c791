/**
 * Stage render: takes the {@link de.quartier.model.Site}; plans every file of the output as an
 * {@link de.quartier.render.Output} and makes each one on demand ({@link de.quartier.render.SiteRenderer}).
 * The sub-packages name what a site consists of: {@code page} (record pages, listings, browse
 * pages), {@code finder}, {@code search}, {@code calendar}, {@code vcard}, {@code feed} (Atom
 * feeds and sitemap), {@code opendata} and {@code map}; this package holds what they share (the
 * site as pages see it, cards, the frame, wording, links, the theme).
 */
package de.quartier.render;
