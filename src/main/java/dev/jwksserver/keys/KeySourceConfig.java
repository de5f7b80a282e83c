package dev.jwksserver.keys;

import dev.jwksserver.pem.PemDirectoryKeySource;
import dev.jwksserver.pem.PemDirectorySettings;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the key source from the {@code jwks.*} configuration.
 *
 * <p>With {@code jwks.keystore.path} set, keys come from that PKCS12 file and only from it; with
 * {@code jwks.pem.dir} set, from that directory of PEM files and only from it. A missing or broken source is an
 * error, never a reason to fall back to generated keys. With neither, key pairs are generated as
 * {@code jwks.generate.*} says. {@code jwks.rsa-algorithm} and {@code jwks.key-algorithms} choose the algorithm
 * of keystore and PEM keys.
 */
public final class KeySourceConfig {

    static final String PATH = "jwks.keystore.path";
    static final String PASSWORD = "jwks.keystore.password";
    static final String PASSWORD_FILE = "jwks.keystore.password-file";
    static final String ALIASES = "jwks.keystore.aliases";
    static final String GENERATE_IF_MISSING = "jwks.keystore.generate-if-missing";
    static final String KID = "jwks.keystore.kid";
    static final String PEM_DIR = "jwks.pem.dir";
    static final String PEM_PASSWORD_FILE = "jwks.pem.password-file";

    private KeySourceConfig() {
    }

    /**
     * @param config the MicroProfile configuration
     * @return the key source it describes
     * @throws KeyLoadException if the configuration is incomplete or contradictory
     */
    public static KeySource from(Config config) {
        Optional<String> path = nonBlank(config, PATH);
        Optional<String> pemDir = nonBlank(config, PEM_DIR);
        if (path.isPresent() && pemDir.isPresent()) {
            throw new KeyLoadException("Cannot load signing keys: both " + PATH + " and " + PEM_DIR
                    + " are set; set only one");
        }
        if (pemDir.isPresent()) {
            return pemDirectory(config, Path.of(pemDir.get()));
        }
        if (path.isEmpty()) {
            return new GeneratedKeySource(generation(config));
        }
        Path keystore = Path.of(path.get());
        return new KeystoreKeySource(new KeystoreSettings(keystore, password(config, keystore), aliases(config),
                config.getOptionalValue(GENERATE_IF_MISSING, Boolean.class).orElse(false),
                KidStrategy.parse(nonBlank(config, KID).orElse("thumbprint")), algorithmPolicy(config),
                generation(config)));
    }

    private static KeySource pemDirectory(Config config, Path directory) {
        char[] password = nonBlank(config, PEM_PASSWORD_FILE)
                .map(file -> PasswordFile.read(Path.of(file), "PEM directory " + directory)).orElse(null);
        return new PemDirectoryKeySource(new PemDirectorySettings(directory, password, algorithmPolicy(config)));
    }

    private static AlgorithmPolicy algorithmPolicy(Config config) {
        return AlgorithmPolicy.parse(nonBlank(config, AlgorithmPolicy.RSA_ALGORITHM).orElse("RS256"),
                nonBlank(config, AlgorithmPolicy.KEY_ALGORITHMS).orElse(""));
    }

    private static GenerationSettings generation(Config config) {
        JwsAlgorithm algorithm = nonBlank(config, GenerationSettings.ALGORITHM)
                .map(name -> JwsAlgorithm.parse(name, GenerationSettings.ALGORITHM)).orElse(JwsAlgorithm.RS256);
        int count = nonBlank(config, GenerationSettings.COUNT).map(KeySourceConfig::count)
                .orElse(GenerationSettings.DEFAULT_COUNT);
        return new GenerationSettings(algorithm, count);
    }

    private static int count(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new KeyLoadException(GenerationSettings.COUNT + " is '" + value + "'; a whole number is expected",
                    e);
        }
    }

    private static char[] password(Config config, Path keystore) {
        Optional<String> inline = config.getOptionalValue(PASSWORD, String.class);
        Optional<String> file = nonBlank(config, PASSWORD_FILE);
        if (inline.isPresent() && file.isPresent()) {
            throw new KeyLoadException("Cannot load signing keys from PKCS12 keystore " + keystore + ": both "
                    + PASSWORD + " and " + PASSWORD_FILE + " are set; set only one");
        }
        if (file.isPresent()) {
            return PasswordFile.read(Path.of(file.get()), "PKCS12 keystore " + keystore);
        }
        return inline.orElseThrow(() -> new KeyLoadException("Cannot load signing keys from PKCS12 keystore "
                + keystore + ": " + PASSWORD + " or " + PASSWORD_FILE + " must be set")).toCharArray();
    }

    private static List<String> aliases(Config config) {
        return nonBlank(config, ALIASES)
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList())
                .orElse(List.of());
    }

    private static Optional<String> nonBlank(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }
}
