package org.rapport.contacts.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.Person;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A person as the REST API writes it (the platform's mapping: ISO-8601 times, unknown properties refused on reading):
 * the erasure time is one more property, and a person read back as it was written is still accepted.
 */
class PersonJsonTest {

    /** As {@code org.rapport.platform.web.internal.JsonMapping} configures the API's mapper. */
    private final ObjectMapper rest = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private static Person person(Instant erasedAt) {
        Instant created = Instant.parse("2026-03-01T08:00:00Z");
        return new Person(7, 2, "Erased", null, "Erased", List.of(new Email("x@example.com")), List.of(), List.of(),
                List.of(), null, List.of(), Set.of(), null, null, null, null, null, created, created, Set.of(),
                Set.of(), Map.of(), erasedAt);
    }

    @Test
    void anErasedPersonCarriesErasedAtAsAnIsoTime() throws Exception {
        JsonNode json = rest.readTree(rest.writeValueAsString(person(Instant.parse("2026-03-02T09:30:00.125Z"))));

        assertEquals("2026-03-02T09:30:00.125Z", json.path("erasedAt").asText());
        assertFalse(json.has("erased"), "erased() is a convenience, not a property: " + json);
        assertEquals("Erased", json.path("displayName").asText());
    }

    @Test
    void aPersonNeverErasedHasANullErasedAt() throws Exception {
        JsonNode json = rest.readTree(rest.writeValueAsString(person(null)));

        assertTrue(json.has("erasedAt") && json.get("erasedAt").isNull(), json.toString());
    }

    @Test
    void aPersonSentBackAsItWasReadIsAccepted() throws Exception {
        String read = rest.writeValueAsString(person(Instant.parse("2026-03-02T09:30:00Z")));

        PersonBody body = rest.readValue(read, PersonBody.class);

        assertEquals("Erased", body.firstName());
        assertEquals(2L, body.version());
    }
}
