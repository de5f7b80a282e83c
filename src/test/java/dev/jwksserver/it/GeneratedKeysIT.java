package dev.jwksserver.it;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The WAR as built, with no keystore configured: three RSA-2048 keys generated at deploy time.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedKeysIT {

    private static final List<String> PRIVATE_MEMBERS = List.of("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"",
            "\"qi\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    /** Always the loopback address: Payara Micro's connector reports the host's network address instead. */
    private final URL base = Deployments.baseUrl();

    @Test
    void servesThreePublicRsaKeysWithDistinctThumbprintKids() throws Exception {
        HttpResponse<String> response = Http.get(base, "/api/jwks");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        JWKSet set = JWKSet.parse(response.body());
        assertEquals(3, set.getKeys().size());
        for (JWK key : set.getKeys()) {
            RSAKey rsa = key.toRSAKey();
            assertFalse(rsa.isPrivate());
            assertEquals("RS256", rsa.getAlgorithm().getName());
            assertEquals("sig", rsa.getKeyUse().identifier());
            assertEquals(2048, rsa.size());
            assertEquals(rsa.computeThumbprint().toString(), rsa.getKeyID());
        }
        Set<String> kids = set.getKeys().stream().map(JWK::getKeyID).collect(Collectors.toSet());
        assertEquals(3, kids.size());
        PRIVATE_MEMBERS.forEach(member -> assertFalse(response.body().contains(member), member));
    }

    @Test
    void setsCacheControlAndAStrongEntityTag() {
        HttpResponse<String> response = Http.get(base, "/api/jwks");

        assertEquals("public, max-age=300", response.headers().firstValue("Cache-Control").orElseThrow());
        String tag = response.headers().firstValue("ETag").orElseThrow();
        assertTrue(tag.matches("\"[A-Za-z0-9_-]{43}\""), tag);
    }

    @Test
    void answersNotModifiedToTheCurrentEntityTag() {
        String tag = Http.get(base, "/api/jwks").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> response = Http.get(base, "/api/jwks", "If-None-Match", tag);

        assertEquals(304, response.statusCode());
        assertEquals("", response.body());
        assertEquals(tag, response.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, Http.get(base, "/api/jwks", "If-None-Match", "\"other\"").statusCode());
    }

    @Test
    void servesTheSameBytesAtTheWellKnownPath() {
        HttpResponse<String> api = Http.get(base, "/api/jwks");
        HttpResponse<String> wellKnown = Http.get(base, "/.well-known/jwks.json");

        assertEquals(200, wellKnown.statusCode());
        assertEquals(api.body(), wellKnown.body());
        assertEquals(api.headers().firstValue("ETag"), wellKnown.headers().firstValue("ETag"));
    }

    @Test
    void answersWithTheJwkSetMediaTypeWhenAskedForIt() {
        HttpResponse<String> response = Http.get(base, "/api/jwks", "Accept", "application/jwk-set+json");

        assertEquals(200, response.statusCode());
        assertEquals("application/jwk-set+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void answersOtherMethodsOnTheKeySetWithAProblemDocumentAndAllow() {
        HttpResponse<String> response = Http.postForm(base, "/api/jwks", "keys=none");

        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElseThrow());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405,\"detail\":"
                + "\"This resource does not accept this HTTP method; the Allow header lists those it does.\"}",
                response.body());
    }

    @Test
    void answersAnUnacceptableMediaTypeWithAProblemDocument() {
        HttpResponse<String> response = Http.get(base, "/.well-known/jwks.json", "Accept", "text/html");

        assertEquals(406, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("\"status\":406"), response.body());
    }

    @Test
    void answersHeadWithTheHeadersOfGetAndNoBody() {
        HttpResponse<String> get = Http.get(base, "/api/jwks");
        HttpResponse<String> head = Http.send(HttpRequest.newBuilder(Http.uri(base, "/api/jwks"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void answersUnknownPathsWithAProblemDocument() {
        HttpResponse<String> response = Http.get(base, "/api/nothing-here");

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"There is no resource at this path.\"}", response.body());
    }

    @Test
    void answersMalformedMediaTypeHeadersWithAProblemDocument() {
        for (String path : List.of("/api/jwks", "/.well-known/openid-configuration", "/api/nothing-here")) {
            HttpResponse<String> accept = Http.get(base, path, "Accept", ";;;,,=");
            HttpResponse<String> contentType = Http.get(base, path, "Content-Type", ";;;");

            assertEquals(400, accept.statusCode(), path);
            assertEquals("application/problem+json", accept.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":"
                    + "\"The Accept header is not a valid media type (RFC 9110).\"}", accept.body());
            assertEquals(400, contentType.statusCode(), path);
            assertTrue(contentType.body().contains("The Content-Type header is not a valid media type"),
                    contentType.body());
        }
    }
}
