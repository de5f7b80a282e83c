package dev.jwksserver.web;

import dev.jwksserver.token.TokenError;
import dev.jwksserver.token.TokenErrorMapper;
import dev.jwksserver.token.TokenResource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Refuses a request whose {@code Content-Type} or {@code Accept} header is not valid media type syntax
 * (RFC 9110 sections 8.3 and 12.5.1) with a 400 that names the header.
 *
 * <p>The JAX-RS runtimes parse both headers before any resource, filter or exception mapper of the application
 * runs, and answer a header they cannot parse with their own HTML error page. Checking the headers here, with the
 * same runtime's parser, keeps those answers in the formats of this server: RFC 6749 section 5.2 JSON at the token
 * endpoint, an RFC 9457 problem document everywhere else.
 */
@WebFilter(filterName = "media-type-headers", urlPatterns = "/*")
public class MediaTypeHeaderFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(MediaTypeHeaderFilter.class.getName());

    /** The path of the token endpoint, whose errors are RFC 6749 JSON. */
    private static final String TOKEN_PATH = "/" + TokenResource.PATH;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> malformed = malformedHeader(request.getHeader("Content-Type"), request.getHeader("Accept"));
        if (malformed.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String detail = "the " + malformed.get() + " header is not a valid media type (RFC 9110)";
        LOG.fine(() -> "Refused a request to " + request.getRequestURI() + ": " + detail);
        if (TOKEN_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            TokenErrorMapper.send(response, TokenError.invalidRequest(detail));
        } else {
            Problem.send(response, HttpServletResponse.SC_BAD_REQUEST, "Bad Request",
                    Character.toUpperCase(detail.charAt(0)) + detail.substring(1) + ".");
        }
    }

    /**
     * Names the first header that does not parse as media type syntax.
     *
     * @param contentType the {@code Content-Type} header, or {@code null}
     * @param accept the {@code Accept} header, or {@code null}
     * @return {@code Content-Type} or {@code Accept}, or empty when both are absent or valid
     */
    static Optional<String> malformedHeader(String contentType, String accept) {
        if (contentType != null && !parses(contentType)) {
            return Optional.of("Content-Type");
        }
        if (accept != null) {
            // An Accept header is a list; RFC 9110 section 5.6.1 lets a recipient ignore its empty elements.
            for (String range : accept.split(",")) {
                if (!range.isBlank() && !parses(range)) {
                    return Optional.of("Accept");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean parses(String mediaType) {
        try {
            MediaType.valueOf(mediaType.trim());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
