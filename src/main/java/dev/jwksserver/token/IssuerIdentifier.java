package dev.jwksserver.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The issuer identifier: the {@code iss} of every token and the {@code issuer} of the discovery documents
 * (RFC 8414 section 2). It is {@code jwks.issuer} when set, otherwise the base URL the request came to.
 */
@ApplicationScoped
public class IssuerIdentifier {

    @Inject
    @ConfigProperty(name = "jwks.issuer")
    Optional<String> configured;

    /**
     * @param uriInfo the request's URIs
     * @return the issuer, without a trailing slash
     */
    public String of(UriInfo uriInfo) {
        String issuer = configured.filter(value -> !value.isBlank()).orElseGet(() -> uriInfo.getBaseUri().toString());
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }
}
