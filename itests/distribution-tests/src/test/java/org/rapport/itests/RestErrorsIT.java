package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.junit.Test;

/**
 * Every REST error is an RFC 9457 problem document with a correlation id, from the platform and from
 * a module's resource alike (including 401/403/429 a resource throws, with their headers, and 413 for a
 * body above the configured limit); a disabled module's addresses answer 404 in the same format.
 */
public class RestErrorsIT extends RapportSuite {

    private static final String NOTES = "/api/sample/notes";

    @Test
    public void errorsAreProblemDocuments() throws Exception {
        RapportContainer.addTestModules(features);
        RapportContainer.awaitPlatform(modules);
        modules.enable("sample");
        try {
            Await.until("the sample module's REST resource", Duration.ofSeconds(60),
                    () -> call(() -> Http.get(NOTES)).statusCode() == 200);
            // The application is rebuilt as the module's services settle; start once it has.
            Thread.sleep(1000);
            Await.until("the sample module's REST resource to stay up", Duration.ofSeconds(60),
                    () -> call(() -> Http.get(NOTES)).statusCode() == 200);

            HttpResponse<String> missing = Http.get("/api/no-such-thing");
            assertProblem(missing, 404, "Not Found");

            HttpResponse<String> malformed = Http.send("POST", NOTES, "application/json", "{\"text\": \"unclosed");
            assertProblem(malformed, 400, "The request body is not valid JSON");
            assertTrue(malformed.body(), malformed.body().contains("line 1"));

            HttpResponse<String> unknownField = Http.send("POST", NOTES, "application/json", "{\"txet\": \"hello\"}");
            assertProblem(unknownField, 400, "The request is not valid");
            assertTrue(unknownField.body(), unknownField.body().contains("{\"field\":\"txet\",\"message\":\"unknown field\"}"));

            HttpResponse<String> blank = Http.send("POST", NOTES, "application/json", "{\"text\": \"  \"}");
            assertProblem(blank, 400, "The request is not valid");
            assertTrue(blank.body(), blank.body().contains("{\"field\":\"text\",\"message\":\"must not be blank\"}"));

            HttpResponse<String> wrongType = Http.send("POST", NOTES, "text/plain", "hello");
            assertProblem(wrongType, 415, "Unsupported Media Type");

            HttpResponse<String> wrongMethod = Http.send("DELETE", NOTES, null, null);
            assertProblem(wrongMethod, 405, "Method Not Allowed");
            assertTrue(wrongMethod.headers().firstValue("Allow").isPresent());

            HttpResponse<String> created = Http.send("POST", NOTES, "application/json", "{\"text\": \"first\"}");
            assertEquals(created.body(), 201, created.statusCode());
            long id = Http.number(created.body(), "id");
            long version = Http.number(created.body(), "version");
            HttpResponse<String> changed = Http.send("PUT", NOTES + "/" + id, "application/json",
                    "{\"text\": \"second\", \"version\": " + version + "}");
            assertEquals(changed.body(), 200, changed.statusCode());
            HttpResponse<String> stale = Http.send("PUT", NOTES + "/" + id, "application/json",
                    "{\"text\": \"third\", \"version\": " + version + "}");
            assertProblem(stale, 409, "The record was changed by someone else");
            assertEquals(Http.number(changed.body(), "version"), Http.number(stale.body(), "currentVersion"));

            HttpResponse<String> failure = Http.send("GET", NOTES + "/failure", null, null,
                    "X-Correlation-Id", "support-case-4711");
            assertProblem(failure, 500, "Internal Server Error");
            assertEquals("support-case-4711", failure.headers().firstValue("X-Correlation-Id").orElse(null));
            assertTrue(failure.body(), failure.body().contains("\"correlationId\":\"support-case-4711\""));
            assertFalse("no internals leak: " + failure.body(), failure.body().contains("secret"));
            assertFalse("no stack trace: " + failure.body(), failure.body().contains("at org."));

            HttpResponse<String> unauthorized = Http.get(NOTES + "/errors/401");
            assertProblem(unauthorized, 401, "Unauthorized");
            assertEquals("Bearer realm=\"rapport\"", unauthorized.headers().firstValue("WWW-Authenticate").orElse(null));
            assertProblem(Http.get(NOTES + "/errors/403"), 403, "Forbidden");
            HttpResponse<String> tooMany = Http.get(NOTES + "/errors/429");
            assertProblem(tooMany, 429, "Too Many Requests");
            assertEquals("120", tooMany.headers().firstValue("Retry-After").orElse(null));

            requestBodiesAboveTheConfiguredLimitAreRefused();
        } finally {
            modules.disable("sample");
        }
        Await.until("the disabled module's address to answer 404", Duration.ofSeconds(30),
                () -> call(() -> Http.get(NOTES)).statusCode() == 404);
        assertProblem(Http.get(NOTES), 404, "Not Found");
        assertEquals(200, Http.get("/api/health").statusCode());
    }

    /**
     * 413 for a declared Content-Length and for a chunked body, with a limit set through the config file
     * (ConfigAdmin, by Felix FileInstall) as an administrator would; the file is removed afterwards, which
     * brings back the default of 10 MiB.
     */
    private void requestBodiesAboveTheConfiguredLimitAreRefused() throws Exception {
        Path config = Paths.get(System.getProperty("karaf.etc"), "org.rapport.platform.web.cfg");
        assertFalse("the distribution ships no web config; the test would lose it", Files.exists(config));
        String body = "{\"text\": \"" + "x".repeat(4000) + "\"}";
        try {
            Files.writeString(config, "maxRequestBytes = 1024\n", StandardCharsets.UTF_8);
            Await.until("the 1 KiB request body limit", Duration.ofSeconds(30),
                    () -> call(() -> Http.send("POST", NOTES, "application/json", body)).statusCode() == 413);

            HttpResponse<String> declared = Http.send("POST", NOTES, "application/json", body);
            assertProblem(declared, 413, "Request Entity Too Large");
            assertTrue(declared.body(), declared.body().contains("limit of 1 KiB (1024 bytes)"));
            assertTrue(declared.body(), declared.body().contains("\"maxRequestBytes\":1024"));

            HttpResponse<String> chunked = Http.sendChunked("POST", NOTES, "application/json",
                    body.getBytes(StandardCharsets.UTF_8));
            assertProblem(chunked, 413, "Request Entity Too Large");
            assertTrue(chunked.body(), chunked.body().contains("limit of 1 KiB (1024 bytes)"));

            HttpResponse<String> small = Http.send("POST", NOTES, "application/json", "{\"text\": \"fits\"}");
            assertEquals(small.body(), 201, small.statusCode());
        } finally {
            Files.deleteIfExists(config);
        }
        // Back to the default: the same body is read, and refused only for what it says (too long a note).
        Await.until("the default request body limit", Duration.ofSeconds(30),
                () -> call(() -> Http.send("POST", NOTES, "application/json", body)).statusCode() == 400);
        assertProblem(Http.sendChunked("POST", NOTES, "application/json", body.getBytes(StandardCharsets.UTF_8)),
                400, "The request is not valid");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title) {
        String body = response.body();
        assertEquals(body, status, response.statusCode());
        assertEquals(body, "application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(body, body.contains("\"type\":\"about:blank\""));
        assertTrue(body, body.contains("\"title\":\"" + title + "\""));
        assertTrue(body, body.contains("\"status\":" + status));
        String correlationId = response.headers().firstValue("X-Correlation-Id").orElse(null);
        assertTrue("a correlation id header: " + response.headers().map(), correlationId != null);
        assertTrue(body, body.contains("\"correlationId\":\"" + correlationId + "\""));
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
