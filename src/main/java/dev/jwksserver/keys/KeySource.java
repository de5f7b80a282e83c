package dev.jwksserver.keys;

/**
 * Where the key ring gets its keys from: a PKCS12 keystore, a directory of PEM files, or key pairs generated at
 * deploy time.
 */
public interface KeySource {

    /**
     * Loads every key of this source.
     *
     * @return the keys, active first
     * @throws KeyLoadException if the source cannot be read or holds no usable key
     */
    KeySet load();
}
