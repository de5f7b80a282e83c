package dev.jwksserver.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns the HTTP errors that JAX-RS raises itself (no such path, method not allowed, unacceptable media type)
 * into problem documents, keeping the headers they carry, such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder problem = Problem.response(status, detail(status));
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }

    private static String detail(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 404 -> "There is no resource at this path.";
            case 405 -> Problem.METHOD_NOT_ALLOWED_DETAIL;
            case 406 -> "This resource cannot produce any of the media types in the Accept header.";
            case 415 -> "This resource does not accept the Content-Type of the request.";
            default -> status.getReasonPhrase();
        };
    }
}
