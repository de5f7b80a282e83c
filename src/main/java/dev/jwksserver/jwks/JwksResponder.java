package dev.jwksserver.jwks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers a request for the JWK Set, wherever it is mounted: the prepared bytes, caching headers, and
 * {@code 304 Not Modified} when the client already holds them.
 */
@ApplicationScoped
public class JwksResponder {

    /** The media type of a JWK Set, RFC 7517 section 8.5.1. */
    public static final String JWK_SET_JSON = "application/jwk-set+json";

    private static final MediaType JWK_SET_TYPE = MediaType.valueOf(JWK_SET_JSON);

    private static final Logger LOG = Logger.getLogger(JwksResponder.class.getName());

    @Inject
    JwksPublisher publisher;

    @Inject
    @ConfigProperty(name = "jwks.cache.max-age", defaultValue = "300")
    int maxAgeSeconds;

    /**
     * @param request the request, for its {@code If-None-Match} precondition
     * @param headers the request headers, for {@code Accept}
     * @return 200 with the document, or 304 when the client's entity tag matches
     */
    public Response respond(Request request, HttpHeaders headers) {
        JwksDocument document = publisher.document();
        EntityTag tag = new EntityTag(document.entityTag());
        String cacheControl = "public, max-age=" + Math.max(0, maxAgeSeconds);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            LOG.fine("JWKS not modified for the client");
            return notModified.header(HttpHeaders.CACHE_CONTROL, cacheControl).tag(tag).build();
        }
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine("Serving JWKS with " + document.keySet().keys().size() + " keys");
        }
        return Response.ok(document.json(), mediaType(headers)).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .tag(tag).build();
    }

    /** {@code application/jwk-set+json} when the client prefers it, {@code application/json} otherwise. */
    private static MediaType mediaType(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (JWK_SET_TYPE.isCompatible(accepted) && !accepted.isWildcardType() && !accepted.isWildcardSubtype()) {
                return JWK_SET_TYPE;
            }
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(accepted)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
        }
        return MediaType.APPLICATION_JSON_TYPE;
    }
}
