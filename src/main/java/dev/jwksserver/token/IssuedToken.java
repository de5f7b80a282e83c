package dev.jwksserver.token;

import java.time.Duration;

/**
 * A token just issued, with what the response and the audit line need to know about it.
 *
 * @param compact the signed JWT in compact serialisation; never logged
 * @param jti its unique id
 * @param kid the key that signed it
 * @param scope the granted scopes, space-separated; empty when none
 * @param lifetime how long it is valid
 */
public record IssuedToken(String compact, String jti, String kid, String scope, Duration lifetime) {

    @Override
    public String toString() {
        return "IssuedToken[jti=" + jti + ", kid=" + kid + ", scope=" + scope + ", lifetime=" + lifetime + "]";
    }
}
