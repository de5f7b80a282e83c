package dev.jwksserver.discovery;

import dev.jwksserver.jwks.JwksResponder;
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
 * The well-known URIs (RFC 8615) under which clients look for this server's metadata.
 */
@Path(".well-known")
public class WellKnownResource {

    @Inject
    JwksResponder jwksResponder;

    /**
     * {@code GET /.well-known/jwks.json}: the same JWK Set as {@code /api/jwks}, where many clients look first.
     *
     * @param request the request, for conditional GET
     * @param headers the request headers, for content negotiation
     * @return the JWK Set
     */
    @GET
    @Path("jwks.json")
    @Produces({MediaType.APPLICATION_JSON, JwksResponder.JWK_SET_JSON})
    public Response jwks(@Context Request request, @Context HttpHeaders headers) {
        return jwksResponder.respond(request, headers);
    }
}
