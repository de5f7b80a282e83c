package dev.jwksserver.token;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;

/**
 * Writes a refused token request as RFC 6749 section 5.2 JSON: {@code {"error", "error_description"}}, through
 * JAX-RS or, for the refusals made before JAX-RS runs, straight to the servlet response.
 */
@Provider
public class TokenErrorMapper implements ExceptionMapper<TokenError> {

    /** The realm announced in {@code WWW-Authenticate} when client authentication fails. */
    public static final String REALM = "jwks-server";

    /** Like a token, a refusal is not to be stored by any cache (RFC 6749 section 5.1). */
    private static final String NO_STORE = "no-store";

    private static final String NO_CACHE = "no-cache";

    @Override
    public Response toResponse(TokenError error) {
        Response.ResponseBuilder response = Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(error.json())
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header("Pragma", NO_CACHE);
        if (error.status() == 401) {
            // RFC 6749 section 5.2: a 401 must say which scheme the client can authenticate with.
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        }
        return response.build();
    }

    /**
     * Writes a refusal as the whole servlet response, for the checks that run before JAX-RS.
     *
     * @param response the response, not yet committed
     * @param error the refusal; its status is 400, as no such check authenticates the client
     * @throws IOException if the client went away
     */
    public static void send(HttpServletResponse response, TokenError error) throws IOException {
        byte[] body = error.json();
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON);
        response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        response.setHeader("Pragma", NO_CACHE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
