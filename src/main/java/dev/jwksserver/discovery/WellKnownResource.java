package dev.jwksserver.discovery;

import dev.jwksserver.token.IssuerIdentifier;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The well-known URIs (RFC 8615) under which clients look for this server's metadata. The JWK Set's own
 * well-known path, {@code /.well-known/jwks.json}, is served by {@link dev.jwksserver.jwks.JwksServlet}.
 */
@Path(".well-known")
public class WellKnownResource {

    @Inject
    ServerMetadata metadata;

    @Inject
    IssuerIdentifier issuer;

    /**
     * {@code GET /.well-known/oauth-authorization-server}: the RFC 8414 metadata document.
     *
     * @param uriInfo the request's URIs, for the default issuer
     * @return the metadata
     */
    @GET
    @Path("oauth-authorization-server")
    @Produces(MediaType.APPLICATION_JSON)
    public Response authorizationServer(@Context UriInfo uriInfo) {
        return metadataResponse(uriInfo);
    }

    /**
     * {@code GET /.well-known/openid-configuration}: the same document, where OpenID clients look for it.
     *
     * @param uriInfo the request's URIs, for the default issuer
     * @return the metadata
     */
    @GET
    @Path("openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    public Response openidConfiguration(@Context UriInfo uriInfo) {
        return metadataResponse(uriInfo);
    }

    private Response metadataResponse(UriInfo uriInfo) {
        return Response.ok(metadata.document(issuer.of(uriInfo)), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300").build();
    }
}
