package de.quartier.model;

/**
 * A part that templates render once and many pages hold (a card, the header, the footer): its
 * UTF-8 bytes, which a page copies, and its number among the build's parts (0, 1, 2 …), by which
 * the link check keeps what it read of the part in an array: looking each part of each page up in a
 * map of thousands cost more than reading it. The render stage makes it, the link check reads it;
 * neither knows the other.
 */
public record RenderedPart(int number, byte[] utf8) {
}
