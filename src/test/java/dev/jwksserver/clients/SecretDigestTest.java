package dev.jwksserver.clients;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretDigestTest {

    @Test
    void matchesTheSecretItWasMadeFromAndNothingElse() {
        String secret = SecretDigest.newSecret();
        SecretDigest digest = SecretDigest.parse(SecretDigest.of(secret).text());

        assertTrue(digest.matches(secret));
        assertFalse(digest.matches(secret + "x"));
        assertFalse(digest.matches(""));
    }

    @Test
    void makesSecretsOf256RandomBits() {
        String secret = SecretDigest.newSecret();

        assertEquals(32, Base64.getUrlDecoder().decode(secret).length);
        assertNotEquals(secret, SecretDigest.newSecret());
    }

    @Test
    void saltsEqualSecretsDifferently() {
        assertNotEquals(SecretDigest.of("same").text(), SecretDigest.of("same").text());
    }

    @Test
    void refusesTextNotInTheDigestForm() {
        assertThrows(IllegalArgumentException.class, () -> SecretDigest.parse("plain-secret"));
        assertThrows(IllegalArgumentException.class, () -> SecretDigest.parse("md5:AAAAAAAAAAA:BBBB"));
        assertThrows(IllegalArgumentException.class, () -> SecretDigest.parse("sha256:AAAAAAAAAAA:short"));
    }

    @Test
    void neverShowsTheDigestInToString() {
        SecretDigest digest = SecretDigest.of("s");

        assertEquals("SecretDigest[sha256]", digest.toString());
    }
}
