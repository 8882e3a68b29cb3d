package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.Test;

/**
 * {@code GET /api/openapi.json} describes the resources the /api application has right now: a module's
 * paths appear when it is enabled and are gone within seconds of disabling it.
 */
public class OpenApiIT extends RapportSuite {

    private static final String DOCUMENT = "/api/openapi.json";
    private static final String NOTES = "/api/sample/notes";
    private static final Duration VANISH = Duration.ofSeconds(3);
    private static final Duration MODULE_START = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void theDocumentFollowsTheModulesThatRun() throws Exception {
        RapportContainer.addTestModules(features);
        RapportContainer.awaitPlatform(modules);

        JsonNode platformOnly = awaitDocument();
        assertEquals("Rapport API", platformOnly.at("/info/title").asText());
        assertTrue(platformOnly.at("/info/version").asText(), platformOnly.at("/info/version").asText().startsWith("0."));
        assertTrue(platformOnly.get("openapi").asText().startsWith("3."));
        assertEquals(List.of("get"), methods(platformOnly, "/api/health"));
        assertEquals(List.of("get"), methods(platformOnly, DOCUMENT));
        assertEquals("#/components/responses/Problem", platformOnly.at("/paths/~1api~1health/get/responses/5XX/$ref").asText());
        assertTrue(platformOnly.at("/components/schemas/Problem/properties").has("correlationId"));
        assertFalse(platformOnly.get("paths").has(NOTES));

        modules.enable("sample");
        try {
            Await.until("the sample module's REST resource", MODULE_START,
                    () -> call(() -> Http.get(NOTES)).statusCode() == 200);
            Await.until("the sample module's paths in the document", VANISH,
                    () -> document().get("paths").has(NOTES));
            JsonNode withSample = document();
            assertEquals(List.of("get", "post"), methods(withSample, NOTES));
            assertEquals(List.of("put"), methods(withSample, NOTES + "/{id}"));
            assertEquals(List.of("get"), methods(withSample, NOTES + "/failure"));
            JsonNode change = withSample.at("/paths/~1api~1sample~1notes~1{id}/put");
            assertEquals("id", change.at("/parameters/0/name").asText());
            assertEquals("path", change.at("/parameters/0/in").asText());
            String bodySchema = change.at("/requestBody/content/application~1json/schema/$ref").asText();
            assertTrue(bodySchema, bodySchema.startsWith("#/components/schemas/"));
            JsonNode noteChange = withSample.at("/components/schemas/"
                    + bodySchema.substring("#/components/schemas/".length()));
            assertTrue(noteChange.toString(), noteChange.at("/properties/text").isObject());
            assertEquals("application/problem+json",
                    withSample.at("/components/responses/Problem/content").fieldNames().next());
            assertEquals(List.of("get"), methods(withSample, "/api/health"));
        } finally {
            modules.disable("sample");
        }
        Await.until("the sample module's paths to leave the document", VANISH,
                () -> !document().get("paths").has(NOTES));
        assertEquals(List.of("get"), methods(document(), "/api/health"));

        modules.enable("sample");
        try {
            Await.until("the sample module's REST resource again", MODULE_START,
                    () -> call(() -> Http.get(NOTES)).statusCode() == 200);
            Await.until("the sample module's paths back in the document", VANISH,
                    () -> document().get("paths").has(NOTES));
            assertEquals(List.of("get", "post"), methods(document(), NOTES));
        } finally {
            modules.disable("sample");
        }
        Await.until("the sample module's paths to leave the document again", VANISH,
                () -> !document().get("paths").has(NOTES));
    }

    private static JsonNode awaitDocument() {
        Await.until(DOCUMENT, MODULE_START, () -> call(() -> Http.get(DOCUMENT)).statusCode() == 200);
        return document();
    }

    private static JsonNode document() {
        HttpResponse<String> response = call(() -> Http.get(DOCUMENT));
        assertEquals(response.body(), 200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static List<String> methods(JsonNode document, String path) {
        List<String> methods = new ArrayList<>();
        document.path("paths").path(path).fieldNames().forEachRemaining(methods::add);
        return methods;
    }

    private interface Call {
        HttpResponse<String> run() throws Exception;
    }

    private static HttpResponse<String> call(Call call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
