package dev.jwksserver.clients;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * The OAuth clients allowed to ask for tokens, read once at deploy time from {@code jwks.clients.file}.
 *
 * <p>Without that file no client exists and every token request is refused.
 */
@ApplicationScoped
public class ClientRegistry {

    /** The configuration key naming the client file. */
    public static final String CLIENTS_FILE = "jwks.clients.file";

    /** The configuration key capping token lifetimes, in seconds. */
    public static final String MAX_LIFETIME = "jwks.token.max-lifetime";

    private static final Logger LOG = Logger.getLogger(ClientRegistry.class.getName());

    /** Compared against when the client is unknown, so that an unknown id costs as much as a wrong secret. */
    private static final SecretDigest UNKNOWN_CLIENT = SecretDigest.of(SecretDigest.newSecret());

    @Inject
    Config config;

    private Map<String, Client> clients = Map.of();

    @PostConstruct
    void load() {
        Optional<String> file = config.getOptionalValue(CLIENTS_FILE, String.class).filter(v -> !v.isBlank());
        if (file.isEmpty()) {
            LOG.info("No client file configured (" + CLIENTS_FILE + "): the token endpoint accepts no client");
            return;
        }
        Duration maxLifetime = Duration.ofSeconds(config.getValue(MAX_LIFETIME, Long.class));
        try {
            clients = index(new ClientFile(Path.of(file.get().trim()), maxLifetime).read());
        } catch (ClientFileException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
        LOG.info(() -> "Loaded " + clients.size() + " OAuth clients from " + file.get().trim() + ": "
                + String.join(", ", clients.keySet()));
    }

    /**
     * Reads the client file as soon as the application starts, so that a broken file fails the deployment.
     *
     * @param started the event the container fires when the application scope begins
     */
    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.fine(() -> "Client registry ready with " + clients.size() + " clients");
    }

    private static Map<String, Client> index(List<Client> list) {
        Map<String, Client> byId = new LinkedHashMap<>();
        list.forEach(client -> byId.put(client.id(), client));
        return Map.copyOf(byId);
    }

    /**
     * Checks a client's credentials. An unknown client and a wrong secret take the same work and give the same
     * empty answer, so neither the response nor its timing tells which client ids exist.
     *
     * @param clientId the presented {@code client_id}
     * @param secret the presented secret
     * @return the client when the secret is right
     */
    public Optional<Client> authenticate(String clientId, String secret) {
        Client client = clients.get(clientId);
        SecretDigest expected = client == null ? UNKNOWN_CLIENT : client.secretDigest();
        boolean matches = expected.matches(secret);
        return client != null && matches ? Optional.of(client) : Optional.empty();
    }

    /**
     * @return every scope some client may ask for, sorted
     */
    public SortedSet<String> scopesSupported() {
        SortedSet<String> scopes = new TreeSet<>();
        clients.values().stream().map(Client::allowedScopes).forEach(scopes::addAll);
        return scopes;
    }

    /** @return the registered clients */
    public Collection<Client> clients() {
        return clients.values();
    }
}
