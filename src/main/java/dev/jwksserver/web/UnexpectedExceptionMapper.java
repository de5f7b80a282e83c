package dev.jwksserver.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line of defence: an exception nobody expected becomes a 500 problem document with a reference the
 * operator finds in the log. The client never sees a stack trace or an exception message.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "Unexpected failure, reference " + reference, exception);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "The server failed unexpectedly; the operator can find reference " + reference + " in its log.")
                .build();
    }
}
