/**
 * Stage load: the only reader of a site's files. Takes the site root; returns
 * {@link de.quartier.load.LoadedSite}: site-config.yml and every record file decoded as UTF-8, and
 * the list of media files. Refuses what could hurt a build: files over the size limit, text that
 * is not UTF-8, links that lead out of the site.
 */
package de.quartier.load;
