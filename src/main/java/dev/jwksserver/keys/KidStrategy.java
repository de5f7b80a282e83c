package dev.jwksserver.keys;

import java.util.Locale;

/**
 * How the {@code kid} of a key is chosen.
 */
public enum KidStrategy {

    /** The RFC 7638 JWK thumbprint (SHA-256, base64url): stable, unique, derived from the public key alone. */
    THUMBPRINT,

    /** The name the key has in its source, such as its keystore alias. */
    LABEL;

    /**
     * Reads the value of {@code jwks.keystore.kid}.
     *
     * @param value {@code thumbprint} or {@code alias}
     * @return the strategy
     * @throws KeyLoadException for any other value
     */
    public static KidStrategy parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "thumbprint" -> THUMBPRINT;
            case "alias" -> LABEL;
            default -> throw new KeyLoadException("jwks.keystore.kid is '" + value
                    + "'; accepted values are 'thumbprint' and 'alias'");
        };
    }
}
