package dev.jwksserver.jwks;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/jwks}: the public keys that verify the tokens this server issues (RFC 7517).
 */
@Path("api/jwks")
public class JwksResource {

    @Inject
    JwksResponder responder;

    /**
     * @param request the request, for conditional GET
     * @param headers the request headers, for content negotiation
     * @return the JWK Set
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, JwksResponder.JWK_SET_JSON})
    public Response jwks(@Context Request request, @Context HttpHeaders headers) {
        return responder.respond(request, headers);
    }
}
