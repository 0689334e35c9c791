/**
 * Diagnostics: problems in an editor's input, each with a stable code and a source position,
 * collected by one {@link de.quartier.diag.Diagnostics} per build and printed by
 * {@link de.quartier.diag.DiagnosticPrinter} like a compiler. Input problems are never thrown.
 */
package de.quartier.diag;
