package dev.jwksserver.keys;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which JWS algorithm each key signs with: the algorithm its {@link KeyType} is bound to, except for RSA keys,
 * which sign with {@link #rsaAlgorithm()} unless {@link #perKey()} names another algorithm for them.
 *
 * @param rsaAlgorithm the algorithm of every RSA key without its own setting ({@code jwks.rsa-algorithm})
 * @param perKey algorithms by key label (keystore alias, PEM file name, {@code generated-N}), from
 *               {@code jwks.key-algorithms}
 */
public record AlgorithmPolicy(JwsAlgorithm rsaAlgorithm, Map<String, JwsAlgorithm> perKey) {

    /** The configuration key of the global RSA algorithm. */
    public static final String RSA_ALGORITHM = "jwks.rsa-algorithm";

    /** The configuration key of the per-key algorithms. */
    public static final String KEY_ALGORITHMS = "jwks.key-algorithms";

    /** {@code RS256} for RSA keys, the curve's algorithm for the others, nothing per key. */
    public static final AlgorithmPolicy DEFAULTS = new AlgorithmPolicy(JwsAlgorithm.RS256, Map.of());

    /**
     * @throws KeyLoadException if {@code rsaAlgorithm} is not an RSA algorithm
     */
    public AlgorithmPolicy {
        if (!KeyType.RSA.accepts(rsaAlgorithm)) {
            throw new KeyLoadException(RSA_ALGORITHM + " is " + rsaAlgorithm + "; RSA keys sign with one of "
                    + KeyType.RSA.algorithms());
        }
        perKey = Map.copyOf(perKey);
    }

    /**
     * Reads the two settings.
     *
     * @param rsaAlgorithm the value of {@code jwks.rsa-algorithm}, such as {@code PS256}
     * @param keyAlgorithms the value of {@code jwks.key-algorithms}: comma-separated {@code label=ALG} pairs, or
     *                      an empty string
     * @return the policy
     * @throws KeyLoadException if a name or a pair is malformed
     */
    public static AlgorithmPolicy parse(String rsaAlgorithm, String keyAlgorithms) {
        Map<String, JwsAlgorithm> perKey = new LinkedHashMap<>();
        for (String pair : keyAlgorithms.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.lastIndexOf('=');
            if (equals <= 0) {
                throw new KeyLoadException(KEY_ALGORITHMS + " holds '" + pair.trim()
                        + "'; each entry is label=ALG, e.g. tls.key=PS256");
            }
            perKey.put(pair.substring(0, equals).trim(),
                    JwsAlgorithm.parse(pair.substring(equals + 1), KEY_ALGORITHMS));
        }
        return new AlgorithmPolicy(JwsAlgorithm.parse(rsaAlgorithm, RSA_ALGORITHM), perKey);
    }

    /**
     * Chooses the algorithm of one key.
     *
     * @param type the key's type
     * @param label the key's label in its source
     * @return the algorithm it signs with
     * @throws KeyLoadException if {@code jwks.key-algorithms} gives it an algorithm its type cannot sign with
     */
    public JwsAlgorithm choose(KeyType type, String label) {
        JwsAlgorithm configured = perKey.get(label);
        if (configured != null) {
            if (!type.accepts(configured)) {
                throw new KeyLoadException(KEY_ALGORITHMS + " gives '" + label + "' the algorithm " + configured
                        + ", but it is an " + type + " key, which signs with " + type.algorithms());
            }
            return configured;
        }
        return type == KeyType.RSA ? rsaAlgorithm : type.defaultAlgorithm();
    }

    /**
     * Refuses per-key settings for keys that the source does not hold, so that a misspelt label is noticed.
     *
     * @param labels the labels of every key loaded
     * @param source the key source, for the message
     * @throws KeyLoadException naming the first unknown label
     */
    public void checkLabelsExist(Collection<String> labels, String source) {
        Set<String> unknown = new HashSet<>(perKey.keySet());
        unknown.removeAll(labels);
        if (!unknown.isEmpty()) {
            throw new KeyLoadException(KEY_ALGORITHMS + " names " + unknown.stream().sorted().toList()
                    + ", but " + source + " holds no key with that label; its labels are " + labels);
        }
    }
}
