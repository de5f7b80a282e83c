package dev.jwksserver.pem;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemHeader;
import org.bouncycastle.util.io.pem.PemObject;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.Provider;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/**
 * Decodes the content of one PEM object into its ASN.1 structure, naming the structure when it is damaged.
 */
final class PemObjectDecoder {

    /** PBKDF2 iteration counts above this are refused, so that a damaged count cannot stall the start-up. */
    static final int MAX_PBKDF2_ITERATIONS = 10_000_000;

    private static final AlgorithmIdentifier RSA = new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption,
            DERNull.INSTANCE);

    /*
     * A provider instance, not the name "BC": WildFly registers an older Bouncy Castle globally under that name,
     * and the classes of this WAR's copy must not be mixed with it.
     */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final char[] password;

    PemObjectDecoder(char[] password) {
        this.password = password;
    }

    PrivateKeyInfo privateKey(PemObject object) {
        byte[] content = object.getContent();
        return switch (object.getType()) {
            case "PRIVATE KEY" -> decode(object, "PKCS#8 PrivateKeyInfo (RFC 5208)",
                    () -> PrivateKeyInfo.getInstance(content));
            case "RSA PRIVATE KEY" -> {
                refuseLegacyEncryption(object);
                yield decode(object, "PKCS#1 RSAPrivateKey (RFC 8017 appendix A.1.2)",
                        () -> new PrivateKeyInfo(RSA, RSAPrivateKey.getInstance(content)));
            }
            case "EC PRIVATE KEY" -> {
                refuseLegacyEncryption(object);
                yield decode(object, "SEC1 ECPrivateKey (RFC 5915)", () -> ecPrivateKey(content));
            }
            default -> decrypt(object);
        };
    }

    SubjectPublicKeyInfo publicKey(PemObject object) {
        byte[] content = object.getContent();
        if ("RSA PUBLIC KEY".equals(object.getType())) {
            return decode(object, "PKCS#1 RSAPublicKey (RFC 8017 appendix A.1.1)",
                    () -> new SubjectPublicKeyInfo(RSA, RSAPublicKey.getInstance(content)));
        }
        return decode(object, "SubjectPublicKeyInfo (RFC 5280 section 4.1.2.7)",
                () -> SubjectPublicKeyInfo.getInstance(content));
    }

    X509Certificate certificate(PemObject object) {
        return decode(object, "X.509 certificate (RFC 5280)", () -> (X509Certificate) CertificateFactory
                .getInstance("X.509").generateCertificate(new ByteArrayInputStream(object.getContent())));
    }

    /** @return the PEM type for a message, with a hint for the types people most often try */
    static String describe(String type) {
        String shown = type.length() > 40 ? type.substring(0, 40) + "..." : type;
        return switch (type) {
            case "DSA PRIVATE KEY" -> "a DSA PRIVATE KEY (DSA keys are not accepted)";
            case "OPENSSH PRIVATE KEY" -> "an OPENSSH PRIVATE KEY (convert it with ssh-keygen -p -m PKCS8)";
            case "CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST" -> "a " + shown + " (a request, not a certificate)";
            default -> "a " + shown;
        };
    }

    private static PrivateKeyInfo ecPrivateKey(byte[] content) throws IOException {
        ECPrivateKey key = ECPrivateKey.getInstance(content);
        ASN1Encodable curve = key.getParametersObject();
        if (curve == null) {
            throw new PemException("the EC PRIVATE KEY does not name its curve; write it with openssl ec or "
                    + "openssl pkcs8 -topk8 -nocrypt, which include the curve");
        }
        return new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, curve), key);
    }

    private static void refuseLegacyEncryption(PemObject object) {
        for (Object header : object.getHeaders()) {
            PemHeader pemHeader = (PemHeader) header;
            if ("Proc-Type".equalsIgnoreCase(pemHeader.getName()) && pemHeader.getValue().contains("ENCRYPTED")) {
                throw new PemException("the " + object.getType() + " is encrypted the legacy OpenSSL way "
                        + "(Proc-Type: 4,ENCRYPTED), which is not accepted; convert it to an ENCRYPTED PRIVATE KEY "
                        + "with openssl pkcs8 -topk8 -v2 aes-256-cbc");
            }
        }
    }

    private PrivateKeyInfo decrypt(PemObject object) {
        if (password == null) {
            throw new PemException("it holds an ENCRYPTED PRIVATE KEY, but no password was given");
        }
        EncryptedPrivateKeyInfo info = decode(object, "PKCS#8 EncryptedPrivateKeyInfo (RFC 5208 section 6)",
                () -> EncryptedPrivateKeyInfo.getInstance(object.getContent()));
        decode(object, "PBES2 encryption (RFC 8018 section 6.2)", () -> checkScheme(info.getEncryptionAlgorithm()));
        try {
            var decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BOUNCY_CASTLE).build(password);
            return new PKCS8EncryptedPrivateKeyInfo(info).decryptPrivateKeyInfo(decryptor);
        } catch (Exception e) {
            throw new PemException("the ENCRYPTED PRIVATE KEY cannot be decrypted: the password is wrong, "
                    + "or the file is damaged", e);
        }
    }

    private static Void checkScheme(AlgorithmIdentifier scheme) {
        if (!PKCSObjectIdentifiers.id_PBES2.equals(scheme.getAlgorithm())) {
            throw new PemException("the ENCRYPTED PRIVATE KEY uses the scheme " + scheme.getAlgorithm().getId()
                    + ", which is not accepted; accepted is PBES2 with PBKDF2 (RFC 8018), as written by "
                    + "openssl pkcs8 -topk8 -v2 aes-256-cbc");
        }
        KeyDerivationFunc function = PBES2Parameters.getInstance(scheme.getParameters()).getKeyDerivationFunc();
        if (!PKCSObjectIdentifiers.id_PBKDF2.equals(function.getAlgorithm())) {
            throw new PemException("the ENCRYPTED PRIVATE KEY derives its key with " + function.getAlgorithm()
                    .getId() + " (such as scrypt), which is not accepted; accepted is PBKDF2 (RFC 8018 section 5.2)");
        }
        BigInteger iterations = PBKDF2Params.getInstance(function.getParameters()).getIterationCount();
        if (iterations.compareTo(BigInteger.valueOf(MAX_PBKDF2_ITERATIONS)) > 0) {
            throw new PemException("the ENCRYPTED PRIVATE KEY asks for " + iterations + " PBKDF2 iterations; at "
                    + "most " + MAX_PBKDF2_ITERATIONS + " are accepted");
        }
        return null;
    }

    private static <T> T decode(PemObject object, String structure, Decoding<T> decoding) {
        try {
            return decoding.decode();
        } catch (PemException e) {
            throw e;
        } catch (Exception e) {
            throw new PemException("the " + object.getType() + " is not a valid " + structure
                    + "; the file may be damaged or truncated", e);
        }
    }

    @FunctionalInterface
    private interface Decoding<T> {
        T decode() throws Exception;
    }
}
