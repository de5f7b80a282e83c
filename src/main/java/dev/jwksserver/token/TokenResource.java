package dev.jwksserver.token;

import dev.jwksserver.clients.Client;
import dev.jwksserver.clients.ClientFile;
import dev.jwksserver.clients.ClientRegistry;
import dev.jwksserver.json.JsonWriter;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code POST /api/token}: the token endpoint of RFC 6749 section 3.2, for the client credentials grant.
 */
@Path(TokenResource.PATH)
public class TokenResource {

    /** The path of the token endpoint, relative to the context root. */
    public static final String PATH = "api/token";

    private static final Logger LOG = Logger.getLogger(TokenResource.class.getName());

    @Inject
    ClientRegistry clients;

    @Inject
    TokenIssuer issuer;

    @Inject
    IssuerIdentifier issuerIdentifier;

    @Inject
    @ConfigProperty(name = "jwks.token.max-request-bytes", defaultValue = "8192")
    int maxRequestBytes;

    @Context
    HttpServletRequest servletRequest;

    /**
     * Issues an access token to an authenticated client.
     *
     * @param headers the request headers, for {@code Content-Type} and {@code Authorization}
     * @param uriInfo the request's URIs, for the default issuer
     * @param body the form body
     * @return the RFC 6749 section 5.1 response
     */
    @POST
    public Response token(@Context HttpHeaders headers, @Context UriInfo uriInfo, InputStream body) {
        requireForm(headers.getMediaType());
        FormBody form = FormBody.read(body, maxRequestBytes);
        ClientCredentials credentials = ClientCredentials.of(
                Optional.ofNullable(headers.getHeaderString(HttpHeaders.AUTHORIZATION)), form);
        Client client = authenticate(credentials);
        String grantType = form.require("grant_type");
        if (!ClientFile.CLIENT_CREDENTIALS.equals(grantType)) {
            throw TokenError.unsupportedGrantType("this server issues tokens for the client_credentials grant only");
        }
        if (!client.mayUse(grantType)) {
            throw TokenError.unauthorizedClient("this client may not use the client_credentials grant");
        }
        List<String> scopes = ClientCredentialsGrant.scopes(client, form.get("scope"));
        Optional<String> audience = ClientCredentialsGrant.audience(client, form.get("audience"));
        IssuedToken token = issuer.issue(client, issuerIdentifier.of(uriInfo), scopes, audience);
        LOG.info(() -> "Issued token to client '" + client.id() + "': kid=" + token.kid() + " jti=" + token.jti()
                + " scope='" + token.scope() + "' lifetime=" + token.lifetime().toSeconds() + "s");
        return success(token);
    }

    /**
     * The token endpoint accepts POST only (RFC 6749 section 3.2).
     *
     * @return 405 with an {@code Allow: POST} header
     */
    @GET
    public Response get() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "invalid_request");
        body.put("error_description", "the token endpoint accepts POST only");
        return Response.status(Response.Status.METHOD_NOT_ALLOWED).allow("POST").type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JsonWriter.toBytes(body)).build();
    }

    private static void requireForm(MediaType type) {
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || type.isWildcardType() || type.isWildcardSubtype()) {
            throw TokenError.invalidRequest("the request must have Content-Type "
                    + MediaType.APPLICATION_FORM_URLENCODED);
        }
    }

    private Client authenticate(ClientCredentials credentials) {
        return clients.authenticate(credentials.clientId(), credentials.secret()).orElseThrow(() -> {
            LOG.warning(() -> "Client authentication failed for client_id '" + credentials.clientIdForLog()
                    + "' from " + servletRequest.getRemoteAddr() + " (" + credentials.method() + ")");
            return TokenError.invalidClient("client authentication failed");
        });
    }

    private static Response success(IssuedToken token) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.compact());
        body.put("token_type", "Bearer");
        body.put("expires_in", token.lifetime().toSeconds());
        if (!token.scope().isEmpty()) {
            body.put("scope", token.scope());
        }
        // RFC 6749 section 5.1: a response carrying a token must not be stored by any cache.
        return Response.ok(JsonWriter.toBytes(body), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build();
    }
}
