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
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Makes new key pairs for a JWS algorithm, and self-signed certificates for them.
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

    /** @return the type of key that signs with the algorithm */
    static KeyType typeOf(JwsAlgorithm algorithm) {
        return switch (algorithm) {
            case RS256, RS384, RS512, PS256, PS384, PS512 -> KeyType.RSA;
            case ES256 -> KeyType.EC_P256;
            case ES384 -> KeyType.EC_P384;
            case ES512 -> KeyType.EC_P521;
            case EdDSA -> KeyType.ED25519;
        };
    }

    /** @return a new key pair of the type that signs with the algorithm */
    static KeyPair newKeyPair(JwsAlgorithm algorithm) {
        KeyType type = typeOf(algorithm);
        try {
            return switch (type) {
                case RSA -> generate("RSA", generator -> generator.initialize(RSA_BITS, RANDOM));
                case EC_P256 -> ec("secp256r1");
                case EC_P384 -> ec("secp384r1");
                case EC_P521 -> ec("secp521r1");
                case ED25519 -> generate("Ed25519", generator -> { });
            };
        } catch (GeneralSecurityException e) {
            throw new KeyLoadException("this JVM cannot generate " + type + " key pairs", e);
        }
    }

    static X509Certificate selfSigned(KeyPair keyPair, String commonName) {
        Instant now = Instant.now();
        X500Name subject = new X500Name("CN=" + commonName);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, RANDOM),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(CERTIFICATE_VALIDITY)), subject,
                keyPair.getPublic());
        try {
            var signer = new JcaContentSignerBuilder(certificateSignature(KeyType.of(keyPair.getPublic())))
                    .setProvider(BOUNCY_CASTLE).build(keyPair.getPrivate());
            return new JcaX509CertificateConverter().setProvider(BOUNCY_CASTLE)
                    .getCertificate(builder.build(signer));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new KeyLoadException("cannot make a self-signed certificate for " + commonName, e);
        }
    }

    private static String certificateSignature(KeyType type) {
        return switch (type) {
            case RSA -> "SHA256withRSA";
            case EC_P256 -> "SHA256withECDSA";
            case EC_P384 -> "SHA384withECDSA";
            case EC_P521 -> "SHA512withECDSA";
            case ED25519 -> "Ed25519";
        };
    }

    private static KeyPair ec(String curve) throws GeneralSecurityException {
        return generate("EC", generator -> generator.initialize(new ECGenParameterSpec(curve), RANDOM));
    }

    private static KeyPair generate(String algorithm, GeneratorSetup setup) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        setup.initialize(generator);
        return generator.generateKeyPair();
    }

    @FunctionalInterface
    private interface GeneratorSetup {
        void initialize(KeyPairGenerator generator) throws GeneralSecurityException;
    }
}
