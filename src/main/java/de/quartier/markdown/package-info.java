/**
 * How a body's Markdown is read, shared by the stage that checks it (validate) and the one that
 * makes pages of it (render), so that both read it alike: Flexmark's parser with an inline parser
 * that stays linear in a paragraph's length. Depends on Flexmark alone.
 */
package de.quartier.markdown;
