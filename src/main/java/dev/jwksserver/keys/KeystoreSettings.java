package dev.jwksserver.keys;

import java.nio.file.Path;
import java.util.List;

/**
 * How to read the PKCS12 keystore key source.
 *
 * @param path the keystore file
 * @param password the store and key password; never logged
 * @param aliases the aliases to publish, in publication order, the first one active; empty for every
 *                private-key entry sorted by alias
 * @param generateIfMissing whether a missing file is created with new key pairs instead of failing
 * @param kidStrategy how each key's {@code kid} is chosen
 */
public record KeystoreSettings(Path path, char[] password, List<String> aliases, boolean generateIfMissing,
        KidStrategy kidStrategy) {

    /**
     * Copies the alias list.
     */
    public KeystoreSettings {
        aliases = List.copyOf(aliases);
    }

    @Override
    public String toString() {
        return "KeystoreSettings[path=" + path + ", aliases=" + aliases + ", generateIfMissing=" + generateIfMissing
                + ", kid=" + kidStrategy + "]";
    }
}
