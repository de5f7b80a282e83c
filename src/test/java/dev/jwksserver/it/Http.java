package dev.jwksserver.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain HTTP client for the integration tests.
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    /** @return the URI of a path under the deployment's base URL */
    public static URI uri(URL base, String path) {
        return URI.create(base.toExternalForm().replaceAll("/+$", "") + path);
    }

    /** Sends a GET with optional header name/value pairs. */
    public static HttpResponse<String> get(URL base, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(base, path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Sends a GET and keeps the body's bytes as they came. */
    public static HttpResponse<byte[]> getBytes(URL base, String path) {
        HttpRequest request = HttpRequest.newBuilder(uri(base, path)).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a POST with a form body and optional header name/value pairs. */
    public static HttpResponse<String> postForm(URL base, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(base, path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** @return an HTTP Basic {@code Authorization} header value */
    public static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Sends a request. */
    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
