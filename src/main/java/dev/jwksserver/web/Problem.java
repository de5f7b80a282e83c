package dev.jwksserver.web;

import dev.jwksserver.json.JsonWriter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error response as RFC 9457 "Problem Details for HTTP APIs" JSON, for every endpoint but the token endpoint
 * (which answers in the RFC 6749 section 5.2 format its clients expect).
 */
public final class Problem {

    /** The media type of a problem document, RFC 9457 section 3. */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** The detail of every 405: the {@code Allow} header of the response names the methods that work. */
    public static final String METHOD_NOT_ALLOWED_DETAIL =
            "This resource does not accept this HTTP method; the Allow header lists those it does.";

    private Problem() {
    }

    /**
     * @param status the HTTP status
     * @param detail what was wrong with the request, in words the client can act on; never a secret
     * @return a response builder with the problem document as its entity, for further headers
     */
    public static Response.ResponseBuilder response(Response.StatusType status, String detail) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(json(status.getStatusCode(), status.getReasonPhrase(), detail));
    }

    /**
     * Writes a problem document as the whole response, for the servlets that answer outside JAX-RS.
     *
     * @param response the response, not yet committed
     * @param status the HTTP status
     * @param title the status's reason phrase
     * @param detail what was wrong with the request; never a secret
     * @throws IOException if the client went away
     */
    public static void send(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        byte[] body = json(status, title, detail);
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static byte[] json(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return JsonWriter.toBytes(body);
    }
}
