package dev.jwksserver.clients;

import dev.jwksserver.JwksServerException;

/**
 * The client file cannot be read or describes a client that cannot be accepted. The message names the file,
 * the client and the member at fault; it never contains a secret.
 */
public class ClientFileException extends JwksServerException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was refused and why
     */
    public ClientFileException(String message) {
        super(message);
    }

    /**
     * @param message what was refused and why
     * @param cause the low-level exception
     */
    public ClientFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
