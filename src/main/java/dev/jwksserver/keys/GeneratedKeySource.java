package dev.jwksserver.keys;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

/**
 * Key pairs generated in memory at deploy time, used when no keystore is configured. They live as long as the
 * deployment: after a restart the key set is new and earlier tokens no longer verify.
 */
public final class GeneratedKeySource implements KeySource {

    /** How many key pairs are generated. */
    public static final int KEY_COUNT = 3;

    @Override
    public KeySet load() {
        List<SigningKey> keys = new ArrayList<>(KEY_COUNT);
        for (int i = 1; i <= KEY_COUNT; i++) {
            KeyPair pair = GeneratedKeys.newRsaKeyPair();
            keys.add(SigningKey.of(pair.getPublic(), pair.getPrivate(), List.of(), "generated key " + i,
                    "generated-" + i, KidStrategy.THUMBPRINT));
        }
        return new KeySet(keys, KEY_COUNT + " RSA-" + GeneratedKeys.RSA_BITS + " key pairs generated at deploy time");
    }
}
