package dev.jwksserver.pem;

import dev.jwksserver.keys.KeyType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PEM files made by the {@code openssl} command in every accepted format: each gives the public key openssl
 * derives, and each private key signs what that public key verifies. Skipped where openssl is not on the PATH.
 */
class OpensslRoundTripTest {

    private static final String PASSWORD = "openssl-pass";

    private static boolean opensslAvailable;

    @TempDir
    Path directory;

    @BeforeAll
    static void findOpenssl() {
        opensslAvailable = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                .filter(dir -> !dir.isEmpty()).anyMatch(dir -> Files.isExecutable(Path.of(dir, "openssl")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "RSA-2048, RSA, -pkeyopt rsa_keygen_bits:2048, RSA",
        "EC P-256, EC, -pkeyopt ec_paramgen_curve:P-256, EC_P256",
        "EC P-384, EC, -pkeyopt ec_paramgen_curve:P-384, EC_P384",
        "EC P-521, EC, -pkeyopt ec_paramgen_curve:P-521, EC_P521",
        "Ed25519, ed25519, , ED25519"})
    void readsEveryFormatOpensslWrites(String name, String algorithm, String options, KeyType type)
            throws Exception {
        assumeTrue(opensslAvailable, "openssl is not on the PATH: the openssl round-trip cases are skipped");
        List<String> generate = new ArrayList<>(List.of("genpkey", "-algorithm", algorithm, "-out", "key.pem"));
        if (options != null) {
            generate.addAll(List.of(options.split(" ")));
        }
        openssl(generate.toArray(String[]::new));
        PublicKey expected = referencePublicKey(type);

        for (String file : privateKeyFiles(type)) {
            PemContent content = PemKeys.read(directory.resolve(file), PASSWORD.toCharArray());
            assertEquals(type, content.type(), file);
            assertEquals(expected, content.publicKey(), file);
            assertTrue(signsWhatVerifies(content.privateKey(), expected, type), file);
        }
        for (String file : publicKeyFiles(type)) {
            assertEquals(expected, PemKeys.read(directory.resolve(file), null).publicKey(), file);
        }
        openssl("req", "-x509", "-new", "-key", "key.pem", "-subj", "/CN=" + algorithm, "-days", "2",
                "-out", "key.crt");
        PemContent withCertificate = PemKeys.withChain(PemKeys.read(directory.resolve("key.pem"), null),
                PemKeys.read(directory.resolve("key.crt"), null).certificates());
        assertEquals(expected, withCertificate.certificates().get(0).getPublicKey());
    }

    private List<String> privateKeyFiles(KeyType type) throws Exception {
        List<String> files = new ArrayList<>(List.of("key.pem", "encrypted.pem"));
        openssl("pkcs8", "-topk8", "-in", "key.pem", "-v2", "aes-256-cbc", "-passout", "pass:" + PASSWORD,
                "-out", "encrypted.pem");
        if (type == KeyType.RSA) {
            openssl("pkey", "-in", "key.pem", "-traditional", "-out", "pkcs1.pem");
            files.add("pkcs1.pem");
        } else if (type != KeyType.ED25519) {
            openssl("ec", "-in", "key.pem", "-out", "sec1.pem");
            files.add("sec1.pem");
        }
        assertTrue(Files.readString(directory.resolve("encrypted.pem")).contains("ENCRYPTED PRIVATE KEY"));
        return files;
    }

    private List<String> publicKeyFiles(KeyType type) throws Exception {
        List<String> files = new ArrayList<>(List.of("public.pem"));
        openssl("pkey", "-in", "key.pem", "-pubout", "-out", "public.pem");
        if (type == KeyType.RSA) {
            openssl("rsa", "-in", "key.pem", "-RSAPublicKey_out", "-out", "rsa-public.pem");
            assertTrue(Files.readString(directory.resolve("rsa-public.pem")).contains("RSA PUBLIC KEY"));
            files.add("rsa-public.pem");
        }
        return files;
    }

    /** The public key as openssl derives it, decoded by the JDK alone. */
    private PublicKey referencePublicKey(KeyType type) throws Exception {
        openssl("pkey", "-in", "key.pem", "-pubout", "-outform", "DER", "-out", "public.der");
        String factory = switch (type) {
            case RSA -> "RSA";
            case ED25519 -> "Ed25519";
            default -> "EC";
        };
        return KeyFactory.getInstance(factory).generatePublic(
                new X509EncodedKeySpec(Files.readAllBytes(directory.resolve("public.der"))));
    }

    private static boolean signsWhatVerifies(PrivateKey privateKey, PublicKey publicKey, KeyType type)
            throws Exception {
        String algorithm = switch (type) {
            case RSA -> "SHA256withRSA";
            case ED25519 -> "Ed25519";
            default -> "SHA256withECDSA";
        };
        byte[] message = "round trip".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(privateKey);
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(publicKey);
        verifier.update(message);
        return verifier.verify(signature);
    }

    private void openssl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "openssl did not finish: " + command);
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.exitValue(), command + " failed:\n" + output);
    }
}
