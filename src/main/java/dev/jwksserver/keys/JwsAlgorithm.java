package dev.jwksserver.keys;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.SignatureAlgorithm;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The JWS algorithms jwks-server signs with, under their registered names (RFC 7518 section 3.1, RFC 8037
 * section 3.1).
 *
 * <p>Each constant is named exactly as the {@code alg} value it stands for, so {@link #name()} is what the JWK
 * Set and token headers carry: an RSA key signs with {@code RS256} (never the unregistered "RSA256"), an Ed25519
 * key with {@code EdDSA}. Which algorithm a key may use follows from its {@link KeyType}.
 */
public enum JwsAlgorithm {

    /** RSASSA-PKCS1-v1_5 with SHA-256 (RFC 7518 section 3.3). */
    RS256(Jwts.SIG.RS256),
    /** RSASSA-PKCS1-v1_5 with SHA-384 (RFC 7518 section 3.3). */
    RS384(Jwts.SIG.RS384),
    /** RSASSA-PKCS1-v1_5 with SHA-512 (RFC 7518 section 3.3). */
    RS512(Jwts.SIG.RS512),
    /** RSASSA-PSS with SHA-256 and MGF1 with SHA-256 (RFC 7518 section 3.5). */
    PS256(Jwts.SIG.PS256),
    /** RSASSA-PSS with SHA-384 and MGF1 with SHA-384 (RFC 7518 section 3.5). */
    PS384(Jwts.SIG.PS384),
    /** RSASSA-PSS with SHA-512 and MGF1 with SHA-512 (RFC 7518 section 3.5). */
    PS512(Jwts.SIG.PS512),
    /** ECDSA on P-256 with SHA-256 (RFC 7518 section 3.4). */
    ES256(Jwts.SIG.ES256),
    /** ECDSA on P-384 with SHA-384 (RFC 7518 section 3.4). */
    ES384(Jwts.SIG.ES384),
    /** ECDSA on P-521 with SHA-512 (RFC 7518 section 3.4). */
    ES512(Jwts.SIG.ES512),
    /** Edwards-curve signatures, here on Ed25519 (RFC 8037 section 3.1); the name MQTT brokers such as EMQX use. */
    EdDSA(Jwts.SIG.EdDSA);

    /** The smallest RSA modulus accepted, as RFC 7518 sections 3.3 and 3.5 require for the RS and PS algorithms. */
    public static final int MIN_RSA_BITS = 2048;

    private final SignatureAlgorithm jjwtAlgorithm;

    JwsAlgorithm(SignatureAlgorithm jjwtAlgorithm) {
        this.jjwtAlgorithm = jjwtAlgorithm;
    }

    /**
     * @return the jjwt algorithm that produces signatures for this name, for {@code JwtBuilder.signWith(key, alg)}
     */
    public SignatureAlgorithm jjwtAlgorithm() {
        return jjwtAlgorithm;
    }

    /**
     * Reads an algorithm name from the configuration, case-sensitively as RFC 7515 section 4.1.1 requires.
     *
     * @param name a registered name such as {@code PS256} or {@code EdDSA}
     * @param setting the configuration key it came from, named in the error
     * @return the algorithm
     * @throws KeyLoadException if the name is not one of this enum
     */
    public static JwsAlgorithm parse(String name, String setting) {
        String trimmed = name.trim();
        for (JwsAlgorithm algorithm : values()) {
            if (algorithm.name().equals(trimmed)) {
                return algorithm;
            }
        }
        throw new KeyLoadException(setting + " is '" + trimmed + "'; accepted algorithms are " + names());
    }

    /** @return every accepted name, comma-separated, for error messages */
    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
