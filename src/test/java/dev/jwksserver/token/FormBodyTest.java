package dev.jwksserver.token;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FormBodyTest {

    private static FormBody read(String body, int max) {
        return FormBody.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), max);
    }

    private static TokenError refused(String body, int max) {
        return assertThrows(TokenError.class, () -> read(body, max));
    }

    @Test
    void decodesParameters() {
        FormBody form = read("grant_type=client_credentials&scope=a+b%3Ac&empty=", 100);

        assertEquals("client_credentials", form.require("grant_type"));
        assertEquals(Optional.of("a b:c"), form.get("scope"));
        assertEquals(Optional.empty(), form.get("empty"));
        assertEquals(Optional.empty(), form.get("absent"));
    }

    @Test
    void refusesRepeatedParameters() {
        TokenError error = refused("scope=a&scope=b", 100);

        assertEquals("invalid_request", error.code());
        assertEquals("the parameter 'scope' is repeated", error.getMessage());
    }

    @Test
    void refusesBodiesOverTheLimit() {
        assertEquals("the request body is larger than 10 bytes", refused("a=12345678901", 10).getMessage());
    }

    @Test
    void refusesMalformedEncoding() {
        assertEquals("the request body is not valid application/x-www-form-urlencoded",
                refused("a=%zz", 100).getMessage());
    }

    @Test
    void namesTheMissingParameter() {
        TokenError error = assertThrows(TokenError.class, () -> read("a=1", 100).require("grant_type"));

        assertEquals("the parameter 'grant_type' is missing", error.getMessage());
        assertEquals(400, error.status());
    }
}
