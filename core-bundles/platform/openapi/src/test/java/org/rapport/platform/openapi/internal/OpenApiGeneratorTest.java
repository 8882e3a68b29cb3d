package org.rapport.platform.openapi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.rapport.platform.openapi.internal.resources.TestNotesResource;
import org.rapport.platform.openapi.internal.resources.TestPingResource;

class OpenApiGeneratorTest {

    private final OpenApiGenerator generator = new OpenApiGenerator("Rapport API", "1.2.3", "api");

    private JsonNode both() {
        return generator.generate(List.of(TestNotesResource.class, TestPingResource.class));
    }

    @Test
    void describesTheDocument() {
        JsonNode document = both();
        assertEquals("3.0.3", document.get("openapi").asText());
        assertEquals("Rapport API", document.at("/info/title").asText());
        assertEquals("1.2.3", document.at("/info/version").asText());
    }

    @Test
    void listsEveryOperationUnderTheApplicationBase() {
        JsonNode paths = both().get("paths");
        assertEquals(List.of("/api/notes", "/api/notes/{id}", "/api/notes/{id}/comments", "/api/ping"),
                fieldNames(paths));
        assertEquals(List.of("get", "post"), fieldNames(paths.get("/api/notes")));
        assertEquals(List.of("get", "put", "delete"), fieldNames(paths.get("/api/notes/{id}")));
        assertEquals(List.of("get"), fieldNames(paths.get("/api/notes/{id}/comments")));
        assertEquals(List.of("get"), fieldNames(paths.get("/api/ping")));
        assertEquals("TestNotesResource.list", paths.at("/~1api~1notes/get/operationId").asText());
        assertEquals("notes", paths.at("/~1api~1notes/get/tags/0").asText());
    }

    @Test
    void describesPathQueryHeaderAndBeanParameters() {
        JsonNode paths = both().get("paths");
        Map<String, JsonNode> list = parameters(paths.at("/~1api~1notes/get"));
        assertEquals(List.of("query:q", "query:offset", "header:X-Page-Size"), new ArrayList<>(list.keySet()));
        assertEquals("all", list.get("query:q").at("/schema/default").asText());
        assertFalse(list.get("query:q").get("required").asBoolean());
        assertEquals("integer", list.get("query:offset").at("/schema/type").asText());
        assertEquals(0, list.get("query:offset").at("/schema/default").asInt());

        Map<String, JsonNode> one = parameters(paths.at("/~1api~1notes~1{id}/get"));
        assertEquals(List.of("path:id", "header:X-Trace"), new ArrayList<>(one.keySet()));
        assertTrue(one.get("path:id").get("required").asBoolean());
        assertEquals("int64", one.get("path:id").at("/schema/format").asText());
        assertEquals("^(?:\\d+)$", one.get("path:id").at("/schema/pattern").asText());

        Map<String, JsonNode> comments = parameters(paths.at("/~1api~1notes~1{id}~1comments/get"));
        assertEquals(List.of("path:id"), new ArrayList<>(comments.keySet()));
    }

    @Test
    void describesBodiesAndResponsesWithSchemas() {
        JsonNode document = both();
        JsonNode paths = document.get("paths");
        JsonNode create = paths.at("/~1api~1notes/post");
        assertTrue(create.at("/requestBody/required").asBoolean());
        assertEquals("#/components/schemas/TestNotesResource.NewNote",
                create.at("/requestBody/content/application~1json/schema/$ref").asText());
        assertTrue(create.at("/responses/2XX").isObject(), "a Response result: the status is the resource's choice");

        JsonNode list = paths.at("/~1api~1notes/get/responses/200/content/application~1json/schema");
        assertEquals("array", list.get("type").asText());
        assertEquals("#/components/schemas/TestNotesResource.Note", list.at("/items/$ref").asText());
        assertEquals("text/plain", fieldNames(paths.at("/~1api~1ping/get/responses/200/content")).get(0));
        assertTrue(paths.at("/~1api~1notes~1{id}/delete/responses/204").isObject());
        assertFalse(paths.at("/~1api~1notes~1{id}/delete").has("requestBody"));

        JsonNode note = document.at("/components/schemas/TestNotesResource.Note");
        assertEquals(List.of("id", "version", "text", "colour", "created", "labels", "replyTo"),
                fieldNames(note.get("properties")));
        assertEquals("int64", note.at("/properties/id/format").asText());
        assertEquals("date-time", note.at("/properties/created/format").asText());
        assertEquals("[\"RED\",\"GREEN\"]", note.at("/properties/colour/enum").toString());
        assertEquals("string", note.at("/properties/labels/items/type").asText());
        assertEquals("#/components/schemas/TestNotesResource.Note", note.at("/properties/replyTo/$ref").asText());
        assertEquals("[\"id\",\"version\"]", note.get("required").toString());
    }

    @Test
    void everyOperationAnswersErrorsAsProblemDocuments() {
        JsonNode document = both();
        JsonNode problem = document.at("/components/schemas/Problem/properties");
        assertEquals(List.of("type", "title", "status", "detail", "instance", "correlationId", "errors"),
                fieldNames(problem));
        assertEquals("#/components/schemas/Problem",
                document.at("/components/responses/Problem/content/application~1problem+json/schema/$ref").asText());
        document.get("paths").forEach(item -> item.forEach(operation -> {
            assertEquals("#/components/responses/Problem", operation.at("/responses/4XX/$ref").asText());
            assertEquals("#/components/responses/Problem", operation.at("/responses/5XX/$ref").asText());
        }));
    }

    @Test
    void aResourceThatIsGoneTakesItsPathsAndSchemasAlong() {
        JsonNode withBoth = both();
        assertTrue(withBoth.at("/components/schemas").has("TestNotesResource.Note"));

        JsonNode pingOnly = generator.generate(List.of(TestPingResource.class));
        assertEquals(List.of("/api/ping"), fieldNames(pingOnly.get("paths")));
        assertFalse(pingOnly.at("/components/schemas").has("TestNotesResource.Note"));
        assertTrue(pingOnly.at("/components/schemas").has("Problem"));

        JsonNode none = generator.generate(List.of());
        assertEquals(List.of(), fieldNames(none.get("paths")));
    }

    @Test
    void pathTemplatesLoseTheirRegularExpressions() {
        Map<String, String> patterns = new HashMap<>();
        assertEquals("/api/a/{x}/b/{y}", OpenApiGenerator.pathTemplate("api//a/{x : [a-z]{2,3}}/b/{y}/", patterns));
        assertEquals("[a-z]{2,3}", patterns.get("x"));
        assertEquals(null, patterns.get("y"));
    }

    private static Map<String, JsonNode> parameters(JsonNode operation) {
        Map<String, JsonNode> byKey = new java.util.LinkedHashMap<>();
        operation.path("parameters").forEach(p -> byKey.put(p.get("in").asText() + ":" + p.get("name").asText(), p));
        return byKey;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void operationsSayWhoMayCallThem() {
        JsonNode document = both();
        JsonNode list = document.at("/paths/~1api~1notes/get");
        assertEquals("test.note.read", list.path("x-rapport-permission").asText());
        assertEquals("bearer", list.at("/security/0").fieldNames().next());
        assertEquals("bearer", document.at("/components/securitySchemes/bearer/scheme").asText());
    }
}
