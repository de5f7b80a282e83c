package dev.jwksserver.jwks;

import dev.jwksserver.keys.KeyRing;
import dev.jwksserver.keys.KeySet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps the JWKS document of the key ring's current key set, rebuilding it only when the key set changes.
 */
@ApplicationScoped
public class JwksPublisher {

    @Inject
    KeyRing keyRing;

    private volatile JwksDocument document;

    /**
     * @return the document of the current key set
     */
    public JwksDocument document() {
        KeySet current = keyRing.current();
        JwksDocument cached = document;
        if (cached == null || cached.keySet() != current) {
            cached = JwksDocument.of(current);
            document = cached;
        }
        return cached;
    }
}
