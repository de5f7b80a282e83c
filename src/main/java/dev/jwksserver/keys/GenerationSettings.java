package dev.jwksserver.keys;

import java.util.Map;

/**
 * What kind of key pairs are generated, and how many: for the keys made at deploy time when no key source is
 * configured, and for {@code jwks.keystore.generate-if-missing}.
 *
 * @param algorithm the algorithm the keys sign with ({@code jwks.generate.algorithm}); it decides the key type:
 *                  RSA-{@value GeneratedKeys#RSA_BITS} for the RS and PS algorithms, the matching curve for the
 *                  ES algorithms, Ed25519 for {@code EdDSA}
 * @param count how many key pairs ({@code jwks.generate.count}), at least 1
 */
public record GenerationSettings(JwsAlgorithm algorithm, int count) {

    /** The configuration key of the algorithm. */
    public static final String ALGORITHM = "jwks.generate.algorithm";

    /** The configuration key of the count. */
    public static final String COUNT = "jwks.generate.count";

    /** How many key pairs are generated unless configured otherwise. */
    public static final int DEFAULT_COUNT = 3;

    /** Three RSA-2048 key pairs signing with {@code RS256}. */
    public static final GenerationSettings DEFAULTS = new GenerationSettings(JwsAlgorithm.RS256, DEFAULT_COUNT);

    /**
     * @throws KeyLoadException if {@code count} is below 1
     */
    public GenerationSettings {
        if (count < 1) {
            throw new KeyLoadException(COUNT + " is " + count + "; at least 1 key pair must be generated");
        }
    }

    /** @return a short description for logs, e.g. {@code 3 Ed25519 key pairs (EdDSA)} */
    public String describe() {
        return count + " " + GeneratedKeys.typeOf(algorithm) + " key pairs (" + algorithm + ")";
    }

    /**
     * @return the policy that makes each generated key sign with {@link #algorithm()}, also for RSA algorithms
     *         other than {@code RS256}
     */
    AlgorithmPolicy algorithmPolicy() {
        JwsAlgorithm rsa = KeyType.RSA.accepts(algorithm) ? algorithm : JwsAlgorithm.RS256;
        return new AlgorithmPolicy(rsa, Map.of());
    }
}
