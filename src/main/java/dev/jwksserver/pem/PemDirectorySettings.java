package dev.jwksserver.pem;

import dev.jwksserver.keys.AlgorithmPolicy;

import java.nio.file.Path;

/**
 * How to read the PEM directory key source.
 *
 * @param directory the directory ({@code jwks.pem.dir})
 * @param password the password of encrypted private keys ({@code jwks.pem.password-file}), or {@code null};
 *                 never logged
 * @param algorithmPolicy which algorithm each key signs with; a key's label is its file name
 */
public record PemDirectorySettings(Path directory, char[] password, AlgorithmPolicy algorithmPolicy) {

    @Override
    public String toString() {
        return "PemDirectorySettings[directory=" + directory + ", password=" + (password == null ? "none" : "set")
                + ", algorithms=" + algorithmPolicy + "]";
    }
}
