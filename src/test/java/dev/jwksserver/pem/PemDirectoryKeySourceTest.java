package dev.jwksserver.pem;

import dev.jwksserver.keys.AlgorithmPolicy;
import dev.jwksserver.keys.JwsAlgorithm;
import dev.jwksserver.keys.KeyLoadException;
import dev.jwksserver.keys.KeySet;
import dev.jwksserver.keys.SigningKey;
import dev.jwksserver.testing.PemText;
import dev.jwksserver.testing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PemDirectoryKeySourceTest {

    @TempDir
    Path directory;

    private KeySet load(AlgorithmPolicy policy, String password) {
        return new PemDirectoryKeySource(new PemDirectorySettings(directory,
                password == null ? null : password.toCharArray(), policy)).load();
    }

    @Test
    void readsKeysInFileNameOrderWithTheirCertificatesTheFirstActive() {
        KeyPair rsa = TestKeys.rsa(2048);
        KeyPair ec = TestKeys.ec("secp384r1");
        KeyPair ed = TestKeys.ed25519();
        var rsaCertificate = TestKeys.selfSigned(rsa, "tls");
        PemText.write(directory, "c-ed25519.pem", PemText.privateKey(ed.getPrivate()));
        PemText.write(directory, "a-tls.key", PemText.privateKey(rsa.getPrivate()));
        PemText.write(directory, "a-tls.crt", PemText.certificates(List.of(rsaCertificate)));
        PemText.write(directory, "b-ec.pem", PemText.encryptedPrivateKey(ec.getPrivate(), "pem-password"));
        PemText.write(directory, "ca.crt", PemText.certificates(List.of(TestKeys.selfSigned(ec, "ca"))));
        PemText.write(directory, ".hidden.pem", "not read");
        PemText.write(directory, "notes.txt", "not read");

        KeySet keys = load(AlgorithmPolicy.DEFAULTS, "pem-password");

        assertEquals(List.of("file 'a-tls.key'", "file 'b-ec.pem'", "file 'c-ed25519.pem'"),
                keys.keys().stream().map(SigningKey::origin).toList());
        assertEquals(List.of(JwsAlgorithm.RS256, JwsAlgorithm.ES384, JwsAlgorithm.EdDSA),
                keys.keys().stream().map(SigningKey::algorithm).toList());
        assertEquals(SigningKey.thumbprint(rsa.getPublic()), keys.active().kid());
        assertEquals(List.of(rsaCertificate), keys.active().certificateChain());
        assertEquals(ed.getPublic(), keys.keys().get(2).publicKey());
        assertEquals("PEM directory " + directory, keys.source());
    }

    @Test
    void appliesTheGlobalAndPerKeyRsaAlgorithms() {
        PemText.write(directory, "a.pem", PemText.privateKey(TestKeys.rsa(2048).getPrivate()));
        PemText.write(directory, "b.pem", PemText.privateKey(TestKeys.rsa(2048).getPrivate()));

        KeySet keys = load(AlgorithmPolicy.parse("PS256", "b.pem=RS512"), null);

        assertEquals(List.of(JwsAlgorithm.PS256, JwsAlgorithm.RS512),
                keys.keys().stream().map(SigningKey::algorithm).toList());
    }

    @Test
    void refusesAPerKeyAlgorithmThatTheKeyTypeCannotSignWith() {
        PemText.write(directory, "ec.pem", PemText.privateKey(TestKeys.ec("secp256r1").getPrivate()));

        KeyLoadException error = assertThrows(KeyLoadException.class,
                () -> load(AlgorithmPolicy.parse("RS256", "ec.pem=PS256"), null));

        assertEquals("Cannot load signing keys from PEM directory " + directory + ": file 'ec.pem' is refused: "
                + "jwks.key-algorithms gives 'ec.pem' the algorithm PS256, but it is an EC P-256 key, which signs "
                + "with [ES256]", error.getMessage());
    }

    @Test
    void refusesAMisspeltPerKeyLabel() {
        PemText.write(directory, "ec.pem", PemText.privateKey(TestKeys.ec("secp256r1").getPrivate()));

        KeyLoadException error = assertThrows(KeyLoadException.class,
                () -> load(AlgorithmPolicy.parse("RS256", "ec.key=ES256"), null));

        assertEquals("Cannot load signing keys from PEM directory " + directory + ": jwks.key-algorithms names "
                + "[ec.key], but the PEM directory holds no key with that label; its labels are [ec.pem]",
                error.getMessage());
    }

    @Test
    void refusesACompanionCertificateOfAnotherKey() {
        PemText.write(directory, "tls.key", PemText.privateKey(TestKeys.ec("secp256r1").getPrivate()));
        PemText.write(directory, "tls.crt", PemText.certificates(
                List.of(TestKeys.selfSigned(TestKeys.ec("secp256r1"), "other"))));

        KeyLoadException error = assertThrows(KeyLoadException.class, () -> load(AlgorithmPolicy.DEFAULTS, null));

        assertEquals("Cannot load signing keys from PEM directory " + directory + ": file 'tls.crt' does not go "
                + "with 'tls.key': the certificate CN=other does not match the private key: it certifies another "
                + "public key; the first certificate must be the one issued for this key", error.getMessage());
    }

    @Test
    void refusesADamagedFileNamingIt() {
        PemText.write(directory, "a.pem", PemText.privateKey(TestKeys.ed25519().getPrivate()));
        PemText.write(directory, "b.pem", "-----BEGIN PRIVATE KEY-----\nMIIB\n");

        KeyLoadException error = assertThrows(KeyLoadException.class, () -> load(AlgorithmPolicy.DEFAULTS, null));

        assertEquals("Cannot load signing keys from PEM directory " + directory + ": file 'b.pem' is refused: the "
                + "PEM text is truncated or damaged: a BEGIN line has no matching END line, or a block is not "
                + "base64", error.getMessage());
    }

    @Test
    void refusesAPublicKeyWithoutItsPrivateKey() {
        PemText.write(directory, "public.pem", PemText.publicKey(TestKeys.ed25519()));

        KeyLoadException error = assertThrows(KeyLoadException.class, () -> load(AlgorithmPolicy.DEFAULTS, null));

        assertEquals("Cannot load signing keys from PEM directory " + directory + ": file 'public.pem' holds a "
                + "public key but no private key; a public key alone cannot sign, and each key file needs its "
                + "private key", error.getMessage());
    }

    @Test
    void refusesADirectoryWithoutKeysAndAMissingDirectory() {
        KeyLoadException empty = assertThrows(KeyLoadException.class, () -> load(AlgorithmPolicy.DEFAULTS, null));
        directory = directory.resolve("absent");
        KeyLoadException missing = assertThrows(KeyLoadException.class,
                () -> load(AlgorithmPolicy.DEFAULTS, null));

        assertEquals("Cannot load signing keys from PEM directory " + directory.getParent()
                + ": it holds no private key file (.cer, .crt, .key, .pem)", empty.getMessage());
        assertEquals("Cannot load signing keys from PEM directory " + directory + ": the directory does not exist",
                missing.getMessage());
    }
}
