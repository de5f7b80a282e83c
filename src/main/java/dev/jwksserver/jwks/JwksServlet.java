package dev.jwksserver.jwks;

import dev.jwksserver.web.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /api/jwks} and {@code GET /.well-known/jwks.json}: the public keys that verify the tokens this server
 * issues (RFC 7517).
 *
 * <p>Every verifier of a fleet polls this path, so it is a plain servlet that writes prepared bytes: no JAX-RS
 * dispatch and no serialisation per request. Exact servlet mappings take precedence
 * over the JAX-RS application mapped to {@code /*} (Jakarta Servlet 6.0 section 12.1).
 */
@WebServlet(name = "jwks", urlPatterns = {"/api/jwks", "/.well-known/jwks.json"})
public class JwksServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(JwksServlet.class.getName());

    @Inject
    transient JwksPublisher publisher;

    @Inject
    @ConfigProperty(name = "jwks.cache.max-age", defaultValue = "300")
    int maxAgeSeconds;

    private String cacheControl;

    @Override
    public void init() {
        cacheControl = "public, max-age=" + Math.max(0, maxAgeSeconds);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            respond(request, response);
        } else if ("OPTIONS".equals(method)) {
            response.setHeader("Allow", JwksResponse.ALLOWED_METHODS);
        } else {
            response.setHeader("Allow", JwksResponse.ALLOWED_METHODS);
            Problem.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method Not Allowed",
                    Problem.METHOD_NOT_ALLOWED_DETAIL);
        }
    }

    private void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JwksDocument document = publisher.document();
        String tag = document.quotedEntityTag();
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("ETag", tag);
        // RFC 9110 section 13.1.2: If-None-Match matching the current representation answers 304 without a body.
        if (JwksResponse.matchesAny(request.getHeaders("If-None-Match"), tag)) {
            LOG.fine("JWKS not modified for the client");
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<String> mediaType = JwksResponse.mediaType(request.getHeader("Accept"));
        if (mediaType.isEmpty()) {
            Problem.send(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not Acceptable",
                    "The JWK Set is available as application/json and " + JwksResponse.JWK_SET_JSON + " only.");
            return;
        }
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine("Serving JWKS with " + document.keySet().keys().size() + " keys");
        }
        byte[] json = document.json();
        response.setContentType(mediaType.get());
        response.setContentLength(json.length);
        // RFC 9110 section 9.3.2: HEAD gets the headers of GET, without the content. Not every container drops it.
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(json);
        }
    }
}
