package dev.jwksserver.token;

import dev.jwksserver.clients.Client;
import dev.jwksserver.json.JjwtSerializer;
import dev.jwksserver.keys.KeyRing;
import dev.jwksserver.keys.SigningKey;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Signs access tokens with the key ring's active key, as RFC 9068 JWT access tokens.
 *
 * <p>Nothing here is locked: the key set is an immutable snapshot and each signature has its own state.
 */
@ApplicationScoped
public class TokenIssuer {

    /** The {@code typ} header of a JWT access token, RFC 9068 section 2.1. */
    public static final String ACCESS_TOKEN_TYPE = "at+jwt";

    private static final JjwtSerializer JSON = new JjwtSerializer();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    KeyRing keyRing;

    Clock clock = Clock.systemUTC();

    /**
     * Issues a token signed by the key ring's active key.
     *
     * @param client the authenticated client
     * @param issuer the {@code iss} claim
     * @param scopes the granted scopes, in request order
     * @param audience the {@code aud} claim, if any
     * @return the signed token
     */
    public IssuedToken issue(Client client, String issuer, List<String> scopes, Optional<String> audience) {
        return sign(keyRing.current().active(), clock.instant(), client, issuer, scopes, audience);
    }

    /**
     * Builds and signs one token: the whole work of {@link #issue}, without the key ring.
     *
     * @param key the key that signs
     * @param now the issue time
     * @param client the authenticated client
     * @param issuer the {@code iss} claim
     * @param scopes the granted scopes, in request order
     * @param audience the {@code aud} claim, if any
     * @return the signed token
     */
    public static IssuedToken sign(SigningKey key, Instant now, Client client, String issuer, List<String> scopes,
            Optional<String> audience) {
        Instant expiry = now.plus(client.tokenLifetime());
        String jti = newTokenId();
        String scope = String.join(" ", scopes);

        JwtBuilder builder = Jwts.builder().json(JSON)
                .header().keyId(key.kid()).type(ACCESS_TOKEN_TYPE).and()
                .issuer(issuer)
                .subject(client.subject());
        audience.ifPresent(aud -> builder.audience().single(aud));
        builder.claim("client_id", client.id());
        if (!scope.isEmpty()) {
            builder.claim("scope", scope);
        }
        String compact = builder.issuedAt(Date.from(now)).notBefore(Date.from(now)).expiration(Date.from(expiry))
                .id(jti)
                .claims(client.extraClaims())
                .signWith(key.privateKey(), key.algorithm().jjwtAlgorithm())
                .compact();
        return new IssuedToken(compact, jti, key.kid(), scope, client.tokenLifetime());
    }

    private static String newTokenId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }
}
