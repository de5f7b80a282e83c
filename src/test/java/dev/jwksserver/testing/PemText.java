package dev.jwksserver.testing;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.util.io.pem.PemObject;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * PEM text of keys and certificates, as tests write it.
 */
public final class PemText {

    private static final BouncyCastleProvider BOUNCY_CASTLE = new BouncyCastleProvider();

    private PemText() {
    }

    /** @return one PEM block of the given type around DER bytes */
    public static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** @return the private key as an unencrypted PKCS#8 {@code PRIVATE KEY} */
    public static String privateKey(PrivateKey key) {
        return block("PRIVATE KEY", key.getEncoded());
    }

    /** @return the public key as a {@code PUBLIC KEY} (SubjectPublicKeyInfo) */
    public static String publicKey(KeyPair pair) {
        return block("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    /** @return the certificates as consecutive {@code CERTIFICATE} blocks */
    public static String certificates(List<X509Certificate> chain) {
        StringBuilder text = new StringBuilder();
        try {
            for (X509Certificate certificate : chain) {
                text.append(block("CERTIFICATE", certificate.getEncoded()));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    /** @return the private key as a PKCS#8 {@code ENCRYPTED PRIVATE KEY} (PBES2, AES-256-CBC) */
    public static String encryptedPrivateKey(PrivateKey key, String password) {
        try {
            OutputEncryptor encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                    .setProvider(BOUNCY_CASTLE).setIterationCount(2048).setPassword(password.toCharArray()).build();
            PemObject object = new JcaPKCS8Generator(key, encryptor).generate();
            StringWriter text = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
                writer.writeObject(object);
            }
            return text.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes text to a file in a directory and returns the file. */
    public static Path write(Path directory, String name, String text) {
        try {
            Files.createDirectories(directory);
            return Files.writeString(directory.resolve(name), text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
