package dev.jwksserver.clients;

/**
 * Command that prints a new random client secret and the digest to put in the client file.
 *
 * <p>Run from a checkout with {@code mvn -q compile exec:java@new-client-secret}. The secret is shown once, here;
 * give it to the client and store only the digest.
 */
public final class NewClientSecret {

    private NewClientSecret() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        String secret = SecretDigest.newSecret();
        System.out.println("client_secret: " + secret);
        System.out.println("secret_digest: " + SecretDigest.of(secret).text());
    }
}
