package dev.jwksserver.it;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64;
import dev.jwksserver.jwks.JwksDocument;
import dev.jwksserver.keys.KeySet;
import dev.jwksserver.keys.KeystoreKeySource;
import dev.jwksserver.keys.KeystoreSettings;
import dev.jwksserver.keys.KidStrategy;
import dev.jwksserver.testing.TestKeys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A deployment configured with a PKCS12 keystore that the test makes: the JWKS holds exactly the configured
 * entries, in the configured order.
 */
@ExtendWith(ArquillianExtension.class)
class KeystoreKeysIT {

    private static final String PASSWORD = "it-keystore-password";

    private static TestKeys.Keystore keystore;
    private static Path file;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        keystore = new TestKeys.Keystore()
                .key("a-unpublished", TestKeys.rsa(2048))
                .key("b-ec256", TestKeys.ec("secp256r1"))
                .key("c-rsa3072", TestKeys.rsa(3072))
                .key("d-ec384", TestKeys.ec("secp384r1"));
        Path directory = Deployments.workDirectory("keystore-keys");
        file = keystore.writeTo(directory.resolve("keys.p12"), PASSWORD);
        Path passwordFile = Files.writeString(directory.resolve("keystore.password"), PASSWORD + "\n");
        return Deployments.war(Map.of(
                "jwks.keystore.path", file.toString(),
                "jwks.keystore.password-file", passwordFile.toString(),
                "jwks.keystore.aliases", "c-rsa3072, b-ec256,d-ec384",
                "jwks.cache.max-age", "60"));
    }

    /** Always the loopback address: Payara Micro's connector reports the host's network address instead. */
    private final URL base = Deployments.baseUrl();

    @Test
    void servesExactlyTheConfiguredEntriesInTheConfiguredOrder() throws Exception {
        JWKSet set = JWKSet.parse(Http.get(base, "/api/jwks").body());

        List<String> aliases = List.of("c-rsa3072", "b-ec256", "d-ec384");
        assertEquals(aliases.size(), set.getKeys().size());
        for (int i = 0; i < aliases.size(); i++) {
            JWK published = set.getKeys().get(i);
            String alias = aliases.get(i);
            assertEquals(keystore.pair(alias).getPublic(), publicKey(published));
            assertEquals(published.computeThumbprint().toString(), published.getKeyID());
            assertEquals(List.of(Base64.encode(keystore.certificate(alias).getEncoded())),
                    published.getX509CertChain());
            assertFalse(published.isPrivate());
        }
        assertEquals(List.of("RS256", "ES256", "ES384"),
                set.getKeys().stream().map(key -> key.getAlgorithm().getName()).toList());
    }

    @Test
    void servesExactlyTheBytesAndEntityTagTheKeySetGivesOutsideAnyServer() throws Exception {
        KeySet keys = new KeystoreKeySource(new KeystoreSettings(file, PASSWORD.toCharArray(),
                List.of("c-rsa3072", "b-ec256", "d-ec384"), false, KidStrategy.THUMBPRINT)).load();
        JwksDocument expected = JwksDocument.of(keys);

        HttpResponse<byte[]> response = Http.getBytes(base, "/api/jwks");

        assertArrayEquals(expected.jsonCopy(), response.body());
        assertEquals('"' + expected.entityTag() + '"', response.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void usesTheConfiguredCacheLifetime() {
        assertEquals("public, max-age=60",
                Http.get(base, "/api/jwks").headers().firstValue("Cache-Control").orElseThrow());
    }

    private static java.security.PublicKey publicKey(JWK jwk) throws Exception {
        return switch (jwk.getKeyType().getValue()) {
            case "RSA" -> jwk.toRSAKey().toPublicKey();
            case "EC" -> jwk.toECKey().toPublicKey();
            default -> throw new AssertionError("unexpected key type " + jwk.getKeyType());
        };
    }
}
