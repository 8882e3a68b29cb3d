package org.rapport.platform.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonPathsTest {

    record Email(String address, boolean primary) {
    }

    record Person(String name, List<Email> emails, LocalDate birthday, BigDecimal credit) {
    }

    private final ObjectMapper mapper = JsonMapping.objectMapper();

    private JsonMappingException failureOf(String json) {
        return assertThrows(JsonMappingException.class, () -> mapper.readValue(json, Person.class));
    }

    @Test
    void pathsNameNestedFieldsAndListPositions() {
        JsonMappingException failure = failureOf(
                "{\"name\":\"Sara\",\"emails\":[{\"address\":\"a@b\"},{\"address\":\"c@d\",\"primary\":\"maybe\"}]}");
        assertEquals("emails[1].primary", JsonPaths.of(failure.getPath()));
    }

    @Test
    void unknownFieldsAreRejectedWithTheirName() {
        assertEquals("nmae", JsonPaths.of(failureOf("{\"nmae\":\"Sara\"}").getPath()));
    }

    @Test
    void datesAndNumbersAreNamedForTheCaller() {
        assertEquals("birthday", JsonPaths.of(failureOf("{\"birthday\":\"23/11/2026\"}").getPath()));
        assertEquals("an ISO-8601 date or time", JsonPaths.kindOf(LocalDate.class));
        assertEquals("a number", JsonPaths.kindOf(BigDecimal.class));
        assertEquals("a number", JsonPaths.kindOf(int.class));
        assertEquals("true or false", JsonPaths.kindOf(boolean.class));
        assertEquals("a list", JsonPaths.kindOf(List.class));
        assertEquals("text", JsonPaths.kindOf(String.class));
        assertEquals("a value", JsonPaths.kindOf(null));
    }

    @Test
    void theWholeDocumentIsDollar() {
        assertEquals("$", JsonPaths.of(List.of()));
    }
}
