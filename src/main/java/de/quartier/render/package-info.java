/**
 * Stage render: takes the {@link de.quartier.model.Site}; returns every
 * {@link de.quartier.model.RenderedFile} of the output.
 */
package de.quartier.render;
