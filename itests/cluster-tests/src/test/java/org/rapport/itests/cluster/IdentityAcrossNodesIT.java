package org.rapport.itests.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rapport.itests.launcher.KarafNode;

/**
 * Each node remembers callers per token and access answers in memory (docs/architecture.md, identity): a change
 * made through one node must count on the other at its very next request, not after some time. Every request
 * below is made once, with no waiting or retrying: a node that answered from stale memory fails the test.
 */
class IdentityAcrossNodesIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String PASSWORD = "a long enough password";

    static Cluster cluster;
    static KarafNode node1;
    static KarafNode node2;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        ClusterDatabase.requireFreshDatabase();
        cluster = new Cluster();
        node1 = cluster.add("identity-node1", 6, Map.of(), Map.of());
        node2 = cluster.add("identity-node2", 7, Map.of(), Map.of());
        // One node at a time creates the schema (see TwoNodeExactlyOnceIT).
        node1.start();
        node1.awaitReady(Cluster.START_TIMEOUT, Cluster.READY);
        node2.start();
        node2.awaitReady(Cluster.START_TIMEOUT, Cluster.READY);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aTokenEndedOnOneNodeStandsForNobodyOnTheOtherAtOnce() throws Exception {
        String token = token(node1, "admin", Cluster.ADMIN_PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, call(node2, token, "GET", "/api/auth/me", null).statusCode(), "warming node 2");
        }
        assertEquals(204, call(node1, token, "POST", "/api/auth/logout", null).statusCode());
        assertEquals(401, call(node2, token, "GET", "/api/auth/me", null).statusCode(), "node 2 still let it in");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aPermissionOrAnAccountTakenAwayOnOneNodeCountsOnTheOtherAtOnce() throws Exception {
        String admin = token(node1, "admin", Cluster.ADMIN_PASSWORD);
        assertEquals(201, call(node1, admin, "POST", "/api/identity/roles", "{\"name\":\"directory-readers\"}")
                .statusCode());
        assertEquals(200, call(node1, admin, "PUT", "/api/identity/roles/directory-readers/permissions/"
                + "identity.user.read", null).statusCode());
        HttpResponse<String> created = call(node1, admin, "POST", "/api/identity/users", "{\"username\":\"rita\","
                + "\"password\":\"" + PASSWORD + "\",\"roles\":[\"directory-readers\"]}");
        assertEquals(201, created.statusCode(), created.body());
        long rita = number(created.body(), "id");

        String ofRita = token(node2, "rita", PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, call(node2, ofRita, "GET", "/api/identity/users", null).statusCode(), "warming node 2");
        }
        assertEquals(200, call(node1, admin, "DELETE", "/api/identity/roles/directory-readers/permissions/"
                + "identity.user.read", null).statusCode());
        assertEquals(403, call(node2, ofRita, "GET", "/api/identity/users", null).statusCode(),
                "node 2 still granted a revoked permission");
        assertEquals(200, call(node2, ofRita, "GET", "/api/auth/me", null).statusCode());

        HttpResponse<String> deactivated = call(node1, admin, "PUT", "/api/identity/users/" + rita,
                "{\"version\":" + number(call(node1, admin, "GET", "/api/identity/users", null).body()
                        .replaceAll("(?s).*(\\{[^{}]*\"username\":\"rita\"[^{}]*\\}).*", "$1"), "version")
                        + ",\"active\":false}");
        assertEquals(200, deactivated.statusCode(), deactivated.body());
        assertEquals(401, call(node2, ofRita, "GET", "/api/auth/me", null).statusCode(),
                "node 2 still let a deactivated user in");
    }

    static String token(KarafNode node, String username, String password) throws Exception {
        HttpResponse<String> answer = call(node, null, "POST", "/api/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        Matcher found = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertTrue(found.find(), answer.statusCode() + " " + answer.body());
        return found.group(1);
    }

    static HttpResponse<String> call(KarafNode node, String token, String method, String path, String json) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).method(method,
                    json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    static long number(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }
}
