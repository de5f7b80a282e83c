package dev.jwksserver.bench;

import dev.jwksserver.clients.Client;
import dev.jwksserver.clients.SecretDigest;
import dev.jwksserver.json.JjwtSerializer;
import dev.jwksserver.keys.GeneratedKeySource;
import dev.jwksserver.keys.GenerationSettings;
import dev.jwksserver.keys.JwsAlgorithm;
import dev.jwksserver.keys.SigningKey;
import dev.jwksserver.token.IssuedToken;
import dev.jwksserver.token.TokenIssuer;
import io.jsonwebtoken.Jwts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The signing ceiling of the token endpoint: how many signatures one thread makes per second with a key the server
 * would generate for {@code algorithm}, through jjwt and the JVM's JCA providers as the server calls them.
 *
 * <p>{@link #signature} signs a fixed claims set the size of a token, the bare cost of one JWS;
 * {@link #accessToken} builds a whole access token as the token endpoint does, with fresh claims and {@code jti}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
public class SigningBenchmark {

    private static final JjwtSerializer JSON = new JjwtSerializer();

    /** The algorithm of the generated key; RSA keys are 2048 bits. */
    @Param({"RS256", "PS256", "ES256", "EdDSA"})
    public String algorithm;

    private SigningKey key;
    private Client client;
    private byte[] claims;

    /** Generates the key and a client shaped like the demo device of the README. */
    @Setup
    public void generateKey() {
        JwsAlgorithm jws = JwsAlgorithm.valueOf(algorithm);
        key = new GeneratedKeySource(new GenerationSettings(jws, 1)).load().active();
        client = new Client("bench-device", SecretDigest.of(SecretDigest.newSecret()), Set.of("client_credentials"),
                Set.of("mqtt:publish"), List.of("mqtt:publish"), Set.of("mqtt-broker"), Optional.of("mqtt-broker"),
                Duration.ofMinutes(5), "bench-device",
                Map.of("acl", List.of(Map.of("permission", "allow", "action", "publish", "topic", "devices/#"))));
        claims = TokenIssuer.sign(key, Instant.now(), client, "http://127.0.0.1:8080", List.of("mqtt:publish"),
                Optional.of("mqtt-broker")).compact().split("\\.")[1].getBytes(StandardCharsets.US_ASCII);
        claims = Base64.getUrlDecoder().decode(claims);
    }

    /** @return one compact JWS over a fixed payload */
    @Benchmark
    public String signature() {
        return Jwts.builder().json(JSON).header().keyId(key.kid()).and().content(claims)
                .signWith(key.privateKey(), key.algorithm().jjwtAlgorithm()).compact();
    }

    /** @return one access token, built and signed as the token endpoint does */
    @Benchmark
    public IssuedToken accessToken() {
        return TokenIssuer.sign(key, Instant.now(), client, "http://127.0.0.1:8080", List.of("mqtt:publish"),
                Optional.of("mqtt-broker"));
    }
}
