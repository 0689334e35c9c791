package de.quartier.serve;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which site folder a preview shows, as a short fingerprint of its full path: `quartier new` asks
 * the preview for it before naming the preview's address, and the preview does not tell other
 * computers (`serve --bind`) where on this one the site lies.
 */
public final class SiteFingerprint {
    /** The response header that carries it. */
    public static final String HEADER = "X-Quartier-Site";

    private SiteFingerprint() {
    }

    public static String fingerprint(Path site) {
        Path real;
        try {
            real = site.toRealPath();
        } catch (java.io.IOException e) {
            real = site.toAbsolutePath().normalize();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
