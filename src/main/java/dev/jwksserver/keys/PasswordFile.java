package dev.jwksserver.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a password kept in a file readable only by the server's user, so that it never appears in the
 * configuration, the process list or the logs.
 */
public final class PasswordFile {

    private PasswordFile() {
    }

    /**
     * Reads the password; a final line break (as {@code echo} writes it) is not part of it.
     *
     * @param file the password file
     * @param purpose what the password opens, for the error message (e.g. {@code PKCS12 keystore /etc/keys.p12})
     * @return the password
     * @throws KeyLoadException if the file cannot be read; the message names the file, never its content
     */
    public static char[] read(Path file, String purpose) {
        try {
            return Files.readString(file).replaceFirst("\\R\\z", "").toCharArray();
        } catch (IOException e) {
            throw new KeyLoadException("Cannot load signing keys from " + purpose + ": the password file " + file
                    + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
