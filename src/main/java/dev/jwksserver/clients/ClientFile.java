package dev.jwksserver.clients;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the client registry file: a JSON object whose {@code clients} array describes each client.
 *
 * <pre>{"clients": [{"client_id": "sensor-7", "secret_digest": "sha256:...", "scopes": ["telemetry:write"],
 *   "default_scopes": ["telemetry:write"], "audiences": ["mqtt-broker"], "token_lifetime_seconds": 600,
 *   "subject": "sensor-7", "claims": {"is_superuser": false}}]}</pre>
 *
 * <p>Unknown members are refused rather than ignored, so that a misspelt {@code scope} does not silently
 * give a client no scopes.
 */
public final class ClientFile {

    /** The grant type of RFC 6749 section 4.4, the one this server issues tokens for. */
    public static final String CLIENT_CREDENTIALS = "client_credentials";

    /** The lifetime of a client's tokens when its entry does not say. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(300);

    private static final Set<String> MEMBERS = Set.of("client_id", "secret_digest", "grant_types", "scopes",
            "default_scopes", "audiences", "default_audience", "token_lifetime_seconds", "subject", "claims",
            "description");

    /** Claims the issuer sets itself (RFC 7519 section 4.1, RFC 9068 section 2.2); a client cannot fix them. */
    private static final Set<String> ISSUER_CLAIMS = Set.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti",
            "client_id", "scope");

    private final Path path;
    private final Duration maxLifetime;

    /**
     * @param path the file
     * @param maxLifetime the longest token lifetime a client may have ({@code jwks.token.max-lifetime})
     */
    public ClientFile(Path path, Duration maxLifetime) {
        this.path = path;
        this.maxLifetime = maxLifetime;
    }

    /**
     * @return the clients, in file order
     * @throws ClientFileException if the file cannot be read or a client is invalid
     */
    public List<Client> read() {
        JsonArray entries = readRoot().getJsonArray("clients");
        List<Client> clients = new ArrayList<>(entries.size());
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Client client = readClient(entries.get(i), i);
            if (!ids.add(client.id())) {
                throw failure("client_id '" + client.id() + "' appears more than once");
            }
            clients.add(client);
        }
        return clients;
    }

    private JsonObject readRoot() {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            JsonValue root = Json.createReader(reader).readValue();
            if (root.getValueType() != JsonValue.ValueType.OBJECT
                    || !(root.asJsonObject().get("clients") instanceof JsonArray)) {
                throw failure("the file must be a JSON object with a \"clients\" array");
            }
            return root.asJsonObject();
        } catch (IOException e) {
            throw new ClientFileException("Cannot read client file " + path + ": " + e.getClass().getSimpleName(), e);
        } catch (JsonParsingException e) {
            throw new ClientFileException("Cannot read client file " + path + ": it is not valid JSON at line "
                    + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber(), e);
        } catch (JsonException e) {
            throw new ClientFileException("Cannot read client file " + path + ": it is not valid JSON", e);
        }
    }

    private Client readClient(JsonValue value, int index) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw failure("entry " + index + " of \"clients\" is not an object");
        }
        JsonObject entry = value.asJsonObject();
        String id = requiredString(entry, "client_id", "entry " + index);
        String where = "client '" + id + "'";
        for (String member : entry.keySet()) {
            if (!MEMBERS.contains(member)) {
                throw failure(where + " has an unknown member \"" + member + "\"; accepted: " + MEMBERS);
            }
        }
        return new Client(id, secretDigest(entry, where), grantTypes(entry, where), Set.copyOf(
                strings(entry, "scopes", where)), defaultScopes(entry, where), Set.copyOf(strings(entry, "audiences",
                where)), defaultAudience(entry, where), lifetime(entry, where),
                optionalString(entry, "subject", where).orElse(id), claims(entry, where));
    }

    private SecretDigest secretDigest(JsonObject entry, String where) {
        try {
            return SecretDigest.parse(requiredString(entry, "secret_digest", where));
        } catch (IllegalArgumentException e) {
            throw failure(where + " has an invalid \"secret_digest\": " + e.getMessage());
        }
    }

    private Set<String> grantTypes(JsonObject entry, String where) {
        return entry.containsKey("grant_types") ? Set.copyOf(strings(entry, "grant_types", where))
                : Set.of(CLIENT_CREDENTIALS);
    }

    private List<String> defaultScopes(JsonObject entry, String where) {
        List<String> scopes = strings(entry, "scopes", where);
        List<String> defaults = strings(entry, "default_scopes", where);
        for (String scope : defaults) {
            if (!scopes.contains(scope)) {
                throw failure(where + " has default scope '" + scope + "' that is not in its \"scopes\"");
            }
        }
        return defaults;
    }

    private Optional<String> defaultAudience(JsonObject entry, String where) {
        List<String> audiences = strings(entry, "audiences", where);
        Optional<String> chosen = optionalString(entry, "default_audience", where);
        if (chosen.isPresent() && !audiences.contains(chosen.get())) {
            throw failure(where + " has default_audience '" + chosen.get() + "' that is not in its \"audiences\"");
        }
        return chosen.or(() -> audiences.stream().findFirst());
    }

    private Duration lifetime(JsonObject entry, String where) {
        JsonValue value = entry.get("token_lifetime_seconds");
        if (value == null) {
            return DEFAULT_LIFETIME.compareTo(maxLifetime) > 0 ? maxLifetime : DEFAULT_LIFETIME;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 1) {
            throw failure(where + " has \"token_lifetime_seconds\" that is not a positive whole number");
        }
        Duration lifetime = Duration.ofSeconds(number.longValue());
        if (lifetime.compareTo(maxLifetime) > 0) {
            throw failure(where + " has token_lifetime_seconds " + number.longValue() + ", more than "
                    + "jwks.token.max-lifetime (" + maxLifetime.toSeconds() + ")");
        }
        return lifetime;
    }

    private Map<String, Object> claims(JsonObject entry, String where) {
        JsonValue value = entry.get("claims");
        if (value == null) {
            return Map.of();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw failure(where + " has \"claims\" that is not an object");
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> claim : value.asJsonObject().entrySet()) {
            if (ISSUER_CLAIMS.contains(claim.getKey())) {
                throw failure(where + " fixes the claim \"" + claim.getKey() + "\", which the issuer sets itself");
            }
            claims.put(claim.getKey(), JsonValues.toJava(claim.getValue()));
        }
        return Collections.unmodifiableMap(claims);
    }

    private List<String> strings(JsonObject entry, String member, String where) {
        JsonValue value = entry.get(member);
        if (value == null) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw failure(where + " has \"" + member + "\" that is not an array of strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonString text) || text.getString().isBlank() || text.getString().contains(" ")) {
                throw failure(where + " has \"" + member + "\" with an item that is not a non-blank string without"
                        + " spaces");
            }
            strings.add(text.getString());
        }
        return strings;
    }

    private String requiredString(JsonObject entry, String member, String where) {
        return optionalString(entry, member, where)
                .orElseThrow(() -> failure(where + " has no \"" + member + "\""));
    }

    private Optional<String> optionalString(JsonObject entry, String member, String where) {
        JsonValue value = entry.get(member);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            throw failure(where + " has \"" + member + "\" that is not a non-blank string");
        }
        return Optional.of(text.getString());
    }

    private ClientFileException failure(String cause) {
        return new ClientFileException("Cannot read client file " + path + ": " + cause);
    }
}
