package dev.jwksserver.it;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64;
import dev.jwksserver.testing.PemText;
import dev.jwksserver.testing.TestKeys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A deployment configured with a directory of PEM files (an RSA key with its certificate beside it as in a
 * Kubernetes TLS secret, an encrypted EC key, an Ed25519 key): the JWKS serves all three in file-name order.
 */
@ExtendWith(ArquillianExtension.class)
class PemKeysIT {

    private static final String PASSWORD = "it-pem-password";

    private static KeyPair rsa;
    private static KeyPair ec;
    private static KeyPair ed25519;
    private static X509Certificate rsaCertificate;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        rsa = TestKeys.rsa(2048);
        ec = TestKeys.ec("secp256r1");
        ed25519 = TestKeys.ed25519();
        rsaCertificate = TestKeys.selfSigned(rsa, "pem-it");
        Path directory = Deployments.workDirectory("pem-keys/keys");
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        PemText.write(directory, "a-tls.key", PemText.privateKey(rsa.getPrivate()));
        PemText.write(directory, "a-tls.crt", PemText.certificates(List.of(rsaCertificate)));
        PemText.write(directory, "b-ec.pem", PemText.encryptedPrivateKey(ec.getPrivate(), PASSWORD));
        PemText.write(directory, "c-ed25519.pem", PemText.privateKey(ed25519.getPrivate()));
        Path passwordFile = Files.writeString(directory.resolveSibling("pem.password"), PASSWORD + "\n");
        return Deployments.war(Map.of(
                "jwks.pem.dir", directory.toString(),
                "jwks.pem.password-file", passwordFile.toString(),
                "jwks.key-algorithms", "a-tls.key=PS256"));
    }

    /** Always the loopback address: Payara Micro's connector reports the host's network address instead. */
    private final URL base = Deployments.baseUrl();

    @Test
    void servesTheRsaEcAndEd25519KeysInFileNameOrder() throws Exception {
        String body = Http.get(base, "/api/jwks").body();
        JWKSet set = JWKSet.parse(body);

        assertEquals(List.of("RSA", "EC", "OKP"),
                set.getKeys().stream().map(key -> key.getKeyType().getValue()).toList());
        assertEquals(List.of("PS256", "ES256", "EdDSA"),
                set.getKeys().stream().map(key -> key.getAlgorithm().getName()).toList());
        assertEquals(rsa.getPublic(), set.getKeys().get(0).toRSAKey().toPublicKey());
        assertEquals(ec.getPublic(), set.getKeys().get(1).toECKey().toPublicKey());
        assertArrayEquals(rawEd25519(ed25519), set.getKeys().get(2).toOctetKeyPair().getDecodedX());
        assertEquals(List.of(Base64.encode(rsaCertificate.getEncoded())), set.getKeys().get(0).getX509CertChain());
        for (JWK key : set.getKeys()) {
            assertFalse(key.isPrivate());
            assertEquals(key.computeThumbprint().toString(), key.getKeyID());
        }
        assertFalse(body.contains("\"d\""));
    }

    private static byte[] rawEd25519(KeyPair pair) {
        byte[] encoded = pair.getPublic().getEncoded();
        // SubjectPublicKeyInfo of Ed25519: a 12-byte prefix, then the 32-byte key (RFC 8410 section 4).
        return Arrays.copyOfRange(encoded, 12, 44);
    }
}
