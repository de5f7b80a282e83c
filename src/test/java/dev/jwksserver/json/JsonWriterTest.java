package dev.jwksserver.json;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonWriterTest {

    @Test
    void keepsMemberOrderAndWritesNoWhitespace() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("z", 1);
        value.put("a", List.of("x", true, 2L));
        value.put("m", null);

        assertEquals("{\"z\":1,\"a\":[\"x\",true,2],\"m\":null}", JsonWriter.toText(value));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001é\"", JsonWriter.toText("a\"b\\c\nd\u0001é"));
    }

    @Test
    void refusesValuesThatJsonCannotRepresent() {
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.toText(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.toText(new Object()));
    }
}
