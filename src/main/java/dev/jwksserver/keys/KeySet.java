package dev.jwksserver.keys;

import java.util.List;

/**
 * An immutable snapshot of the keys in the ring, in publication order.
 *
 * <p>The first key is the active one: it signs every new token. All keys are published, so tokens signed by
 * any of them verify. A new snapshot replaces the old one as a whole whenever the keys change.
 *
 * @param keys the keys, active first; never empty
 * @param source where the keys came from, for logs (e.g. {@code PKCS12 keystore /etc/jwks/keys.p12})
 */
public record KeySet(List<SigningKey> keys, String source) {

    /**
     * @throws KeyLoadException if {@code keys} is empty
     */
    public KeySet {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new KeyLoadException(source + " holds no usable signing key");
        }
    }

    /**
     * @return the key that signs new tokens
     */
    public SigningKey active() {
        return keys.get(0);
    }
}
