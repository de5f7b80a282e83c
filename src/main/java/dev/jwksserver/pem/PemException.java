package dev.jwksserver.pem;

import dev.jwksserver.keys.KeyLoadException;

/**
 * PEM input was refused: it is not PEM, holds an object or a key that is not accepted, is truncated or damaged,
 * needs a password that is missing or wrong, or pairs a certificate with another key.
 *
 * <p>It is the only exception {@link PemKeys} lets escape, whatever the input. It is a {@link KeyLoadException}
 * so that a PEM key source fails like any other key source. The message says what was found and what is
 * accepted; it never contains PEM text, key material or a password.
 */
public class PemException extends KeyLoadException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was refused and why
     */
    public PemException(String message) {
        super(message);
    }

    /**
     * @param message what was refused and why
     * @param cause the low-level exception, kept for debugging; its message is not repeated
     */
    public PemException(String message, Throwable cause) {
        super(message, cause);
    }
}
