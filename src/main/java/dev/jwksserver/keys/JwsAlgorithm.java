package dev.jwksserver.keys;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.PublicJwk;
import io.jsonwebtoken.security.SignatureAlgorithm;

/**
 * The JWS algorithms jwks-server signs with, under their registered names (RFC 7518 section 3.1).
 *
 * <p>An RSA key signs with {@code RS256} (never the unregistered "RSA256"), and an EC key with the algorithm
 * its curve is bound to by RFC 7518 section 3.4.
 */
public enum JwsAlgorithm {

    /** RSASSA-PKCS1-v1_5 with SHA-256. */
    RS256(Jwts.SIG.RS256),
    /** ECDSA on P-256 with SHA-256. */
    ES256(Jwts.SIG.ES256),
    /** ECDSA on P-384 with SHA-384. */
    ES384(Jwts.SIG.ES384),
    /** ECDSA on P-521 with SHA-512. */
    ES512(Jwts.SIG.ES512);

    /** The smallest RSA modulus accepted, as RFC 7518 section 3.3 requires for the RS algorithms. */
    public static final int MIN_RSA_BITS = 2048;

    private final SignatureAlgorithm jjwtAlgorithm;

    JwsAlgorithm(SignatureAlgorithm jjwtAlgorithm) {
        this.jjwtAlgorithm = jjwtAlgorithm;
    }

    /**
     * @return the jjwt algorithm that produces signatures for this name
     */
    public SignatureAlgorithm jjwtAlgorithm() {
        return jjwtAlgorithm;
    }

    /**
     * Chooses the algorithm for a public key, refusing keys that no registered algorithm here fits.
     *
     * @param jwk the public JWK of the key
     * @param bits the key size in bits (the RSA modulus length, or the EC field size)
     * @return the algorithm to sign with
     * @throws KeyLoadException if the key type, curve or size is not accepted
     */
    public static JwsAlgorithm forKey(PublicJwk<?> jwk, int bits) {
        String type = jwk.getType();
        if ("RSA".equals(type)) {
            if (bits < MIN_RSA_BITS) {
                throw new KeyLoadException("an RSA key of " + bits + " bits is too small; at least "
                        + MIN_RSA_BITS + " bits are accepted");
            }
            return RS256;
        }
        if ("EC".equals(type)) {
            String curve = String.valueOf(jwk.get("crv"));
            return switch (curve) {
                case "P-256" -> ES256;
                case "P-384" -> ES384;
                case "P-521" -> ES512;
                default -> throw new KeyLoadException("the EC curve " + curve
                        + " is not accepted; P-256, P-384 and P-521 are");
            };
        }
        throw new KeyLoadException("a " + type + " key is not accepted; RSA (at least " + MIN_RSA_BITS
                + " bits) and EC (P-256, P-384, P-521) keys are");
    }
}
