package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A test bundle's view and REST resource appear within 3 s of the bundle's start and disappear within 3 s of its
 * stop: in an open browser (menu, route), in /api/, and in /api/openapi.json.
 */
@RapportUiTest
class ContributionLifecycleIT {

    static final Duration WITHIN = Duration.ofSeconds(3);
    static final String SAMPLE_BUNDLE = "org.rapport.itests.sample";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private RapportNode node;

    @Test
    void viewAndResourceFollowTheirBundle(RapportNode node, @Language("en-US") Browser browser) throws Exception {
        Shell.signIn(browser, node);
        this.node = node;
        browser.open(node.uri("/"));
        Shell.await(browser, Shell.SAMPLE_MENU_ENTRY);
        assertEquals(200, status("/api/sample/notes"));

        shell("bundle:stop " + SAMPLE_BUNDLE);
        Shell.awaitGone(browser, Shell.SAMPLE_MENU_ENTRY, WITHIN);
        awaitStatus("/api/sample/notes", 404);
        awaitOpenApi(false);
        browser.screenshot("sample-bundle-stopped");

        browser.open(node.uri("/sample/notes"));
        Shell.await(browser, Shell.HOME);

        shell("bundle:start " + SAMPLE_BUNDLE);
        Shell.click(browser, Shell.SAMPLE_MENU_ENTRY, WITHIN);
        Shell.await(browser, Shell.SAMPLE_PAGE, WITHIN);
        awaitStatus("/api/sample/notes", 200);
        awaitOpenApi(true);
    }

    @AfterEach
    void sampleBundleRunsAgain() throws Exception {
        if (node != null) {
            shell("bundle:start " + SAMPLE_BUNDLE);
        }
    }

    private void shell(String command) throws Exception {
        node.karaf().shell(command, Duration.ofSeconds(60));
    }

    private String token;

    /** A bearer token of the admin, for the REST calls (the browser has its own session). */
    private String token() throws Exception {
        if (token == null) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(node.uri("/api/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                            + RapportNode.ADMIN_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher found = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(answer.body());
            assertEquals(200, answer.statusCode(), answer.body());
            found.find();
            token = found.group(1);
        }
        return token;
    }

    private int status(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(3))
                .header("Authorization", "Bearer " + token()).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void awaitStatus(String path, int expected) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        int last;
        do {
            last = status(path);
            if (last == expected) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        assertEquals(expected, last, path + " did not answer " + expected + " within " + WITHIN.toSeconds() + " s");
    }

    /** Whether /api/openapi.json lists the sample resource (skipped until the document exists). */
    private void awaitOpenApi(boolean listed) throws Exception {
        URI uri = node.uri("/api/openapi.json");
        long deadline = System.nanoTime() + WITHIN.toNanos();
        String body;
        do {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            body = response.body();
            if (response.statusCode() == 200 && body.contains("\"/api/sample/notes\"") == listed) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("/api/openapi.json " + (listed ? "does not list" : "still lists")
                + " /api/sample/notes after " + WITHIN.toSeconds() + " s: " + body);
    }
}
