package dev.jwksserver.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import dev.jwksserver.clients.SecretDigest;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tokens signed by an ES256 and by an EdDSA active key: the key ring generates keys of
 * {@code jwks.generate.algorithm}, the metadata lists that algorithm, the token endpoint signs with the first key,
 * and nimbus-jose-jwt verifies the tokens with the JWK Set fetched over HTTP, with the key of the token's kid.
 */
@ExtendWith(ArquillianExtension.class)
class TokenAlgorithmsIT {

    private static final String SECRET = SecretDigest.newSecret();

    @Deployment(name = "ES256", managed = false, testable = false)
    static WebArchive es256() throws Exception {
        return withGeneratedKeys("ES256");
    }

    @Deployment(name = "EdDSA", managed = false, testable = false)
    static WebArchive edDsa() throws Exception {
        return withGeneratedKeys("EdDSA");
    }

    private static WebArchive withGeneratedKeys(String algorithm) throws Exception {
        String clients = """
                {"clients": [{"client_id": "device-1", "secret_digest": "%s", "audiences": ["mqtt-broker"]}]}
                """.formatted(SecretDigest.of(SECRET).text());
        Path file = Files.writeString(Deployments.workDirectory("token-" + algorithm).resolve("clients.json"),
                clients);
        WebArchive war = Deployments.war(Map.of("jwks.generate.algorithm", algorithm, "jwks.generate.count", "2",
                "jwks.clients.file", file.toString()));
        // Arquillian refuses two deployments of one archive name; the context root stays "/".
        return ShrinkWrap.create(WebArchive.class, "jwks-server-" + algorithm + ".war").merge(war);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void es256TokensVerify() throws Exception {
        assertSignedAndVerified("ES256", JWSAlgorithm.ES256, "EC");
    }

    @Test
    void edDsaTokensVerify() throws Exception {
        assertSignedAndVerified("EdDSA", JWSAlgorithm.EdDSA, "OKP");
    }

    private void assertSignedAndVerified(String deployment, JWSAlgorithm algorithm, String keyType)
            throws Exception {
        URL base = Deployments.baseUrl();
        deployer.deploy(deployment);
        try {
            JWKSet keys = JWKSet.parse(Http.get(base, "/api/jwks").body());
            assertEquals(2, keys.size());
            for (JWK key : keys.getKeys()) {
                assertEquals(keyType, key.getKeyType().getValue());
                assertEquals(algorithm, key.getAlgorithm());
            }

            String metadata = Http.get(base, "/.well-known/oauth-authorization-server").body();
            assertEquals(Json.createArrayBuilder().add(algorithm.getName()).build(),
                    Json.createReader(new StringReader(metadata)).readObject()
                            .getJsonArray("id_token_signing_alg_values_supported"));

            HttpResponse<String> response = Http.postForm(base, "/api/token", "grant_type=client_credentials",
                    "Authorization", Http.basic("device-1", SECRET));
            assertEquals(200, response.statusCode(), response.body());
            String token = Json.createReader(new StringReader(response.body())).readObject()
                    .getString("access_token");

            SignedJWT jwt = SignedJWT.parse(token);
            assertEquals(algorithm, jwt.getHeader().getAlgorithm());
            assertEquals(new JOSEObjectType("at+jwt"), jwt.getHeader().getType());
            JWK signer = keys.getKeyByKeyId(jwt.getHeader().getKeyID());
            assertEquals(keys.getKeys().get(0), signer);
            assertTrue(jwt.verify(verifier(signer)));
            claimsVerifier(base).verify(jwt.getJWTClaimsSet(), null);
            assertEquals("device-1", jwt.getJWTClaimsSet().getSubject());
        } finally {
            deployer.undeploy(deployment);
        }
    }

    /** nimbus-jose-jwt's key selector has no EdDSA support, so the verifier is chosen by key type here. */
    private static JWSVerifier verifier(JWK key) throws Exception {
        return key instanceof OctetKeyPair okp ? new Ed25519Verifier(okp) : new ECDSAVerifier(key.toECKey());
    }

    private static DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier(URL base) {
        String issuer = base.toExternalForm().replaceAll("/+$", "");
        return new DefaultJWTClaimsVerifier<>(Set.of("mqtt-broker"), new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of("iss", "sub", "aud", "exp", "iat", "jti"), Set.of());
    }
}
