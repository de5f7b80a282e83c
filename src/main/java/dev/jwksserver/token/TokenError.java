package dev.jwksserver.token;

import dev.jwksserver.JwksServerException;
import dev.jwksserver.json.JsonWriter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token request refused with one of the error codes of RFC 6749 section 5.2 (and RFC 8707 section 2 for
 * {@code invalid_target}). The description is shown to the client: it says what was wrong, never a secret.
 */
public final class TokenError extends JwksServerException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;

    private TokenError(String code, int status, String description) {
        super(description);
        this.code = code;
        this.status = status;
    }

    /** A missing, repeated or malformed parameter, or a request that is not a form POST. */
    public static TokenError invalidRequest(String description) {
        return new TokenError("invalid_request", 400, description);
    }

    /** Client authentication failed: unknown client, wrong secret, or no credentials (HTTP 401). */
    public static TokenError invalidClient(String description) {
        return new TokenError("invalid_client", 401, description);
    }

    /** The client may not use this grant type. */
    public static TokenError unauthorizedClient(String description) {
        return new TokenError("unauthorized_client", 400, description);
    }

    /** The server does not issue tokens for this grant type. */
    public static TokenError unsupportedGrantType(String description) {
        return new TokenError("unsupported_grant_type", 400, description);
    }

    /** A requested scope is unknown or not allowed for the client. */
    public static TokenError invalidScope(String description) {
        return new TokenError("invalid_scope", 400, description);
    }

    /** The requested audience is not one the client may ask for. */
    public static TokenError invalidTarget(String description) {
        return new TokenError("invalid_target", 400, description);
    }

    /** @return the {@code error} code */
    public String code() {
        return code;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the RFC 6749 section 5.2 body: {@code {"error", "error_description"}} */
    public byte[] json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("error_description", getMessage());
        return JsonWriter.toBytes(body);
    }
}
