package dev.jwksserver.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.jwksserver.clients.SecretDigest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/token} on a real server: tokens verified by an independent library against the published
 * JWKS, and every RFC 6749 error case.
 */
@ExtendWith(ArquillianExtension.class)
class TokenIT {

    private static final String SENSOR_SECRET = SecretDigest.newSecret();
    private static final String LIMITED_SECRET = SecretDigest.newSecret();

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        String clients = """
                {"clients": [
                  {"client_id": "sensor-7", "secret_digest": "%s",
                   "scopes": ["telemetry:write", "telemetry:read"], "default_scopes": ["telemetry:write"],
                   "audiences": ["mqtt-broker", "api"], "token_lifetime_seconds": 600,
                   "subject": "device:sensor-7",
                   "claims": {"is_superuser": false,
                              "acl": [{"permission": "allow", "action": "publish", "topic": "t/sensor-7/#"}]}},
                  {"client_id": "jwt-bearer-only", "secret_digest": "%s",
                   "grant_types": ["urn:ietf:params:oauth:grant-type:jwt-bearer"]}
                ]}
                """.formatted(SecretDigest.of(SENSOR_SECRET).text(), SecretDigest.of(LIMITED_SECRET).text());
        Path file = Files.writeString(Deployments.workDirectory("token").resolve("clients.json"), clients);
        return Deployments.war(Map.of("jwks.clients.file", file.toString()));
    }

    /** Always the loopback address: Payara Micro's connector reports the host's network address instead. */
    private final URL base = Deployments.baseUrl();

    private String issuer() {
        return base.toExternalForm().replaceAll("/+$", "");
    }

    private HttpResponse<String> requestToken(String body) {
        return Http.postForm(base, "/api/token", body, "Authorization", Http.basic("sensor-7", SENSOR_SECRET));
    }

    /** Asks for a token as sensor-7 with a body of any content type. */
    private HttpResponse<String> requestToken(String contentType, String body) {
        return Http.send(java.net.http.HttpRequest.newBuilder(Http.uri(base, "/api/token"))
                .header("Content-Type", contentType)
                .header("Authorization", Http.basic("sensor-7", SENSOR_SECRET))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private JWTClaimsSet verify(String token, String audience) throws Exception {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(Http.uri(base, "/api/jwks").toURL())
                .retrying(false).build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(Set.of(audience),
                new JWTClaimsSet.Builder().issuer(issuer()).build(),
                Set.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti", "client_id"), Set.of()));
        return processor.process(token, null);
    }

    @Test
    void issuesATokenThatAnIndependentVerifierAccepts() throws Exception {
        HttpResponse<String> response = requestToken("grant_type=client_credentials");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("no-cache", response.headers().firstValue("Pragma").orElseThrow());
        JsonObject body = json(response.body());
        assertEquals(List.of("access_token", "token_type", "expires_in", "scope"), List.copyOf(body.keySet()));
        assertEquals("Bearer", body.getString("token_type"));
        assertEquals(600, body.getInt("expires_in"));
        assertEquals("telemetry:write", body.getString("scope"));

        JWTClaimsSet claims = verify(body.getString("access_token"), "mqtt-broker");
        assertEquals("device:sensor-7", claims.getSubject());
        assertEquals("sensor-7", claims.getStringClaim("client_id"));
        assertEquals("telemetry:write", claims.getStringClaim("scope"));
        assertEquals(false, claims.getBooleanClaim("is_superuser"));
        assertEquals(List.of(Map.of("permission", "allow", "action", "publish", "topic", "t/sensor-7/#")),
                claims.getListClaim("acl"));
        assertEquals(600, (claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()) / 1000);
        assertEquals(claims.getIssueTime(), claims.getNotBeforeTime());
    }

    @Test
    void signsWithTheFirstKeyOfTheRing() throws Exception {
        String token = json(requestToken("grant_type=client_credentials").body()).getString("access_token");

        SignedJWT jwt = SignedJWT.parse(token);
        var first = JWKSet.parse(Http.get(base, "/api/jwks").body()).getKeys().get(0).toRSAKey();
        assertEquals(first.getKeyID(), jwt.getHeader().getKeyID());
        assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
        assertTrue(jwt.verify(new RSASSAVerifier(first)));
    }

    @Test
    void grantsRequestedScopesAndAudienceWithClientSecretPost() throws Exception {
        HttpResponse<String> response = Http.postForm(base, "/api/token", "grant_type=client_credentials"
                + "&client_id=sensor-7&client_secret=" + SENSOR_SECRET
                + "&scope=telemetry%3Aread+telemetry%3Awrite&audience=api");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = json(response.body());
        assertEquals("telemetry:read telemetry:write", body.getString("scope"));
        JWTClaimsSet claims = verify(body.getString("access_token"), "api");
        assertEquals("telemetry:read telemetry:write", claims.getStringClaim("scope"));
        assertFalse(claims.getJWTID().equals(verify(json(requestToken("grant_type=client_credentials").body())
                .getString("access_token"), "mqtt-broker").getJWTID()));
    }

    @Test
    void answersAnUnknownClientAndAWrongSecretAlike() {
        HttpResponse<String> wrongSecret = Http.postForm(base, "/api/token", "grant_type=client_credentials",
                "Authorization", Http.basic("sensor-7", "wrong-secret-value"));
        HttpResponse<String> unknown = Http.postForm(base, "/api/token", "grant_type=client_credentials",
                "Authorization", Http.basic("nobody", SENSOR_SECRET));

        for (HttpResponse<String> response : List.of(wrongSecret, unknown)) {
            assertEquals(401, response.statusCode());
            assertEquals("Basic realm=\"jwks-server\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
            assertEquals("{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}",
                    response.body());
        }
    }

    @Test
    void refusesARequestWithoutCredentials() {
        HttpResponse<String> response = Http.postForm(base, "/api/token", "grant_type=client_credentials");

        assertError(response, 401, "invalid_client", "client authentication is required: HTTP Basic or client_id"
                + " and client_secret parameters");
    }

    @Test
    void refusesTwoAuthenticationMethodsAtOnce() {
        HttpResponse<String> response = Http.postForm(base, "/api/token", "grant_type=client_credentials"
                + "&client_id=sensor-7&client_secret=" + SENSOR_SECRET, "Authorization",
                Http.basic("sensor-7", SENSOR_SECRET));

        assertError(response, 400, "invalid_request", "the client authenticated with both HTTP Basic and"
                + " client_secret; use one method only");
    }

    @Test
    void refusesMissingRepeatedAndMalformedParameters() {
        assertError(requestToken("scope=telemetry%3Aread"), 400, "invalid_request",
                "the parameter 'grant_type' is missing");
        assertError(requestToken("grant_type=client_credentials&grant_type=client_credentials"), 400,
                "invalid_request", "the parameter 'grant_type' is repeated");
        assertError(requestToken("grant_type=client_credentials&scope=%zz"), 400, "invalid_request",
                "the request body is not valid application/x-www-form-urlencoded");
        assertError(requestToken("grant_type=client_credentials&pad=" + "x".repeat(9000)), 400, "invalid_request",
                "the request body is larger than 8192 bytes");
    }

    @Test
    void refusesABodyThatIsNotAForm() {
        HttpResponse<String> response = requestToken("application/json", "{\"grant_type\":\"client_credentials\"}");

        assertError(response, 400, "invalid_request",
                "the request must have Content-Type application/x-www-form-urlencoded");
    }

    @Test
    void refusesMalformedMediaTypeHeadersAsInvalidRequests() {
        HttpResponse<String> contentType = requestToken(";;;", "grant_type=client_credentials");
        HttpResponse<String> accept = Http.postForm(base, "/api/token", "grant_type=client_credentials",
                "Accept", "application/json, ;;;", "Authorization", Http.basic("sensor-7", SENSOR_SECRET));

        assertError(contentType, 400, "invalid_request",
                "the Content-Type header is not a valid media type (RFC 9110)");
        assertEquals("no-store", contentType.headers().firstValue("Cache-Control").orElseThrow());
        assertError(accept, 400, "invalid_request", "the Accept header is not a valid media type (RFC 9110)");
    }

    @Test
    void refusesOtherGrantTypesScopesAndAudiences() {
        assertError(requestToken("grant_type=password"), 400, "unsupported_grant_type",
                "this server issues tokens for the client_credentials grant only");
        assertError(requestToken("grant_type=client_credentials&scope=admin"), 400, "invalid_scope",
                "the scope 'admin' is not allowed for this client");
        assertError(requestToken("grant_type=client_credentials&audience=elsewhere"), 400, "invalid_target",
                "the audience 'elsewhere' is not allowed for this client");
    }

    @Test
    void refusesAClientThatMayNotUseTheGrant() {
        HttpResponse<String> response = Http.postForm(base, "/api/token", "grant_type=client_credentials",
                "Authorization", Http.basic("jwt-bearer-only", LIMITED_SECRET));

        assertError(response, 400, "unauthorized_client", "this client may not use the client_credentials grant");
    }

    @Test
    void answersGetWithMethodNotAllowed() {
        HttpResponse<String> response = Http.get(base, "/api/token");

        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void publishesTheServerMetadataAtBothWellKnownPaths() {
        HttpResponse<String> oauth = Http.get(base, "/.well-known/oauth-authorization-server");
        HttpResponse<String> openid = Http.get(base, "/.well-known/openid-configuration");

        assertEquals(200, oauth.statusCode());
        assertEquals(oauth.body(), openid.body());
        JsonObject metadata = json(oauth.body());
        assertEquals(issuer(), metadata.getString("issuer"));
        assertEquals(issuer() + "/api/jwks", metadata.getString("jwks_uri"));
        assertEquals(issuer() + "/api/token", metadata.getString("token_endpoint"));
        assertEquals("[\"client_credentials\"]", metadata.getJsonArray("grant_types_supported").toString());
        assertEquals("[\"client_secret_basic\",\"client_secret_post\"]",
                metadata.getJsonArray("token_endpoint_auth_methods_supported").toString());
        assertEquals("[\"telemetry:read\",\"telemetry:write\"]", metadata.getJsonArray("scopes_supported").toString());
        assertEquals("[\"RS256\"]", metadata.getJsonArray("id_token_signing_alg_values_supported").toString());
    }

    @Test
    void logsFailedLoginsAndIssuedTokensWithoutSecrets() throws Exception {
        String wrongSecret = "wrong-" + SecretDigest.newSecret();
        String authorization = Http.basic("sensor-7", wrongSecret);
        Http.postForm(base, "/api/token", "grant_type=client_credentials", "Authorization", authorization);
        String token = json(requestToken("grant_type=client_credentials").body()).getString("access_token");

        String log = Files.readString(Deployments.serverLog());
        assertTrue(log.contains("Client authentication failed for client_id 'sensor-7' from 127.0.0.1"
                + " (client_secret_basic)"), "no WARN line for the failed login");
        assertTrue(log.contains("Issued token to client 'sensor-7': kid="), "no INFO line for the issued token");
        for (String secret : List.of(wrongSecret, SENSOR_SECRET, authorization.substring(6), token,
                token.substring(token.lastIndexOf('.') + 1))) {
            assertFalse(log.contains(secret), "the server log contains a secret or a token");
        }
    }

    private static void assertError(HttpResponse<String> response, int status, String error, String description) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject body = json(response.body());
        assertEquals(error, body.getString("error"));
        assertEquals(description, body.getString("error_description"));
    }
}
