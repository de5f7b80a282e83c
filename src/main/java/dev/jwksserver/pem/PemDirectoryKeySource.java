package dev.jwksserver.pem;

import dev.jwksserver.keys.KeyLoadException;
import dev.jwksserver.keys.KeySet;
import dev.jwksserver.keys.KeySource;
import dev.jwksserver.keys.KidStrategy;
import dev.jwksserver.keys.SigningKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Keys from a directory of PEM files, as a Kubernetes TLS secret mounts them ({@code tls.key} beside
 * {@code tls.crt}) or as {@code openssl genpkey} writes them.
 *
 * <p>Files ending in {@code .pem}, {@code .key}, {@code .crt} or {@code .cer} are read; hidden files (such as the
 * {@code ..data} links of a Kubernetes volume) and other names are skipped. Each file holding a private key is
 * one signing key, in file-name order, the first one active. Its certificate chain is the one in the same file,
 * or else the one in the certificate-only file of the same base name ({@code tls.key} and {@code tls.crt}).
 * Certificate-only files no key claims (such as a {@code ca.crt}) are skipped with a log line. A file that is
 * refused, or holds only a public key, fails the whole source: it never falls back to generated keys.
 */
public final class PemDirectoryKeySource implements KeySource {

    private static final Logger LOG = Logger.getLogger(PemDirectoryKeySource.class.getName());

    private static final Set<String> EXTENSIONS = Set.of("pem", "key", "crt", "cer");

    private final PemDirectorySettings settings;

    /**
     * @param settings where the directory is and how to read its keys
     */
    public PemDirectoryKeySource(PemDirectorySettings settings) {
        this.settings = settings;
    }

    @Override
    public KeySet load() {
        Map<String, PemContent> files = readAll(listPemFiles());
        List<SigningKey> keys = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        files.forEach((name, content) -> {
            if (content.optionalPrivateKey().isPresent()) {
                keys.add(signingKey(name, withCompanionChain(name, content, files, claimed)));
                labels.add(name);
            } else if (content.hasKey()) {
                throw failure("file '" + name + "' holds a public key but no private key; a public key alone "
                        + "cannot sign, and each key file needs its private key", null);
            }
        });
        if (keys.isEmpty()) {
            throw failure("it holds no private key file (." + String.join(", .", EXTENSIONS.stream().sorted()
                    .toList()) + ")", null);
        }
        logUnclaimedCertificates(files, claimed);
        try {
            settings.algorithmPolicy().checkLabelsExist(labels, "the PEM directory");
        } catch (KeyLoadException e) {
            throw failure(e.getMessage(), e);
        }
        return new KeySet(keys, "PEM directory " + settings.directory());
    }

    private List<Path> listPemFiles() {
        Path directory = settings.directory();
        if (!Files.isDirectory(directory)) {
            throw failure(Files.exists(directory) ? "it is not a directory" : "the directory does not exist", null);
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(PemDirectoryKeySource::isPemFileName).filter(Files::isRegularFile).sorted()
                    .toList();
        } catch (NoSuchFileException e) {
            throw failure("the directory does not exist", e);
        } catch (IOException e) {
            throw failure("the directory cannot be listed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static boolean isPemFileName(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && EXTENSIONS.contains(extension(name));
    }

    private Map<String, PemContent> readAll(List<Path> paths) {
        Map<String, PemContent> contents = new LinkedHashMap<>();
        for (Path path : paths) {
            String name = path.getFileName().toString();
            try {
                contents.put(name, PemKeys.read(path, settings.password()));
            } catch (PemException e) {
                throw failure("file '" + name + "' is refused: " + e.getMessage(), e);
            }
        }
        return contents;
    }

    private PemContent withCompanionChain(String name, PemContent key, Map<String, PemContent> files,
            Set<String> claimed) {
        if (!key.certificates().isEmpty()) {
            return key;
        }
        for (String extension : List.of("crt", "cer", "pem")) {
            String companion = baseName(name) + "." + extension;
            PemContent chain = files.get(companion);
            if (!companion.equals(name) && chain != null && chain.certificatesOnly()) {
                claimed.add(companion);
                try {
                    return PemKeys.withChain(key, chain.certificates());
                } catch (PemException e) {
                    throw failure("file '" + companion + "' does not go with '" + name + "': " + e.getMessage(), e);
                }
            }
        }
        return key;
    }

    private SigningKey signingKey(String name, PemContent content) {
        try {
            return SigningKey.of(content.publicKey(), content.privateKey(), content.certificates(),
                    "file '" + name + "'", name, KidStrategy.THUMBPRINT, settings.algorithmPolicy());
        } catch (KeyLoadException e) {
            throw failure("file '" + name + "' is refused: " + e.getMessage(), e);
        }
    }

    private void logUnclaimedCertificates(Map<String, PemContent> files, Set<String> claimed) {
        files.forEach((name, content) -> {
            if (content.certificatesOnly() && !claimed.contains(name)) {
                LOG.info(() -> "Skipped " + settings.directory().resolve(name) + ": it holds certificates only, "
                        + "and no key file of the same base name claims them");
            }
        });
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private KeyLoadException failure(String cause, Exception low) {
        return new KeyLoadException("Cannot load signing keys from PEM directory " + settings.directory() + ": "
                + cause, low);
    }
}
