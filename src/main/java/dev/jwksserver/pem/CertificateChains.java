package dev.jwksserver.pem;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * Checks a certificate chain before it is published as {@code x5c}.
 */
final class CertificateChains {

    private CertificateChains() {
    }

    /**
     * RFC 7517 section 4.7: the first certificate holds the key, and each following one certifies the one before.
     * Only the names are compared here; the chain is published, not trusted.
     */
    static void checkOrder(List<X509Certificate> chain) {
        for (int i = 0; i + 1 < chain.size(); i++) {
            X509Certificate certificate = chain.get(i);
            X509Certificate issuer = chain.get(i + 1);
            if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                throw new PemException("the certificates are not a chain in order, leaf first: certificate "
                        + (i + 1) + " (" + subject(certificate) + ") was issued by " + certificate
                        .getIssuerX500Principal().getName() + ", but certificate " + (i + 2) + " is "
                        + subject(issuer));
            }
        }
    }

    static void checkLeafCertifies(X509Certificate leaf, PublicKey publicKey) {
        if (!Arrays.equals(leaf.getPublicKey().getEncoded(), publicKey.getEncoded())) {
            throw new PemException("the certificate " + subject(leaf) + " does not match the private key: it "
                    + "certifies another public key; the first certificate must be the one issued for this key");
        }
    }

    private static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }
}
