/**
 * How a body's Markdown is read, shared by the stage that checks it (validate) and the one that
 * makes pages of it (render), so that both read it alike ({@link de.quartier.markdown.MarkdownParser}):
 * Flexmark's parser with an inline parser and a heading parser that stay linear in a paragraph's
 * length. Depends on Flexmark alone.
 */
package de.quartier.markdown;
