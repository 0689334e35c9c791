/**
 * Stage write: the only writer. Takes the rendered files; puts them into an
 * {@link de.quartier.write.OutputSink}: a staged directory swapped in whole (build), nothing but
 * the paths (check), or memory (tests).
 */
package de.quartier.write;
