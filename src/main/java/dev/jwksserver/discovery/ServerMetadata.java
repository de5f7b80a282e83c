package dev.jwksserver.discovery;

import dev.jwksserver.clients.ClientRegistry;
import dev.jwksserver.json.JsonWriter;
import dev.jwksserver.keys.KeyRing;
import dev.jwksserver.keys.SigningKey;
import dev.jwksserver.token.ClientCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorization server metadata of RFC 8414 section 2, also served as an OpenID Provider configuration.
 */
@ApplicationScoped
public class ServerMetadata {

    @Inject
    KeyRing keyRing;

    @Inject
    ClientRegistry clients;

    /**
     * @param issuer the issuer identifier, the base of every URL in the document
     * @return the metadata document as JSON bytes
     */
    public byte[] document(String issuer) {
        List<String> algorithms = keyRing.current().keys().stream().map(SigningKey::algorithm)
                .map(Enum::name).distinct().toList();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("jwks_uri", issuer + "/api/jwks");
        metadata.put("token_endpoint", issuer + "/api/token");
        metadata.put("grant_types_supported", List.of("client_credentials"));
        metadata.put("token_endpoint_auth_methods_supported", List.of(ClientCredentials.BASIC,
                ClientCredentials.POST));
        metadata.put("scopes_supported", List.copyOf(clients.scopesSupported()));
        // No registered member names the algorithms of access tokens; OpenID clients read this one.
        metadata.put("id_token_signing_alg_values_supported", algorithms);
        return JsonWriter.toBytes(metadata);
    }
}
