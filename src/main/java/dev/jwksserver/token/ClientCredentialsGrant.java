package dev.jwksserver.token;

import dev.jwksserver.clients.Client;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a client credentials grant (RFC 6749 section 4.4) gives an authenticated client: the scopes and the
 * audience of its token.
 */
final class ClientCredentialsGrant {

    private ClientCredentialsGrant() {
    }

    /**
     * RFC 6749 section 3.3: the requested scopes, each of which the client must be allowed, or its default
     * scopes when it asked for none.
     */
    static List<String> scopes(Client client, Optional<String> requested) {
        if (requested.isEmpty() || requested.get().isBlank()) {
            return client.defaultScopes();
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : requested.get().trim().split(" +")) {
            if (!scope.matches("[\\x21\\x23-\\x5b\\x5d-\\x7e]+")) {
                throw TokenError.invalidScope("the scope '" + printable(scope) + "' has characters RFC 6749"
                        + " section 3.3 does not allow");
            }
            if (!client.allowedScopes().contains(scope)) {
                throw TokenError.invalidScope("the scope '" + scope + "' is not allowed for this client");
            }
            scopes.add(scope);
        }
        return new ArrayList<>(scopes);
    }

    /**
     * The requested audience, which must be one of the client's, or its default audience.
     */
    static Optional<String> audience(Client client, Optional<String> requested) {
        if (requested.isEmpty()) {
            return client.defaultAudience();
        }
        if (!client.allowedAudiences().contains(requested.get())) {
            throw TokenError.invalidTarget("the audience '" + printable(requested.get())
                    + "' is not allowed for this client");
        }
        return requested;
    }

    private static String printable(String text) {
        String cleaned = text.replaceAll("[^\\x20-\\x7e]", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "..." : cleaned;
    }
}
