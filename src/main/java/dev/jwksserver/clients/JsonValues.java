package dev.jwksserver.clients;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns JSON-P values into plain Java values (maps, lists, strings, numbers, booleans, null) that the token
 * serialiser writes back unchanged.
 */
final class JsonValues {

    private JsonValues() {
    }

    static Object toJava(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> toMap(value);
            case ARRAY -> toList(value);
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> toNumber((JsonNumber) value);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static Map<String, Object> toMap(JsonValue value) {
        Map<String, Object> map = new LinkedHashMap<>();
        value.asJsonObject().forEach((name, member) -> map.put(name, toJava(member)));
        return Collections.unmodifiableMap(map);
    }

    private static List<Object> toList(JsonValue value) {
        List<Object> list = new ArrayList<>();
        value.asJsonArray().forEach(item -> list.add(toJava(item)));
        return Collections.unmodifiableList(list);
    }

    private static Number toNumber(JsonNumber number) {
        return number.isIntegral() ? (Number) number.bigIntegerValue() : number.bigDecimalValue();
    }
}
