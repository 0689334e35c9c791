package de.quartier.model;

import java.util.Objects;

/** An image under content/media: {@code src} relative to content/, a required alt text, an optional credit. */
public record Image(String src, String alt, String credit) {
    public Image {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(alt, "alt");
    }
}
