package dev.jwksserver;

/**
 * Root of the unchecked exceptions that jwks-server throws on purpose.
 *
 * <p>Every message says what was wrong and, where the operator can act, what is accepted instead. A message
 * never contains key material, a password, a client secret or a token.
 */
public class JwksServerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message meant for the operator or the client.
     *
     * @param message what was wrong; never secret
     */
    public JwksServerException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the low-level cause.
     *
     * @param message what was wrong; never secret
     * @param cause the exception that revealed it
     */
    public JwksServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
