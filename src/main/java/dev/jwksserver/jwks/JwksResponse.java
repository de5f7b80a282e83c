package dev.jwksserver.jwks;

import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/**
 * The HTTP rules of the JWK Set response: its media type for an {@code Accept} header and the matching of
 * {@code If-None-Match} against its entity tag.
 */
public final class JwksResponse {

    /** The media type of a JWK Set, RFC 7517 section 8.5.1. */
    public static final String JWK_SET_JSON = "application/jwk-set+json";

    /** The methods the JWK Set resource answers. */
    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

    private static final String JSON = "application/json";

    private JwksResponse() {
    }

    /**
     * Chooses the media type of the response: {@code application/jwk-set+json} when the client names it,
     * {@code application/json} when it accepts that (also through a wildcard) or sends no {@code Accept} at all.
     *
     * @param accept the {@code Accept} header, or {@code null}
     * @return the media type, or empty when the client accepts neither
     */
    public static Optional<String> mediaType(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        boolean json = false;
        for (String range : accept.split(",")) {
            // The limit keeps leading empty parts, so that a range such as ";;" is an empty type, not no type.
            String[] parts = range.split(";", -1);
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            if (refused(parts)) {
                continue;
            }
            if (JWK_SET_JSON.equals(type)) {
                return Optional.of(JWK_SET_JSON);
            }
            json |= JSON.equals(type) || "application/*".equals(type) || "*/*".equals(type);
        }
        return json ? Optional.of(JSON) : Optional.empty();
    }

    /** A media range with {@code q=0} is one the client does not accept (RFC 9110 section 12.4.2). */
    private static boolean refused(String[] rangeParts) {
        for (int i = 1; i < rangeParts.length; i++) {
            String parameter = rangeParts[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Whether an {@code If-None-Match} header matches the current entity tag. RFC 9110 section 13.1.2 asks for the
     * weak comparison here, so {@code W/"tag"} matches too, and {@code *} matches any representation.
     *
     * @param headers every {@code If-None-Match} header of the request
     * @param tag the current tag, quoted
     * @return whether the client already holds the current representation
     */
    public static boolean matchesAny(Enumeration<String> headers, String tag) {
        while (headers != null && headers.hasMoreElements()) {
            for (String candidate : headers.nextElement().split(",")) {
                String value = candidate.trim();
                if (value.startsWith("W/")) {
                    value = value.substring(2);
                }
                if ("*".equals(value) || tag.equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
