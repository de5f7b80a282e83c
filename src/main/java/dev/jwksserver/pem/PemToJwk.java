package dev.jwksserver.pem;

import dev.jwksserver.json.JsonWriter;
import dev.jwksserver.jwks.JwksDocument;
import dev.jwksserver.keys.AlgorithmPolicy;
import dev.jwksserver.keys.JwsAlgorithm;
import dev.jwksserver.keys.KeyLoadException;
import dev.jwksserver.keys.KeyType;
import dev.jwksserver.keys.PasswordFile;
import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.PrivateJwk;
import io.jsonwebtoken.security.PublicJwk;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PEM-to-JWK command: each PEM file given becomes a public JWK, written to standard output as one JWK for
 * one file and as a JWK Set ({@code {"keys":[...]}}, RFC 7517 section 5) for several. The members are those the
 * server publishes, {@code kid} being the RFC 7638 thumbprint.
 *
 * <p>Private members ({@code d}, and {@code p}, {@code q}, {@code dp}, {@code dq}, {@code qi} for RSA) are
 * written only with {@code --private}, and then a warning goes to standard error. No HTTP endpoint of the server
 * accepts private keys: this command runs on the operator's machine only.
 *
 * <p>Exit status: 0 when every file was converted, 1 when a file was refused, 2 for a usage error.
 */
public final class PemToJwk {

    /** How to call the command. */
    static final String USAGE = """
            Usage: PemToJwk [--private] [--password-file FILE] [--rsa-algorithm ALG] PEM-FILE...
              --private              also write the private members (d, p, q, dp, dq, qi); prints a warning
              --password-file FILE   password of ENCRYPTED PRIVATE KEY files (a final line break is ignored)
              --rsa-algorithm ALG    alg of RSA keys: RS256 (default), RS384, RS512, PS256, PS384 or PS512""";

    /** Printed to standard error whenever private members are written. */
    static final String PRIVATE_WARNING = "WARNING: the output holds PRIVATE key members. Anyone who has them can "
            + "sign tokens as this key: never publish them, never paste them into a web form or an issue, and "
            + "delete the output when it is no longer needed.";

    private static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi");

    private PemToJwk() {
    }

    /**
     * Runs the command and exits with its status when that is not 0.
     *
     * @param args the options and PEM files
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command.
     *
     * @param args the options and PEM files
     * @param out where the JSON goes
     * @param err where errors and the private-key warning go
     * @return the exit status
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException | KeyLoadException e) {
            err.println("PemToJwk: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            List<Map<String, Object>> jwks = new ArrayList<>();
            for (Path file : options.files()) {
                jwks.add(convert(file, options));
            }
            if (options.includePrivate()) {
                err.println(PRIVATE_WARNING);
            }
            out.println(JsonWriter.toText(jwks.size() == 1 ? jwks.get(0) : Map.of("keys", jwks)));
            return 0;
        } catch (KeyLoadException e) {
            err.println("PemToJwk: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, Object> convert(Path file, Options options) {
        try {
            PemContent content = PemKeys.read(file, options.password());
            PublicKey publicKey = content.hasKey() ? content.publicKey()
                    : PemKeys.publicKeyOf(content.certificates().get(0));
            KeyType type = KeyType.of(publicKey);
            JwsAlgorithm algorithm = options.algorithmPolicy().choose(type, String.valueOf(file.getFileName()));
            PublicJwk<?> jwk = Jwks.builder().key(publicKey).build();
            Map<String, Object> members = JwksDocument.publicMembers(jwk, jwk.thumbprint().toString(), algorithm,
                    content.certificates());
            if (options.includePrivate()) {
                members.putAll(privateMembers(content, publicKey));
            }
            return members;
        } catch (KeyLoadException e) {
            throw new PemException(file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> privateMembers(PemContent content, PublicKey publicKey) {
        if (content.privateKey() == null) {
            throw new PemException("it holds no private key, so --private has nothing to add");
        }
        PrivateJwk<?, ?, ?> jwk = Jwks.builder().key(content.privateKey()).publicKey(publicKey).build();
        Map<String, Object> members = new LinkedHashMap<>();
        for (String member : PRIVATE_MEMBERS) {
            Object value = jwk.get(member);
            // jjwt hands private values out wrapped, so that they are never printed by accident.
            if (value instanceof io.jsonwebtoken.lang.Supplier<?> redacted) {
                value = redacted.get();
            }
            if (value != null) {
                members.put(member, value.toString());
            }
        }
        return members;
    }

    /** The parsed command line. */
    private record Options(boolean includePrivate, char[] password, AlgorithmPolicy algorithmPolicy,
            List<Path> files) {

        static Options parse(String[] args) {
            boolean includePrivate = false;
            char[] password = null;
            String rsaAlgorithm = JwsAlgorithm.RS256.name();
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--private" -> includePrivate = true;
                    case "--password-file" -> password = PasswordFile.read(Path.of(value(args, ++i)),
                            "the PEM files");
                    case "--rsa-algorithm" -> rsaAlgorithm = value(args, ++i);
                    default -> files.add(file(args[i]));
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no PEM file given");
            }
            return new Options(includePrivate, password, AlgorithmPolicy.parse(rsaAlgorithm, ""), files);
        }

        private static String value(String[] args, int index) {
            if (index >= args.length) {
                throw new IllegalArgumentException(args[index - 1] + " needs a value");
            }
            return args[index];
        }

        private static Path file(String arg) {
            if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg);
            }
            return Path.of(arg);
        }
    }
}
