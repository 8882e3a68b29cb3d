package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every operation the API describes answers an anonymous request with 401 and a problem document — except the
 * few that are public on purpose. The list comes from /api/openapi.json with the sample module enabled, with the
 * contacts module and again without it, so a new resource is covered as soon as it exists.
 */
public class ApiAccessIT extends RapportSuite {

    private static final Set<String> PUBLIC = Set.of("get /api/health", "get /api/openapi.json",
            "post /api/auth/token");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void everyNonPublicOperationRefusesAnonymousCallers() throws Exception {
        RapportContainer.addTestModules(features);
        RapportContainer.awaitPlatform(modules);
        try {
            RapportContainer.enableSample(modules);
            List<String> operations = operations(JSON.readTree(Http.get("/api/openapi.json").body()));
            assertTrue("the document lists the sample, auth and contacts operations: " + operations,
                    operations.contains("get /api/sample/notes") && operations.contains("get /api/auth/me")
                            && operations.contains("get /api/contacts/persons"));
            assertEquals("with the contacts module", List.of(), leaks(operations));

            modules.disable("contacts");
            try {
                Await.until("the contacts operations to leave the API document", java.time.Duration.ofSeconds(30),
                        () -> !Await.value(() -> Http.get("/api/openapi.json")).body().contains("/api/contacts/"));
                List<String> without = operations(JSON.readTree(Http.get("/api/openapi.json").body()));
                assertEquals("without the contacts module", List.of(), leaks(without));
            } finally {
                modules.enable("contacts");
                Await.until("the contacts API back", java.time.Duration.ofSeconds(60),
                        () -> Await.value(() -> Http.get("/api/contacts/persons?size=1")).statusCode() == 200);
            }

            HttpResponse<String> badToken = Http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + RapportContainer.HTTP_PORT + "/api/auth/me"))
                    .header("Authorization", "Bearer rpt_not-a-real-token").GET().build());
            assertEquals(401, badToken.statusCode());
            assertTrue(badToken.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));

            HttpResponse<String> me = Http.get("/api/auth/me");
            assertEquals(me.body(), 200, me.statusCode());
            assertTrue(me.body(), me.body().contains("\"username\":\"admin\""));
        } finally {
            modules.disable("sample");
        }
    }

    /** The operations that did not answer an anonymous request with a 401 problem and a Bearer challenge. */
    private static List<String> leaks(List<String> operations) throws Exception {
        List<String> leaks = new ArrayList<>();
        for (String operation : operations) {
            if (PUBLIC.contains(operation)) {
                continue;
            }
            String[] parts = operation.split(" ", 2);
            HttpResponse<String> answer = Http.anonymous(parts[0].toUpperCase(), parts[1].replaceAll("\\{[^}]+}", "1"));
            boolean refused = answer.statusCode() == 401
                    && answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer")
                    && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            if (!refused) {
                leaks.add(operation + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        return leaks;
    }

    static List<String> operations(JsonNode document) {
        List<String> found = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> found.add(method + " " + path.getKey()));
        }
        return found;
    }

}
