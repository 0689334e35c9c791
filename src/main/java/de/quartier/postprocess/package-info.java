/**
 * Stage postprocess: takes each HTML page right after it was rendered; records its ids and the
 * links it makes ({@link de.quartier.postprocess.LinkIndex}), and once every file is written
 * checks that every internal link and anchor leads somewhere. Problems are reported where the
 * link was written (a record's body) or at the record a page was made from.
 */
package de.quartier.postprocess;
