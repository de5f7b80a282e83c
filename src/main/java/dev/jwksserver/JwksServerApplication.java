package dev.jwksserver;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JAX-RS application. Resources carry their full paths ({@code api/jwks}, {@code .well-known/...}), so the
 * WAR is deployed at context root {@code /} on every server.
 */
@ApplicationPath("/")
public class JwksServerApplication extends Application {
}
