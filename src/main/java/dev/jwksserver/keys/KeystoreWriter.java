package dev.jwksserver.keys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;

/**
 * Creates a PKCS12 keystore of new key pairs, for {@code jwks.keystore.generate-if-missing}.
 */
final class KeystoreWriter {

    private KeystoreWriter() {
    }

    /**
     * Writes new key pairs with self-signed certificates under the aliases {@code key-1}, {@code key-2}... The
     * file appears complete or not at all, readable by its owner only where the file system has POSIX
     * permissions.
     */
    static void writeNewKeys(Path path, char[] password, GenerationSettings settings) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            for (int i = 1; i <= settings.count(); i++) {
                KeyPair pair = GeneratedKeys.newKeyPair(settings.algorithm());
                String alias = "key-" + i;
                Certificate certificate = GeneratedKeys.selfSigned(pair, "jwks-server " + alias);
                store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {certificate});
            }
            writeAtomically(store, path, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyLoadException("Cannot create PKCS12 keystore " + path + ": " + e.getMessage(), e);
        }
    }

    private static void writeAtomically(KeyStore store, Path path, char[] password)
            throws IOException, GeneralSecurityException {
        Path directory = path.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".jwks-keystore", ".tmp");
        try {
            restrictToOwner(temporary);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
