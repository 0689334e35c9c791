/**
 * Stage postprocess: takes the rendered files; checks them (every internal link and anchor leads
 * somewhere) and reports problems at the record a page was made from.
 */
package de.quartier.postprocess;
