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
 * @param algorithmPolicy which algorithm each key signs with; the alias is the key's label
 * @param generation what {@code generateIfMissing} writes
 */
public record KeystoreSettings(Path path, char[] password, List<String> aliases, boolean generateIfMissing,
        KidStrategy kidStrategy, AlgorithmPolicy algorithmPolicy, GenerationSettings generation) {

    /**
     * Copies the alias list.
     */
    public KeystoreSettings {
        aliases = List.copyOf(aliases);
    }

    /**
     * Settings with the default algorithms ({@link AlgorithmPolicy#DEFAULTS}) and, for a missing file, three
     * RSA-2048 key pairs ({@link GenerationSettings#DEFAULTS}).
     *
     * @param path the keystore file
     * @param password the store and key password
     * @param aliases the aliases to publish, in order; empty for all
     * @param generateIfMissing whether a missing file is created
     * @param kidStrategy how each key's {@code kid} is chosen
     */
    public KeystoreSettings(Path path, char[] password, List<String> aliases, boolean generateIfMissing,
            KidStrategy kidStrategy) {
        this(path, password, aliases, generateIfMissing, kidStrategy, AlgorithmPolicy.DEFAULTS,
                GenerationSettings.DEFAULTS);
    }

    @Override
    public String toString() {
        return "KeystoreSettings[path=" + path + ", aliases=" + aliases + ", generateIfMissing=" + generateIfMissing
                + ", kid=" + kidStrategy + ", algorithms=" + algorithmPolicy + ", generation=" + generation + "]";
    }
}
