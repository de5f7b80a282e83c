package dev.jwksserver.pem;

import dev.jwksserver.testing.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PemToJwkTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PemToJwk.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path fixture(String resource) throws Exception {
        return Files.writeString(directory.resolve(Path.of(resource).getFileName()), Fixtures.text(resource));
    }

    private JsonObject output() {
        return Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
    }

    @Test
    void writesThePublicJwkOfOneFile() throws Exception {
        int status = run(fixture("original-description/public-key.pem").toString());

        JsonObject expected = Fixtures.json("original-description/expected-public-jwk.json");
        assertEquals(0, status);
        assertEquals(expected.getString("n"), output().getString("n"));
        assertEquals("RS256", output().getString("alg"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesAJwkSetOfPublicKeysForSeveralFiles() throws Exception {
        int status = run(fixture("rfc/ed25519-rfc8037-a-private.pem").toString(),
                fixture("rfc/rsa-2048-rfc7517-a2-private.pem").toString(), "--rsa-algorithm", "PS256");

        assertEquals(0, status);
        JsonObject okp = output().getJsonArray("keys").getJsonObject(0);
        JsonObject rsa = output().getJsonArray("keys").getJsonObject(1);
        assertEquals("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", okp.getString("kid"));
        assertEquals("EdDSA", okp.getString("alg"));
        assertEquals("PS256", rsa.getString("alg"));
        assertFalse(okp.containsKey("d"));
        assertFalse(rsa.containsKey("d"));
    }

    @Test
    void writesPrivateMembersOnlyWithTheFlagAndThenWarns() throws Exception {
        JsonObject expected = Fixtures.json("rfc/rsa-2048-rfc7517-a2.jwk.json");

        int status = run("--private", fixture("rfc/rsa-2048-rfc7517-a2-private.pem").toString());

        assertEquals(0, status);
        for (String member : new String[] {"n", "e", "d", "p", "q", "dp", "dq", "qi"}) {
            assertEquals(expected.getString(member), output().getString(member), member);
        }
        assertEquals(PemToJwk.PRIVATE_WARNING + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exitsWithOneAndAClearMessageForARefusedFile() throws Exception {
        Path garbage = Files.writeString(directory.resolve("garbage.pem"), "garbage");

        int status = run(garbage.toString());

        assertEquals(1, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("PemToJwk: " + garbage
                + ": no PEM object was found"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exitsWithTwoAndTheUsageWithoutFiles() {
        assertEquals(2, run("--private"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(PemToJwk.USAGE));
    }
}
