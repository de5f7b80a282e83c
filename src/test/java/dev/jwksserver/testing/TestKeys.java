package dev.jwksserver.testing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Key pairs, certificates and PKCS12 keystores made by tests.
 */
public final class TestKeys {

    private static final BouncyCastleProvider BOUNCY_CASTLE = new BouncyCastleProvider();

    private TestKeys() {
    }

    /** @return a new RSA key pair of the given size */
    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a new EC key pair on the named curve, such as {@code secp256r1} */
    public static KeyPair ec(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a new Ed25519 key pair */
    public static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a self-signed certificate for the key pair */
    public static X509Certificate selfSigned(KeyPair pair, String commonName) {
        try {
            X500Name name = new X500Name("CN=" + commonName);
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(1, ChronoUnit.HOURS)), Date.from(now.plus(30, ChronoUnit.DAYS)), name,
                    pair.getPublic());
            String algorithm = switch (pair.getPublic().getAlgorithm()) {
                case "RSA" -> "SHA256withRSA";
                case "EC" -> "SHA256withECDSA";
                default -> "Ed25519";
            };
            var signer = new JcaContentSignerBuilder(algorithm).setProvider(BOUNCY_CASTLE).build(pair.getPrivate());
            return new JcaX509CertificateConverter().setProvider(BOUNCY_CASTLE).getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A keystore under construction: entries keep the order they were added in.
     */
    public static final class Keystore {

        private final Map<String, KeyPair> pairs = new LinkedHashMap<>();
        private final Map<String, X509Certificate> certificates = new LinkedHashMap<>();

        /** Adds a private-key entry with a self-signed certificate. */
        public Keystore key(String alias, KeyPair pair) {
            pairs.put(alias, pair);
            certificates.put(alias, selfSigned(pair, alias));
            return this;
        }

        /** @return the certificate of an entry */
        public X509Certificate certificate(String alias) {
            return certificates.get(alias);
        }

        /** @return the key pair of an entry */
        public KeyPair pair(String alias) {
            return pairs.get(alias);
        }

        /** Writes the keystore as PKCS12 and returns its path. */
        public Path writeTo(Path file, String password) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, password.toCharArray());
                for (var entry : pairs.entrySet()) {
                    store.setKeyEntry(entry.getKey(), entry.getValue().getPrivate(), password.toCharArray(),
                            new Certificate[] {certificates.get(entry.getKey())});
                }
                Files.createDirectories(file.toAbsolutePath().getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    store.store(out, password.toCharArray());
                }
                return file;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
