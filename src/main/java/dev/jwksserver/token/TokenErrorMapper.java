package dev.jwksserver.token;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes a refused token request as RFC 6749 section 5.2 JSON: {@code {"error", "error_description"}}.
 */
@Provider
public class TokenErrorMapper implements ExceptionMapper<TokenError> {

    /** The realm announced in {@code WWW-Authenticate} when client authentication fails. */
    public static final String REALM = "jwks-server";

    @Override
    public Response toResponse(TokenError error) {
        Response.ResponseBuilder response = Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(error.json())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache");
        if (error.status() == 401) {
            // RFC 6749 section 5.2: a 401 must say which scheme the client can authenticate with.
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        }
        return response.build();
    }
}
