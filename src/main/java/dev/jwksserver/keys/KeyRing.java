package dev.jwksserver.keys;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Holds the signing keys of this deployment.
 *
 * <p>The keys are loaded once, when the application starts, so that a broken key source fails the deployment
 * instead of the first request. Readers get an immutable {@link KeySet} snapshot; publishing a new snapshot is
 * the single point where rotation will plug in.
 */
@ApplicationScoped
public class KeyRing {

    private static final Logger LOG = Logger.getLogger(KeyRing.class.getName());

    @Inject
    Config config;

    private volatile KeySet current;

    @PostConstruct
    void load() {
        try {
            current = KeySourceConfig.from(config).load();
        } catch (KeyLoadException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
        LOG.info(() -> describe(current));
    }

    /**
     * Loads the keys as soon as the application starts.
     *
     * @param started the event the container fires when the application scope begins
     */
    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine("Key ring ready with " + current.keys().size() + " keys");
        }
    }

    /**
     * @return the current keys, active first
     */
    public KeySet current() {
        return current;
    }

    private static String describe(KeySet keySet) {
        String keys = keySet.keys().stream()
                .map(key -> "kid=" + key.kid() + " alg=" + key.algorithm() + " (" + key.origin() + ")")
                .collect(Collectors.joining("; "));
        return "Loaded " + keySet.keys().size() + " signing keys from " + keySet.source() + "; active kid="
                + keySet.active().kid() + " signs new tokens; published: " + keys;
    }
}
