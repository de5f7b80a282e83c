package dev.jwksserver.web;

import dev.jwksserver.json.JsonWriter;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error response as RFC 9457 "Problem Details for HTTP APIs" JSON, for every endpoint but the token endpoint
 * (which answers in the RFC 6749 section 5.2 format its clients expect).
 */
public final class Problem {

    /** The media type of a problem document, RFC 9457 section 3. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private Problem() {
    }

    /**
     * @param status the HTTP status
     * @param detail what was wrong with the request, in words the client can act on; never a secret
     * @return a response builder with the problem document as its entity, for further headers
     */
    public static Response.ResponseBuilder response(Response.StatusType status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.getStatusCode());
        body.put("detail", detail);
        return Response.status(status).type(PROBLEM_JSON).entity(JsonWriter.toBytes(body));
    }
}
