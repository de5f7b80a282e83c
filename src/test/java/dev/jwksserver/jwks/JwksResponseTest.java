package dev.jwksserver.jwks;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwksResponseTest {

    private static final String TAG = "\"b5h1R3ltlezKntE7xQ3b63bWjz9Q4l7OiseO0cItD1U\"";

    @Test
    void answersApplicationJsonWithoutAnAcceptHeader() {
        assertEquals(Optional.of("application/json"), JwksResponse.mediaType(null));
        assertEquals(Optional.of("application/json"), JwksResponse.mediaType(""));
    }

    @Test
    void answersApplicationJsonToWildcards() {
        assertEquals(Optional.of("application/json"), JwksResponse.mediaType("*/*"));
        assertEquals(Optional.of("application/json"), JwksResponse.mediaType("text/html, application/*;q=0.8"));
    }

    @Test
    void answersTheJwkSetTypeWhenTheClientNamesIt() {
        assertEquals(Optional.of("application/jwk-set+json"),
                JwksResponse.mediaType("application/json;q=0.9, Application/JWK-Set+JSON"));
    }

    @Test
    void findsNoMediaTypeInRangesWithoutAType() {
        assertEquals(Optional.empty(), JwksResponse.mediaType(";;;,,="));
        assertEquals(Optional.empty(), JwksResponse.mediaType(","));
        assertEquals(Optional.of("application/json"), JwksResponse.mediaType(";q=1, application/json"));
    }

    @Test
    void skipsMediaRangesWithZeroQuality() {
        assertEquals(Optional.of("application/json"),
                JwksResponse.mediaType("application/jwk-set+json;q=0, application/json"));
        assertEquals(Optional.empty(), JwksResponse.mediaType("application/json; q=0.0"));
    }

    @Test
    void findsNoMediaTypeForAClientThatAcceptsNeither() {
        assertEquals(Optional.empty(), JwksResponse.mediaType("text/html, application/xml"));
    }

    @Test
    void matchesTheCurrentTagAmongSeveralAndAsAWeakTag() {
        assertTrue(JwksResponse.matchesAny(headers("\"old\", " + TAG), TAG));
        assertTrue(JwksResponse.matchesAny(headers("\"old\"", "W/" + TAG), TAG));
        assertTrue(JwksResponse.matchesAny(headers("*"), TAG));
    }

    @Test
    void doesNotMatchOtherTagsOrNoHeader() {
        assertFalse(JwksResponse.matchesAny(headers("\"old\", W/\"older\""), TAG));
        assertFalse(JwksResponse.matchesAny(headers(TAG.replace("\"", "")), TAG));
        assertFalse(JwksResponse.matchesAny(headers(), TAG));
        assertFalse(JwksResponse.matchesAny(null, TAG));
    }

    private static Enumeration<String> headers(String... values) {
        return Collections.enumeration(List.of(values));
    }
}
