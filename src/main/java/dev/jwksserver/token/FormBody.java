package dev.jwksserver.token;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of an {@code application/x-www-form-urlencoded} request body, read with a size limit.
 *
 * <p>RFC 6749 section 3.2 forbids repeating a parameter, and a parameter without a value counts as absent.
 */
public final class FormBody {

    private final Map<String, String> parameters;

    private FormBody(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    /**
     * @param in the request body
     * @param maxBytes the largest body accepted
     * @return the parameters
     * @throws TokenError {@code invalid_request} if the body is too large, not UTF-8, malformed, or repeats a
     *                    parameter
     */
    public static FormBody read(InputStream in, int maxBytes) {
        return parse(readLimited(in, maxBytes));
    }

    static FormBody parse(String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (parameters.containsKey(name)) {
                throw TokenError.invalidRequest("the parameter '" + name + "' is repeated");
            }
            parameters.put(name, value);
        }
        return new FormBody(parameters);
    }

    private static String readLimited(InputStream in, int maxBytes) {
        try {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw TokenError.invalidRequest("the request body is larger than " + maxBytes + " bytes");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw TokenError.invalidRequest("the request body is not UTF-8");
        } catch (IOException e) {
            throw TokenError.invalidRequest("the request body could not be read");
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw TokenError.invalidRequest("the request body is not valid application/x-www-form-urlencoded");
        }
    }

    /**
     * @param name a parameter name
     * @return its value, absent when missing or empty
     */
    public Optional<String> get(String name) {
        return Optional.ofNullable(parameters.get(name)).filter(value -> !value.isEmpty());
    }

    /**
     * @param name a parameter name
     * @return its value
     * @throws TokenError {@code invalid_request} when it is missing or empty
     */
    public String require(String name) {
        return get(name).orElseThrow(() -> TokenError.invalidRequest("the parameter '" + name + "' is missing"));
    }
}
