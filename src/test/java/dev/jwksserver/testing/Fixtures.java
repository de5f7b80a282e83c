package dev.jwksserver.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Files under {@code src/test/resources}.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** @return the text of a resource */
    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a resource parsed as a JSON object */
    public static JsonObject json(String resource) {
        return Json.createReader(new StringReader(text(resource))).readObject();
    }
}
