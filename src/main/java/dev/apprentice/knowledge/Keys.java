package dev.apprentice.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The lookup form of names, aliases and glosses: surrounding space removed, inner runs of white
 * space made one space, lower case in the root locale. Two spellings with the same key are the
 * same name.
 */
public final class Keys {

    private Keys() {
    }

    public static String of(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Returns the SHA-256 of {@link #of}{@code (text)} in hex, for texts too long to index. */
    public static String digest(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(of(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
