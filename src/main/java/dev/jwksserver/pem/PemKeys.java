package dev.jwksserver.pem;

import dev.jwksserver.keys.KeyLoadException;
import dev.jwksserver.keys.KeyType;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads PEM text (RFC 7468) into checked Java keys and certificates, with Bouncy Castle.
 *
 * <p>Accepted PEM objects: {@code PUBLIC KEY} (SubjectPublicKeyInfo), {@code RSA PUBLIC KEY} (PKCS#1),
 * {@code PRIVATE KEY} (PKCS#8), {@code RSA PRIVATE KEY} (PKCS#1), {@code EC PRIVATE KEY} (SEC1, RFC 5915),
 * {@code ENCRYPTED PRIVATE KEY} (PKCS#8 with PBES2, RFC 8018) and {@code CERTIFICATE} (one or a chain, leaf
 * first). Accepted keys are those of {@link KeyType}. A text holds at most one private key; a public key or
 * certificate beside it must be that key's.
 *
 * <p>Whatever the input, the only exception thrown is {@link PemException}: every decoding step that can fail
 * on damaged input is wrapped, so that a truncated file or garbage never escapes as a parser's own exception.
 */
public final class PemKeys {

    /** The PEM object types read, as error messages list them. */
    public static final String ACCEPTED_OBJECTS = "PUBLIC KEY, RSA PUBLIC KEY, PRIVATE KEY, RSA PRIVATE KEY, "
            + "EC PRIVATE KEY, ENCRYPTED PRIVATE KEY and CERTIFICATE";

    /** Larger files are refused unread: a key with its chain takes a few kilobytes. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private PemKeys() {
    }

    /**
     * Reads PEM text.
     *
     * @param text the PEM text; lines outside BEGIN/END blocks are ignored
     * @param password the password of an {@code ENCRYPTED PRIVATE KEY}, or {@code null}; never logged
     * @return the keys and certificates, checked
     * @throws PemException if the text is refused; nothing else is thrown
     */
    public static PemContent read(String text, char[] password) {
        try {
            return assemble(parse(text, password));
        } catch (PemException e) {
            throw e;
        } catch (KeyLoadException e) {
            throw new PemException(e.getMessage(), e);
        } catch (RuntimeException e) {
            // The last guard of the "only PemException" promise: a parser's unexpected runtime exception on
            // damaged input. Its message is not repeated, as it might quote the input.
            throw new PemException("the PEM text cannot be decoded (" + e.getClass().getSimpleName()
                    + "); it may be damaged or truncated", e);
        }
    }

    /**
     * Reads a PEM file.
     *
     * @param file the file
     * @param password the password of an {@code ENCRYPTED PRIVATE KEY}, or {@code null}
     * @return the keys and certificates, checked
     * @throws PemException if the file cannot be read or is refused
     */
    public static PemContent read(Path file, char[] password) {
        return read(readText(file), password);
    }

    /**
     * Attaches a certificate chain read from another file (such as a Kubernetes {@code tls.crt}) to a key.
     *
     * @param key the content holding the key
     * @param chain the certificates, leaf first
     * @return the key with the chain
     * @throws PemException if the chain is not in order or its leaf certifies another key
     */
    public static PemContent withChain(PemContent key, List<X509Certificate> chain) {
        CertificateChains.checkOrder(chain);
        if (key.hasKey() && !chain.isEmpty()) {
            CertificateChains.checkLeafCertifies(chain.get(0), key.publicKey());
        }
        return new PemContent(key.privateKey(), key.publicKey(), key.type(), chain);
    }

    /**
     * The public key of a certificate, checked like any other key: for converting a certificate alone.
     *
     * @param certificate a certificate
     * @return its public key
     * @throws PemException if its key is not accepted
     */
    public static PublicKey publicKeyOf(X509Certificate certificate) {
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded());
            return KeyConversion.toPublicKey(info, KeyType.of(info));
        } catch (PemException e) {
            throw e;
        } catch (KeyLoadException e) {
            throw new PemException("the certificate " + certificate.getSubjectX500Principal().getName()
                    + " holds a key that is refused: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new PemException("the public key of certificate " + certificate.getSubjectX500Principal()
                    .getName() + " cannot be decoded", e);
        }
    }

    private static String readText(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new PemException("the file is larger than " + MAX_FILE_BYTES
                        + " bytes, far more than a key and its certificate chain take");
            }
            // Latin-1 maps every byte to a character, so a binary file is reported as holding no PEM object.
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new PemException("the file does not exist", e);
        } catch (IOException e) {
            throw new PemException("the file cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static PemObjects parse(String text, char[] password) {
        PemObjects objects = new PemObjects(password);
        try (PemReader reader = new PemReader(new StringReader(text))) {
            PemObject object;
            while ((object = reader.readPemObject()) != null) {
                objects.add(object);
            }
        } catch (IOException e) {
            throw new PemException("the PEM text is truncated or damaged: a BEGIN line has no matching END line,"
                    + " or a block is not base64", e);
        }
        return objects;
    }

    private static PemContent assemble(PemObjects objects) {
        if (objects.isEmpty()) {
            throw new PemException("no PEM object was found (one starts with a line such as "
                    + "-----BEGIN PRIVATE KEY-----); accepted PEM objects are " + ACCEPTED_OBJECTS);
        }
        requireAtMostOne(objects.privateKeys(), "private keys");
        requireAtMostOne(objects.publicKeys(), "public keys");
        PemContent key = objects.privateKeys().isEmpty()
                ? publicKeyContent(objects.publicKeys())
                : privateKeyContent(objects.privateKeys().get(0), objects.publicKeys());
        return withChain(key, objects.certificates());
    }

    private static void requireAtMostOne(List<?> found, String what) {
        if (found.size() > 1) {
            throw new PemException("it holds " + found.size() + " " + what + "; one key per file is accepted");
        }
    }

    private static PemContent publicKeyContent(List<SubjectPublicKeyInfo> publicKeys) {
        if (publicKeys.isEmpty()) {
            return new PemContent(null, null, null, List.of());
        }
        SubjectPublicKeyInfo info = publicKeys.get(0);
        KeyType type = KeyType.of(info);
        return new PemContent(null, KeyConversion.toPublicKey(info, type), type, List.of());
    }

    private static PemContent privateKeyContent(PrivateKeyInfo info, List<SubjectPublicKeyInfo> publicKeys) {
        KeyType type = KeyType.of(info.getPrivateKeyAlgorithm());
        SubjectPublicKeyInfo derived = KeyConversion.derivePublicKey(info, type);
        KeyType.of(derived);
        PrivateKey privateKey = KeyConversion.toPrivateKey(info, type);
        PublicKey publicKey = KeyConversion.toPublicKey(derived, type);
        if (!publicKeys.isEmpty() && !Arrays.equals(publicKey.getEncoded(),
                KeyConversion.toPublicKey(publicKeys.get(0), type).getEncoded())) {
            throw new PemException("the public key beside the private key is a different key; "
                    + "a file holds one key pair");
        }
        return new PemContent(privateKey, publicKey, type, List.of());
    }

    /** Accumulates the decoded objects of one PEM text, in order. */
    private static final class PemObjects {

        private final PemObjectDecoder decoder;
        private final List<PrivateKeyInfo> privateKeys = new ArrayList<>(1);
        private final List<SubjectPublicKeyInfo> publicKeys = new ArrayList<>(1);
        private final List<X509Certificate> certificates = new ArrayList<>(3);
        private int count;

        PemObjects(char[] password) {
            this.decoder = new PemObjectDecoder(password);
        }

        void add(PemObject object) {
            count++;
            switch (object.getType()) {
                case "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY" ->
                        privateKeys.add(decoder.privateKey(object));
                case "PUBLIC KEY", "RSA PUBLIC KEY" -> publicKeys.add(decoder.publicKey(object));
                case "CERTIFICATE" -> certificates.add(decoder.certificate(object));
                // openssl ecparam -genkey writes the curve before the key; the key names it again.
                case "EC PARAMETERS" -> count--;
                default -> throw new PemException("it holds " + PemObjectDecoder.describe(object.getType())
                        + ", which is not accepted; accepted PEM objects are " + ACCEPTED_OBJECTS);
            }
        }

        boolean isEmpty() {
            return count == 0;
        }

        List<PrivateKeyInfo> privateKeys() {
            return privateKeys;
        }

        List<SubjectPublicKeyInfo> publicKeys() {
            return publicKeys;
        }

        List<X509Certificate> certificates() {
            return certificates;
        }
    }
}
