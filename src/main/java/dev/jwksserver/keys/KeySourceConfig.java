package dev.jwksserver.keys;

import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the key source from the {@code jwks.keystore.*} configuration.
 *
 * <p>With {@code jwks.keystore.path} set, keys come from that PKCS12 file and only from it: a missing or broken
 * keystore is an error, never a reason to fall back to generated keys. Without it, key pairs are generated.
 */
public final class KeySourceConfig {

    static final String PATH = "jwks.keystore.path";
    static final String PASSWORD = "jwks.keystore.password";
    static final String PASSWORD_FILE = "jwks.keystore.password-file";
    static final String ALIASES = "jwks.keystore.aliases";
    static final String GENERATE_IF_MISSING = "jwks.keystore.generate-if-missing";
    static final String KID = "jwks.keystore.kid";

    private KeySourceConfig() {
    }

    /**
     * @param config the MicroProfile configuration
     * @return the key source it describes
     * @throws KeyLoadException if the configuration is incomplete or contradictory
     */
    public static KeySource from(Config config) {
        Optional<String> path = nonBlank(config, PATH);
        if (path.isEmpty()) {
            return new GeneratedKeySource();
        }
        Path keystore = Path.of(path.get());
        return new KeystoreKeySource(new KeystoreSettings(keystore, password(config, keystore), aliases(config),
                config.getOptionalValue(GENERATE_IF_MISSING, Boolean.class).orElse(false),
                KidStrategy.parse(nonBlank(config, KID).orElse("thumbprint"))));
    }

    private static char[] password(Config config, Path keystore) {
        Optional<String> inline = config.getOptionalValue(PASSWORD, String.class);
        Optional<String> file = nonBlank(config, PASSWORD_FILE);
        if (inline.isPresent() && file.isPresent()) {
            throw new KeyLoadException("Cannot load signing keys from PKCS12 keystore " + keystore + ": both "
                    + PASSWORD + " and " + PASSWORD_FILE + " are set; set only one");
        }
        if (file.isPresent()) {
            return readPasswordFile(Path.of(file.get()), keystore);
        }
        return inline.orElseThrow(() -> new KeyLoadException("Cannot load signing keys from PKCS12 keystore "
                + keystore + ": " + PASSWORD + " or " + PASSWORD_FILE + " must be set")).toCharArray();
    }

    private static char[] readPasswordFile(Path file, Path keystore) {
        try {
            String content = Files.readString(file);
            // A password file written by "echo" ends with a line break that is not part of the password.
            return content.replaceFirst("\\R\\z", "").toCharArray();
        } catch (IOException e) {
            throw new KeyLoadException("Cannot load signing keys from PKCS12 keystore " + keystore
                    + ": the password file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
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
