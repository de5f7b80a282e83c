package dev.jwksserver.keys;

import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.PublicJwk;
import io.jsonwebtoken.security.SecurityException;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * One key pair of the key ring: what it signs with, how it is published and where it came from.
 *
 * <p>Instances are immutable. {@link #toString()} names the key but never prints key material.
 */
public final class SigningKey {

    private final String kid;
    private final KeyType type;
    private final JwsAlgorithm algorithm;
    private final PublicJwk<?> publicJwk;
    private final PrivateKey privateKey;
    private final List<X509Certificate> certificateChain;
    private final String origin;

    private SigningKey(String kid, KeyType type, JwsAlgorithm algorithm, PublicJwk<?> publicJwk,
            PrivateKey privateKey, List<X509Certificate> certificateChain, String origin) {
        this.kid = kid;
        this.type = type;
        this.algorithm = algorithm;
        this.publicJwk = publicJwk;
        this.privateKey = privateKey;
        this.certificateChain = certificateChain;
        this.origin = origin;
    }

    /**
     * Accepts a key pair with the default algorithm of its type ({@link AlgorithmPolicy#DEFAULTS}).
     *
     * @param publicKey the public half, published in the JWKS
     * @param privateKey the private half, used only to sign
     * @param certificateChain the certificate chain, leaf first, or an empty list
     * @param origin where the key came from, for logs and errors (e.g. {@code alias 'signing-1'})
     * @param label the key's name in its source; the kid under {@link KidStrategy#LABEL}
     * @param kidStrategy how the kid is derived
     * @return the signing key
     * @throws KeyLoadException if the key type, curve or size is not accepted
     */
    public static SigningKey of(PublicKey publicKey, PrivateKey privateKey, List<X509Certificate> certificateChain,
            String origin, String label, KidStrategy kidStrategy) {
        return of(publicKey, privateKey, certificateChain, origin, label, kidStrategy, AlgorithmPolicy.DEFAULTS);
    }

    /**
     * Accepts a key pair, choosing its algorithm by the policy and its key id by the strategy.
     *
     * @param publicKey the public half, published in the JWKS
     * @param privateKey the private half, used only to sign
     * @param certificateChain the certificate chain, leaf first, or an empty list
     * @param origin where the key came from, for logs and errors (e.g. {@code alias 'signing-1'})
     * @param label the key's name in its source; the kid under {@link KidStrategy#LABEL}, and the key of
     *              {@link AlgorithmPolicy#perKey()}
     * @param kidStrategy how the kid is derived
     * @param policy which algorithm the key signs with
     * @return the signing key
     * @throws KeyLoadException if the key type, curve or size is not accepted, or the policy gives it an algorithm
     *                          of another key type
     */
    public static SigningKey of(PublicKey publicKey, PrivateKey privateKey, List<X509Certificate> certificateChain,
            String origin, String label, KidStrategy kidStrategy, AlgorithmPolicy policy) {
        KeyType type = KeyType.of(publicKey);
        JwsAlgorithm algorithm = policy.choose(type, label);
        PublicJwk<?> thumbprintSource = toJwk(publicKey, origin);
        String kid = kidStrategy == KidStrategy.LABEL ? label : thumbprint(thumbprintSource);
        PublicJwk<?> published = Jwks.builder().key(publicKey).id(kid).algorithm(algorithm.name()).build();
        return new SigningKey(kid, type, algorithm, published, Objects.requireNonNull(privateKey, "privateKey"),
                List.copyOf(certificateChain), origin);
    }

    private static PublicJwk<?> toJwk(PublicKey publicKey, String origin) {
        try {
            return Jwks.builder().key(publicKey).build();
        } catch (SecurityException | IllegalArgumentException e) {
            throw new KeyLoadException(origin + " holds a key that cannot be published as a JWK: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Computes the RFC 7638 JWK thumbprint of a public key: the SHA-256 digest of the key's required members,
     * written as JSON in lexicographic order without whitespace (section 3), encoded as base64url. For an
     * Ed25519 key the required members are {@code crv}, {@code kty} and {@code x} (RFC 8037 section 2).
     *
     * @param publicKey an RSA, EC or Ed25519 public key
     * @return the thumbprint, 43 base64url characters
     * @throws KeyLoadException if the key cannot be represented as a JWK
     */
    public static String thumbprint(PublicKey publicKey) {
        return thumbprint(toJwk(publicKey, "the key"));
    }

    private static String thumbprint(PublicJwk<?> jwk) {
        return jwk.thumbprint().toString();
    }

    /** @return the key id published as {@code kid} and written into the header of every token it signs */
    public String kid() {
        return kid;
    }

    /** @return the kind of key: RSA, an EC curve or Ed25519 */
    public KeyType type() {
        return type;
    }

    /** @return the JWS algorithm this key signs with; its {@code jjwtAlgorithm()} signs with {@link #privateKey()} */
    public JwsAlgorithm algorithm() {
        return algorithm;
    }

    /** @return the public JWK (jjwt) with {@code kid} and {@code alg} set; it holds no private member */
    public PublicJwk<?> publicJwk() {
        return publicJwk;
    }

    /** @return the public key */
    public PublicKey publicKey() {
        return publicJwk.toKey();
    }

    /** @return the private key; only the token issuer needs it */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /** @return the certificate chain, leaf first; empty when the key has none */
    public List<X509Certificate> certificateChain() {
        return certificateChain;
    }

    /** @return where the key came from, for logs and errors */
    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + ", alg=" + algorithm + ", origin=" + origin + "]";
    }
}
