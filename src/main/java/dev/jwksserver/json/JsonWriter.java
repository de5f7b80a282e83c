package dev.jwksserver.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Writes compact JSON (RFC 8259) from maps, collections, strings, numbers and booleans.
 *
 * <p>The output depends only on the value: members keep the iteration order of the map, no whitespace is added,
 * and non-ASCII characters are written as they are. That makes the bytes identical on every application server,
 * whichever JSON provider it ships, which matters for a JWKS whose ETag is a hash of those bytes.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /**
     * Serialises a value to UTF-8 JSON bytes.
     *
     * @param value a {@link Map} with string keys, a {@link Collection}, a {@link CharSequence}, a {@link Number},
     *              a {@link Boolean} or {@code null}, nested freely
     * @return the JSON text as UTF-8
     */
    public static byte[] toBytes(Object value) {
        return toText(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Serialises a value to JSON text.
     *
     * @param value see {@link #toBytes(Object)}
     * @return the JSON text
     */
    public static String toText(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            writeString(text, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number number) {
            writeNumber(number, out);
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, out);
        } else if (value instanceof Collection<?> items) {
            writeArray(items, out);
        } else if (value instanceof Object[] items) {
            writeArray(Arrays.asList(items), out);
        } else {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void writeNumber(Number number, StringBuilder out) {
        double asDouble = number.doubleValue();
        if (Double.isNaN(asDouble) || Double.isInfinite(asDouble)) {
            throw new IllegalArgumentException("JSON has no representation for " + number);
        }
        out.append(number);
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> member : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(String.valueOf(member.getKey()), out);
            out.append(':');
            write(member.getValue(), out);
        }
        out.append('}');
    }

    private static void writeArray(Collection<?> items, StringBuilder out) {
        out.append('[');
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                out.append(',');
            }
            first = false;
            write(item, out);
        }
        out.append(']');
    }

    private static void writeString(CharSequence text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> appendPlainOrEscaped(c, out);
            }
        }
        out.append('"');
    }

    private static void appendPlainOrEscaped(char c, StringBuilder out) {
        // RFC 8259 section 7: control characters must be escaped; everything else may appear as it is.
        if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
        } else {
            out.append(c);
        }
    }
}
