package dev.jwksserver.pem;

import dev.jwksserver.keys.KeyType;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * What one PEM text holds, checked: at most one key pair (or public key) of an accepted type, and a certificate
 * chain, leaf first, whose leaf certifies that key.
 *
 * @param privateKey the private key, or {@code null} when the text holds none
 * @param publicKey the public key (given, or derived from the private key), or {@code null} when the text holds
 *                  only certificates
 * @param type the type of the key, or {@code null} when the text holds only certificates
 * @param certificates the certificates in the order of the text, leaf first; may be empty
 */
public record PemContent(PrivateKey privateKey, PublicKey publicKey, KeyType type,
        List<X509Certificate> certificates) {

    /**
     * Copies the certificate list.
     */
    public PemContent {
        certificates = List.copyOf(certificates);
    }

    /** @return the private key, if the text holds one */
    public Optional<PrivateKey> optionalPrivateKey() {
        return Optional.ofNullable(privateKey);
    }

    /** @return whether the text holds a key (private or public) */
    public boolean hasKey() {
        return publicKey != null;
    }

    /** @return whether the text holds certificates and no key, like a Kubernetes {@code tls.crt} */
    public boolean certificatesOnly() {
        return publicKey == null && !certificates.isEmpty();
    }

    @Override
    public String toString() {
        return "PemContent[type=" + type + ", private=" + (privateKey != null) + ", certificates="
                + certificates.size() + "]";
    }
}
