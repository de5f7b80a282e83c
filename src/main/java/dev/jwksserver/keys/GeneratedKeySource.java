package dev.jwksserver.keys;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

/**
 * Key pairs generated in memory at deploy time, used when no keystore or PEM directory is configured. They live
 * as long as the deployment: after a restart the key set is new and earlier tokens no longer verify.
 */
public final class GeneratedKeySource implements KeySource {

    private final GenerationSettings settings;

    /** Generates {@link GenerationSettings#DEFAULTS}: three RSA-2048 key pairs signing with {@code RS256}. */
    public GeneratedKeySource() {
        this(GenerationSettings.DEFAULTS);
    }

    /**
     * @param settings which algorithm the keys sign with and how many are made
     */
    public GeneratedKeySource(GenerationSettings settings) {
        this.settings = settings;
    }

    @Override
    public KeySet load() {
        List<SigningKey> keys = new ArrayList<>(settings.count());
        AlgorithmPolicy policy = settings.algorithmPolicy();
        for (int i = 1; i <= settings.count(); i++) {
            KeyPair pair = GeneratedKeys.newKeyPair(settings.algorithm());
            keys.add(SigningKey.of(pair.getPublic(), pair.getPrivate(), List.of(), "generated key " + i,
                    "generated-" + i, KidStrategy.THUMBPRINT, policy));
        }
        return new KeySet(keys, settings.describe() + " generated at deploy time");
    }
}
