package dev.jwksserver.clients;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientFileTest {

    private static final String DIGEST = SecretDigest.of("secret").text();

    @TempDir
    Path directory;

    private List<Client> read(String json) throws Exception {
        Path file = Files.writeString(directory.resolve("clients.json"), json);
        return new ClientFile(file, Duration.ofHours(1)).read();
    }

    private String failure(String json) throws Exception {
        Path file = Files.writeString(directory.resolve("clients.json"), json);
        return assertThrows(ClientFileException.class, () -> new ClientFile(file, Duration.ofHours(1)).read())
                .getMessage().substring(("Cannot read client file " + file + ": ").length());
    }

    @Test
    void readsEveryMemberOfAClient() throws Exception {
        Client client = read("""
                {"clients": [{"client_id": "broker-bridge", "secret_digest": "%s",
                  "scopes": ["a", "b", "c"], "default_scopes": ["b"], "audiences": ["x", "y"],
                  "default_audience": "y", "token_lifetime_seconds": 900, "subject": "bridge-1",
                  "claims": {"is_superuser": true, "acl": [{"topic": "t/#"}], "level": 2}}]}
                """.formatted(DIGEST)).get(0);

        assertEquals("broker-bridge", client.id());
        assertTrue(client.secretDigest().matches("secret"));
        assertEquals(Set.of("client_credentials"), client.grantTypes());
        assertEquals(Set.of("a", "b", "c"), client.allowedScopes());
        assertEquals(List.of("b"), client.defaultScopes());
        assertEquals(Optional.of("y"), client.defaultAudience());
        assertEquals(Duration.ofSeconds(900), client.tokenLifetime());
        assertEquals("bridge-1", client.subject());
        assertEquals(Map.of("topic", "t/#"), ((List<?>) client.extraClaims().get("acl")).get(0));
        assertEquals(true, client.extraClaims().get("is_superuser"));
    }

    @Test
    void fillsDefaultsForAMinimalClient() throws Exception {
        Client client = read("{\"clients\":[{\"client_id\":\"c1\",\"secret_digest\":\"" + DIGEST + "\"}]}").get(0);

        assertEquals("c1", client.subject());
        assertEquals(Duration.ofSeconds(300), client.tokenLifetime());
        assertEquals(List.of(), client.defaultScopes());
        assertEquals(Optional.empty(), client.defaultAudience());
        assertEquals(Map.of(), client.extraClaims());
    }

    @Test
    void takesTheFirstAudienceAsDefault() throws Exception {
        Client client = read("{\"clients\":[{\"client_id\":\"c1\",\"secret_digest\":\"" + DIGEST
                + "\",\"audiences\":[\"first\",\"second\"]}]}").get(0);

        assertEquals(Optional.of("first"), client.defaultAudience());
    }

    @Test
    void refusesInvalidFiles() throws Exception {
        assertTrue(failure("{").startsWith("it is not valid JSON at line 1, column "));
        assertEquals("the file must be a JSON object with a \"clients\" array", failure("[]"));
        assertEquals("client 'c' has an unknown member \"scope\"; accepted: ",
                failure("{\"clients\":[{\"client_id\":\"c\",\"scope\":\"a\"}]}").replaceAll("\\[.*]$", ""));
        assertEquals("client 'c' has no \"secret_digest\"", failure("{\"clients\":[{\"client_id\":\"c\"}]}"));
        assertEquals("client_id 'c' appears more than once", failure("{\"clients\":[{\"client_id\":\"c\","
                + "\"secret_digest\":\"" + DIGEST + "\"},{\"client_id\":\"c\",\"secret_digest\":\"" + DIGEST + "\"}]}"));
    }

    @Test
    void refusesClaimsTheIssuerSets() throws Exception {
        assertEquals("client 'c' fixes the claim \"exp\", which the issuer sets itself",
                failure("{\"clients\":[{\"client_id\":\"c\",\"secret_digest\":\"" + DIGEST
                        + "\",\"claims\":{\"exp\":1}}]}"));
    }

    @Test
    void refusesDefaultsOutsideTheAllowedValues() throws Exception {
        assertEquals("client 'c' has default scope 'z' that is not in its \"scopes\"",
                failure("{\"clients\":[{\"client_id\":\"c\",\"secret_digest\":\"" + DIGEST
                        + "\",\"scopes\":[\"a\"],\"default_scopes\":[\"z\"]}]}"));
        assertEquals("client 'c' has default_audience 'z' that is not in its \"audiences\"",
                failure("{\"clients\":[{\"client_id\":\"c\",\"secret_digest\":\"" + DIGEST
                        + "\",\"default_audience\":\"z\"}]}"));
    }

    @Test
    void refusesLifetimesAboveTheConfiguredMaximum() throws Exception {
        assertEquals("client 'c' has token_lifetime_seconds 7200, more than jwks.token.max-lifetime (3600)",
                failure("{\"clients\":[{\"client_id\":\"c\",\"secret_digest\":\"" + DIGEST
                        + "\",\"token_lifetime_seconds\":7200}]}"));
    }
}
