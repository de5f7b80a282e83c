package dev.jwksserver.jwks;

import dev.jwksserver.keys.KeySet;
import dev.jwksserver.keys.KeystoreKeySource;
import dev.jwksserver.keys.KeystoreSettings;
import dev.jwksserver.keys.KidStrategy;
import dev.jwksserver.testing.TestKeys;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JwksDocumentTest {

    private static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    @TempDir
    static Path directory;

    private static TestKeys.Keystore keystore;
    private static KeySet keySet;

    @BeforeAll
    static void loadKeys() {
        keystore = new TestKeys.Keystore().key("a-rsa", TestKeys.rsa(2048)).key("b-ec", TestKeys.ec("secp521r1"));
        Path file = keystore.writeTo(directory.resolve("keys.p12"), "pw");
        keySet = new KeystoreKeySource(new KeystoreSettings(file, "pw".toCharArray(), List.of(), false,
                KidStrategy.THUMBPRINT)).load();
    }

    private static JsonArray keys(JwksDocument document) {
        String json = new String(document.jsonCopy(), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject().getJsonArray("keys");
    }

    @Test
    void writesOnlyPublicMembers() {
        JsonArray keys = keys(JwksDocument.of(keySet));

        assertEquals(2, keys.size());
        for (JsonObject key : keys.getValuesAs(JsonObject.class)) {
            for (String member : PRIVATE_MEMBERS) {
                assertFalse(key.containsKey(member), member + " in " + key);
            }
        }
    }

    @Test
    void writesRsaMembersInAFixedOrderWithTheCertificate() throws Exception {
        JsonObject rsa = keys(JwksDocument.of(keySet)).getJsonObject(0);

        assertEquals(List.of("kty", "kid", "use", "alg", "n", "e", "x5c", "x5t#S256"), List.copyOf(rsa.keySet()));
        assertEquals("RSA", rsa.getString("kty"));
        assertEquals(keySet.active().kid(), rsa.getString("kid"));
        assertEquals("sig", rsa.getString("use"));
        assertEquals("RS256", rsa.getString("alg"));
        assertEquals("AQAB", rsa.getString("e"));
        byte[] der = keystore.certificate("a-rsa").getEncoded();
        assertEquals(Base64.getEncoder().encodeToString(der), rsa.getJsonArray("x5c").getString(0));
        assertEquals(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(der)), rsa.getString("x5t#S256"));
    }

    @Test
    void writesEcMembersWithTheRegisteredCurveAndAlgorithm() {
        JsonObject ec = keys(JwksDocument.of(keySet)).getJsonObject(1);

        assertEquals(List.of("kty", "kid", "use", "alg", "crv", "x", "y", "x5c", "x5t#S256"),
                List.copyOf(ec.keySet()));
        assertEquals("P-521", ec.getString("crv"));
        assertEquals("ES512", ec.getString("alg"));
    }

    @Test
    void givesTheSameBytesAndEntityTagForTheSameKeys() throws Exception {
        JwksDocument first = JwksDocument.of(keySet);
        JwksDocument second = JwksDocument.of(keySet);

        assertArrayEquals(first.jsonCopy(), second.jsonCopy());
        assertEquals(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(first.jsonCopy())), first.entityTag());
        assertEquals(first.entityTag(), second.entityTag());
    }
}
