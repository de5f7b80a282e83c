package dev.jwksserver.json;

import io.jsonwebtoken.io.AbstractSerializer;

import java.io.OutputStream;
import java.util.Map;

/**
 * Lets jjwt write JWS headers and claims with {@link JsonWriter}, so that tokens do not depend on which JSON
 * library (or which Jackson version) the application server puts on the class path.
 */
public final class JjwtSerializer extends AbstractSerializer<Map<String, ?>> {

    @Override
    protected void doSerialize(Map<String, ?> value, OutputStream out) throws Exception {
        out.write(JsonWriter.toBytes(value));
    }
}
