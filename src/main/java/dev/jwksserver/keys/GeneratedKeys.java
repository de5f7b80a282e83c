package dev.jwksserver.keys;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Makes new RSA key pairs and self-signed certificates for them.
 */
final class GeneratedKeys {

    /** The RSA modulus size of generated keys. */
    static final int RSA_BITS = 2048;

    private static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(3650);

    /*
     * A provider instance, not the name "BC": WildFly registers an older Bouncy Castle globally under that name,
     * and the classes of this WAR's copy must not be mixed with it.
     */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedKeys() {
    }

    static KeyPair newRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new KeyLoadException("this JVM cannot generate RSA-" + RSA_BITS + " key pairs", e);
        }
    }

    static X509Certificate selfSigned(KeyPair keyPair, String commonName) {
        Instant now = Instant.now();
        X500Name subject = new X500Name("CN=" + commonName);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, RANDOM),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(CERTIFICATE_VALIDITY)), subject,
                keyPair.getPublic());
        try {
            var signer = new JcaContentSignerBuilder("SHA256withRSA").setProvider(BOUNCY_CASTLE)
                    .build(keyPair.getPrivate());
            return new JcaX509CertificateConverter().setProvider(BOUNCY_CASTLE)
                    .getCertificate(builder.build(signer));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new KeyLoadException("cannot make a self-signed certificate for " + commonName, e);
        }
    }
}
