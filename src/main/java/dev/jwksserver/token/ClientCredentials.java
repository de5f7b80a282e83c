package dev.jwksserver.token;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The credentials a client presented, by HTTP Basic ({@code client_secret_basic}) or in the form body
 * ({@code client_secret_post}), RFC 6749 section 2.3.1.
 *
 * @param clientId the presented {@code client_id}
 * @param secret the presented secret; never logged
 * @param method {@code client_secret_basic} or {@code client_secret_post}
 */
public record ClientCredentials(String clientId, String secret, String method) {

    /** Authentication by the HTTP Basic scheme. */
    public static final String BASIC = "client_secret_basic";

    /** Authentication by {@code client_id} and {@code client_secret} form parameters. */
    public static final String POST = "client_secret_post";

    /**
     * Finds the credentials of a token request.
     *
     * @param authorization the {@code Authorization} header, if any
     * @param form the request body
     * @return the credentials
     * @throws TokenError {@code invalid_request} if both methods are used, {@code invalid_client} if none is
     */
    public static ClientCredentials of(Optional<String> authorization, FormBody form) {
        Optional<String> postedSecret = form.get("client_secret");
        if (authorization.isPresent()) {
            if (postedSecret.isPresent()) {
                throw TokenError.invalidRequest("the client authenticated with both HTTP Basic and client_secret;"
                        + " use one method only");
            }
            ClientCredentials basic = basic(authorization.get());
            if (form.get("client_id").filter(id -> !id.equals(basic.clientId())).isPresent()) {
                throw TokenError.invalidRequest("the client_id parameter differs from the HTTP Basic user");
            }
            return basic;
        }
        if (postedSecret.isEmpty()) {
            throw TokenError.invalidClient("client authentication is required: HTTP Basic or client_id and"
                    + " client_secret parameters");
        }
        return new ClientCredentials(form.require("client_id"), postedSecret.get(), POST);
    }

    private static ClientCredentials basic(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw TokenError.invalidClient("the Authorization header must use the Basic scheme");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw TokenError.invalidClient("the Basic credentials are not valid base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw TokenError.invalidClient("the Basic credentials must be client_id:client_secret");
        }
        // RFC 6749 section 2.3.1: both parts are form-urlencoded before they are joined.
        return new ClientCredentials(formDecode(decoded.substring(0, colon)), formDecode(decoded.substring(colon + 1)),
                BASIC);
    }

    private static String formDecode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw TokenError.invalidClient("the Basic credentials are not form-urlencoded");
        }
    }

    /**
     * @return the client id made safe for a log line: printable characters only, at most 64 of them
     */
    public String clientIdForLog() {
        String printable = clientId.replaceAll("[^\\x21-\\x7e]", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "..." : printable;
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientIdForLog() + ", method=" + method.toLowerCase(Locale.ROOT) + "]";
    }
}
