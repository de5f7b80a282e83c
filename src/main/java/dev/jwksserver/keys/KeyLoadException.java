package dev.jwksserver.keys;

import dev.jwksserver.JwksServerException;

/**
 * Signing keys could not be loaded or were refused: a missing or unreadable keystore, a wrong password, an
 * unsupported key type or size. The message names the source (a path, an alias) and the cause, never a secret.
 */
public class KeyLoadException extends JwksServerException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was refused and why
     */
    public KeyLoadException(String message) {
        super(message);
    }

    /**
     * @param message what was refused and why
     * @param cause the low-level exception
     */
    public KeyLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
