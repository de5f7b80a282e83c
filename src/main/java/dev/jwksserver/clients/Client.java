package dev.jwksserver.clients;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A registered OAuth client (RFC 6749 section 2): who it is, how it proves it, and what its tokens say.
 *
 * @param id the {@code client_id}
 * @param secretDigest the digest of its secret
 * @param grantTypes the grant types it may use
 * @param allowedScopes the scopes it may ask for
 * @param defaultScopes the scopes its tokens get when it asks for none
 * @param allowedAudiences the audiences it may ask for
 * @param defaultAudience the audience its tokens get when it asks for none; empty when it has no audience
 * @param tokenLifetime how long its tokens are valid
 * @param subject the {@code sub} of its tokens
 * @param extraClaims fixed claims added to each of its tokens, such as an MQTT broker's {@code acl}
 */
public record Client(String id, SecretDigest secretDigest, Set<String> grantTypes, Set<String> allowedScopes,
        List<String> defaultScopes, Set<String> allowedAudiences, Optional<String> defaultAudience,
        Duration tokenLifetime, String subject, Map<String, Object> extraClaims) {

    /**
     * Copies the collections.
     */
    public Client {
        grantTypes = Set.copyOf(grantTypes);
        allowedScopes = Set.copyOf(allowedScopes);
        defaultScopes = List.copyOf(defaultScopes);
        allowedAudiences = Set.copyOf(allowedAudiences);
    }

    /**
     * @param grantType a grant type, such as {@code client_credentials}
     * @return whether this client may use it
     */
    public boolean mayUse(String grantType) {
        return grantTypes.contains(grantType);
    }
}
