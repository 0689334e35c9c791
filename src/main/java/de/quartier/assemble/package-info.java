/**
 * Stage assemble: takes every validated record, the config and the build date; returns the
 * {@link de.quartier.model.Site}: drafts left out (unless wanted), references resolved and checked
 * at the line they were written, offerings' quarters and operator filled in from their contact
 * point, and each record's status derived.
 */
package de.quartier.assemble;
