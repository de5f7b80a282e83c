package dev.jwksserver.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keys from a PKCS12 keystore (RFC 7292): each private-key entry is one signing key, its certificate chain is
 * published as {@code x5c}.
 */
public final class KeystoreKeySource implements KeySource {

    private static final Logger LOG = Logger.getLogger(KeystoreKeySource.class.getName());

    private final KeystoreSettings settings;

    /**
     * @param settings where the keystore is and how to read it
     */
    public KeystoreKeySource(KeystoreSettings settings) {
        this.settings = settings;
    }

    @Override
    public KeySet load() {
        if (settings.generateIfMissing() && !Files.exists(settings.path())) {
            KeystoreWriter.writeNewKeys(settings.path(), settings.password(), settings.generation());
            LOG.info(() -> "Wrote " + settings.generation().describe() + " to PKCS12 keystore " + settings.path()
                    + " because it did not exist");
        }
        KeyStore store = open();
        List<String> aliases = settings.aliases().isEmpty() ? privateKeyAliases(store) : settings.aliases();
        List<SigningKey> keys = new ArrayList<>(aliases.size());
        for (String alias : aliases) {
            keys.add(readEntry(store, alias));
        }
        try {
            settings.algorithmPolicy().checkLabelsExist(aliases, "the keystore");
        } catch (KeyLoadException e) {
            throw failure(e.getMessage(), e);
        }
        return new KeySet(keys, "PKCS12 keystore " + settings.path());
    }

    private KeyStore open() {
        try (InputStream in = Files.newInputStream(settings.path())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, settings.password());
            return store;
        } catch (NoSuchFileException e) {
            throw failure("the file does not exist", e);
        } catch (AccessDeniedException e) {
            throw failure("the file cannot be read by this process", e);
        } catch (IOException e) {
            throw failure(e.getCause() instanceof UnrecoverableKeyException
                    ? "the password is wrong"
                    : "it is not a readable PKCS12 keystore, or the password is wrong", e);
        } catch (GeneralSecurityException e) {
            throw failure("it cannot be decoded (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private List<String> privateKeyAliases(KeyStore store) {
        try {
            List<String> aliases = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    aliases.add(alias);
                }
            }
            Collections.sort(aliases);
            if (aliases.isEmpty()) {
                throw failure("it holds no private-key entry", null);
            }
            return aliases;
        } catch (GeneralSecurityException e) {
            throw failure("its entries cannot be listed", e);
        }
    }

    private SigningKey readEntry(KeyStore store, String alias) {
        PrivateKey privateKey = readPrivateKey(store, alias);
        List<X509Certificate> chain = readChain(store, alias);
        try {
            return SigningKey.of(chain.get(0).getPublicKey(), privateKey, chain, "alias '" + alias + "'", alias,
                    settings.kidStrategy(), settings.algorithmPolicy());
        } catch (KeyLoadException e) {
            throw failure("the entry '" + alias + "' is refused: " + e.getMessage(), e);
        }
    }

    private PrivateKey readPrivateKey(KeyStore store, String alias) {
        try {
            if (!store.isKeyEntry(alias)) {
                throw failure("it has no private-key entry with alias '" + alias + "' (jwks.keystore.aliases)", null);
            }
            return (PrivateKey) store.getKey(alias, settings.password());
        } catch (UnrecoverableKeyException e) {
            throw failure("the key password of entry '" + alias + "' is wrong", e);
        } catch (GeneralSecurityException e) {
            throw failure("the entry '" + alias + "' cannot be read", e);
        }
    }

    private List<X509Certificate> readChain(KeyStore store, String alias) {
        try {
            List<X509Certificate> chain = x509Chain(store.getCertificateChain(alias));
            if (chain.isEmpty()) {
                throw failure("the entry '" + alias + "' has no certificate, so its public key is unknown", null);
            }
            return chain;
        } catch (GeneralSecurityException e) {
            throw failure("the certificate chain of entry '" + alias + "' cannot be read", e);
        }
    }

    private static List<X509Certificate> x509Chain(Certificate[] chain) {
        if (chain == null) {
            return List.of();
        }
        List<X509Certificate> certificates = new ArrayList<>(chain.length);
        for (Certificate certificate : chain) {
            certificates.add((X509Certificate) certificate);
        }
        return certificates;
    }

    private KeyLoadException failure(String cause, Exception low) {
        return new KeyLoadException("Cannot load signing keys from PKCS12 keystore " + settings.path() + ": "
                + cause, low);
    }
}
