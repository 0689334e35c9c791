/**
 * Stage write: the only writer. Takes the rendered files; puts them into an
 * {@link de.quartier.write.OutputSink}: a staged directory swapped in whole (build), or memory
 * (tests).
 */
package de.quartier.write;
