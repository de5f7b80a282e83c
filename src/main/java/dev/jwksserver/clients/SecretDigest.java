package dev.jwksserver.clients;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A client secret as the registry stores it: a random salt and the SHA-256 digest of salt and secret.
 *
 * <p>Client secrets are random values of at least 128 bits, not passwords people choose, so a dictionary attack
 * has nothing to work on and a slow password hash (bcrypt, PBKDF2) would only cap the token rate. The salt keeps
 * equal secrets from having equal digests. The text form is {@code sha256:<salt>:<digest>}, both base64url.
 */
public final class SecretDigest {

    /** The prefix of the text form, naming the hash. */
    public static final String PREFIX = "sha256:";

    /** Bytes of randomness in a secret made by {@link #newSecret()}: 256 bits. */
    public static final int SECRET_BYTES = 32;

    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final byte[] salt;
    private final byte[] digest;

    private SecretDigest(byte[] salt, byte[] digest) {
        this.salt = salt;
        this.digest = digest;
    }

    /**
     * @return a new random secret, base64url without padding
     */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return BASE64URL.encodeToString(secret);
    }

    /**
     * Digests a secret with a new random salt.
     *
     * @param secret the client secret
     * @return its digest
     */
    public static SecretDigest of(String secret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new SecretDigest(salt, digest(salt, secret));
    }

    /**
     * Reads the text form.
     *
     * @param text {@code sha256:<salt>:<digest>}
     * @return the digest
     * @throws IllegalArgumentException if the text is not in that form
     */
    public static SecretDigest parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3 || !PREFIX.equals(parts[0] + ":")) {
            throw new IllegalArgumentException("a secret digest has the form sha256:<salt>:<digest>");
        }
        try {
            byte[] salt = Base64.getUrlDecoder().decode(parts[1]);
            byte[] digest = Base64.getUrlDecoder().decode(parts[2]);
            if (salt.length < 8 || digest.length != 32) {
                throw new IllegalArgumentException("a secret digest needs a salt of at least 8 bytes and 32 digest"
                        + " bytes");
            }
            return new SecretDigest(salt, digest);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a secret digest has the form sha256:<salt>:<digest>, base64url: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Checks a presented secret in time that does not depend on where it differs.
     *
     * @param secret the secret the client presented
     * @return whether it is the secret this digest was made from
     */
    public boolean matches(String secret) {
        return MessageDigest.isEqual(digest, digest(salt, secret));
    }

    /** @return the text form, {@code sha256:<salt>:<digest>} */
    public String text() {
        return PREFIX + BASE64URL.encodeToString(salt) + ":" + BASE64URL.encodeToString(digest);
    }

    private static byte[] digest(byte[] salt, String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "SecretDigest[sha256]";
    }
}
