package dev.jwksserver.keys;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.jwksserver.json.JsonWriter;
import dev.jwksserver.jwks.JwksDocument;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every algorithm a key can be given signs with jjwt through {@code algorithm().jjwtAlgorithm()}, and an
 * independent verifier (nimbus-jose-jwt) accepts the signature with the JWK the server publishes.
 */
class SigningAlgorithmsTest {

    @ParameterizedTest
    @EnumSource(JwsAlgorithm.class)
    void signsWithJjwtAndVerifiesWithNimbusUsingThePublishedJwk(JwsAlgorithm algorithm) throws Exception {
        KeyPair pair = GeneratedKeys.newKeyPair(algorithm);
        AlgorithmPolicy policy = new GenerationSettings(algorithm, 1).algorithmPolicy();
        SigningKey key = SigningKey.of(pair.getPublic(), pair.getPrivate(), List.of(), "test key", "test",
                KidStrategy.THUMBPRINT, policy);

        String token = Jwts.builder().json(new ProjectJsonSerializer()).header().keyId(key.kid()).and()
                .subject("alice")
                .signWith(key.privateKey(), key.algorithm().jjwtAlgorithm()).compact();

        JWK published = JWKSet.parse(new String(JwksDocument.of(new KeySet(List.of(key), "test")).jsonCopy(),
                StandardCharsets.UTF_8)).getKeys().get(0);
        JWSObject jws = JWSObject.parse(token);
        assertEquals(algorithm.name(), jws.getHeader().getAlgorithm().getName());
        assertEquals(algorithm.name(), published.getAlgorithm().getName());
        assertEquals(key.kid(), jws.getHeader().getKeyID());
        assertTrue(jws.verify(verifier(jws, published)));
        assertEquals("alice", jws.getPayload().toJSONObject().get("sub"));
    }

    /** jjwt needs a JSON serializer; this WAR bundles none but its own writer. */
    private static final class ProjectJsonSerializer implements Serializer<Map<String, ?>> {

        @Override
        public byte[] serialize(Map<String, ?> value) {
            return JsonWriter.toBytes(value);
        }

        @Override
        public void serialize(Map<String, ?> value, OutputStream out) {
            try {
                out.write(serialize(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static JWSVerifier verifier(JWSObject jws, JWK jwk) throws Exception {
        Key key = switch (jwk.getKeyType().getValue()) {
            case "RSA" -> jwk.toRSAKey().toPublicKey();
            case "EC" -> jwk.toECKey().toPublicKey();
            default -> null;
        };
        if (key == null) {
            return new com.nimbusds.jose.crypto.Ed25519Verifier(jwk.toOctetKeyPair());
        }
        return new DefaultJWSVerifierFactory().createJWSVerifier(jws.getHeader(), key);
    }

    @ParameterizedTest
    @EnumSource(value = JwsAlgorithm.class, names = {"ES256", "EdDSA", "PS384"})
    void generatesKeysOfTheConfiguredAlgorithm(JwsAlgorithm algorithm) {
        KeySet keys = new GeneratedKeySource(new GenerationSettings(algorithm, 2)).load();

        assertEquals(2, keys.keys().size());
        assertTrue(keys.keys().stream().allMatch(key -> key.algorithm() == algorithm), keys.keys().toString());
        assertTrue(keys.source().startsWith("2 "), keys.source());
        assertEquals(Map.of(), policyFor(JwsAlgorithm.RS256).perKey());
    }

    private static AlgorithmPolicy policyFor(JwsAlgorithm algorithm) {
        return new GenerationSettings(algorithm, 1).algorithmPolicy();
    }
}
