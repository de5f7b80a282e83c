package dev.jwksserver.keys;

import dev.jwksserver.testing.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeystoreKeySourceTest {

    private static final String PASSWORD = "s3cret-store-pass";

    private static TestKeys.Keystore keystore;

    @TempDir
    Path directory;

    @BeforeAll
    static void makeKeys() {
        keystore = new TestKeys.Keystore()
                .key("charlie", TestKeys.rsa(2048))
                .key("alpha", TestKeys.ec("secp256r1"))
                .key("bravo", TestKeys.ec("secp384r1"));
    }

    private KeySet load(Path path, String password, List<String> aliases, KidStrategy kid) {
        return new KeystoreKeySource(new KeystoreSettings(path, password.toCharArray(), aliases, false, kid)).load();
    }

    @Test
    void publishesEveryPrivateKeyEntrySortedByAliasWhenNoAliasesAreConfigured() {
        Path file = keystore.writeTo(directory.resolve("keys.p12"), PASSWORD);

        KeySet keys = load(file, PASSWORD, List.of(), KidStrategy.THUMBPRINT);

        assertEquals(List.of("alias 'alpha'", "alias 'bravo'", "alias 'charlie'"),
                keys.keys().stream().map(SigningKey::origin).toList());
        assertEquals(List.of(JwsAlgorithm.ES256, JwsAlgorithm.ES384, JwsAlgorithm.RS256),
                keys.keys().stream().map(SigningKey::algorithm).toList());
        assertEquals(SigningKey.thumbprint(keystore.pair("alpha").getPublic()), keys.active().kid());
    }

    @Test
    void followsTheConfiguredAliasOrderAndSignsWithTheFirst() {
        Path file = keystore.writeTo(directory.resolve("keys.p12"), PASSWORD);

        KeySet keys = load(file, PASSWORD, List.of("charlie", "alpha"), KidStrategy.THUMBPRINT);

        assertEquals(2, keys.keys().size());
        assertEquals(SigningKey.thumbprint(keystore.pair("charlie").getPublic()), keys.active().kid());
        assertEquals(keystore.pair("charlie").getPrivate(), keys.active().privateKey());
        assertEquals(List.of(keystore.certificate("charlie")), keys.active().certificateChain());
        assertEquals(SigningKey.thumbprint(keystore.pair("alpha").getPublic()), keys.keys().get(1).kid());
    }

    @Test
    void usesTheAliasAsKidWhenConfigured() {
        Path file = keystore.writeTo(directory.resolve("keys.p12"), PASSWORD);

        KeySet keys = load(file, PASSWORD, List.of("bravo"), KidStrategy.LABEL);

        assertEquals("bravo", keys.active().kid());
    }

    @Test
    void refusesAWrongPasswordNamingThePathButNotThePassword() {
        Path file = keystore.writeTo(directory.resolve("keys.p12"), PASSWORD);

        KeyLoadException error = assertThrows(KeyLoadException.class,
                () -> load(file, "not-the-password", List.of(), KidStrategy.THUMBPRINT));

        assertEquals("Cannot load signing keys from PKCS12 keystore " + file + ": the password is wrong",
                error.getMessage());
        assertFalse(error.getMessage().contains("not-the-password"));
    }

    @Test
    void refusesAMissingFile() {
        Path file = directory.resolve("absent.p12");

        KeyLoadException error = assertThrows(KeyLoadException.class,
                () -> load(file, PASSWORD, List.of(), KidStrategy.THUMBPRINT));

        assertEquals("Cannot load signing keys from PKCS12 keystore " + file + ": the file does not exist",
                error.getMessage());
    }

    @Test
    void refusesAFileThatIsNotAKeystore() throws Exception {
        Path file = Files.writeString(directory.resolve("garbage.p12"), "-----BEGIN NOTHING-----");

        KeyLoadException error = assertThrows(KeyLoadException.class,
                () -> load(file, PASSWORD, List.of(), KidStrategy.THUMBPRINT));

        assertTrue(error.getMessage().startsWith("Cannot load signing keys from PKCS12 keystore " + file + ": "),
                error.getMessage());
    }

    @Test
    void refusesAKeystoreWithoutPrivateKeys() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, PASSWORD.toCharArray());
        store.setCertificateEntry("trusted", keystore.certificate("alpha"));
        Path file = directory.resolve("certificates-only.p12");
        try (var out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }

        KeyLoadException error = assertThrows(KeyLoadException.class,
                () -> load(file, PASSWORD, List.of(), KidStrategy.THUMBPRINT));

        assertEquals("Cannot load signing keys from PKCS12 keystore " + file + ": it holds no private-key entry",
                error.getMessage());
    }

    @Test
    void refusesAnUnknownConfiguredAlias() {
        Path file = keystore.writeTo(directory.resolve("keys.p12"), PASSWORD);

        KeyLoadException error = assertThrows(KeyLoadException.class,
                () -> load(file, PASSWORD, List.of("alpha", "delta"), KidStrategy.THUMBPRINT));

        assertEquals("Cannot load signing keys from PKCS12 keystore " + file
                + ": it has no private-key entry with alias 'delta' (jwks.keystore.aliases)", error.getMessage());
    }

    @Test
    void refusesRsaKeysShorterThan2048Bits() {
        KeyPair weak = TestKeys.rsa(1024);
        Path file = new TestKeys.Keystore().key("weak", weak).writeTo(directory.resolve("weak.p12"), PASSWORD);

        KeyLoadException error = assertThrows(KeyLoadException.class,
                () -> load(file, PASSWORD, List.of(), KidStrategy.THUMBPRINT));

        assertEquals("Cannot load signing keys from PKCS12 keystore " + file + ": the entry 'weak' is refused: "
                + "an RSA key of 1024 bits is too small; at least 2048 bits are accepted", error.getMessage());
    }

    @Test
    void generatesAMissingKeystoreOnceAndReadsTheSameKeysAfterwards() {
        Path file = directory.resolve("state/generated.p12");
        KeystoreSettings settings = new KeystoreSettings(file, PASSWORD.toCharArray(), List.of(), true,
                KidStrategy.THUMBPRINT);

        KeySet first = new KeystoreKeySource(settings).load();
        KeySet second = new KeystoreKeySource(settings).load();

        assertTrue(Files.isRegularFile(file));
        assertEquals(3, first.keys().size());
        assertEquals(first.keys().stream().map(SigningKey::kid).toList(),
                second.keys().stream().map(SigningKey::kid).toList());
        assertTrue(first.keys().stream().allMatch(key -> key.algorithm() == JwsAlgorithm.RS256));
        assertTrue(first.keys().stream().allMatch(key -> key.certificateChain().size() == 1));
    }
}
