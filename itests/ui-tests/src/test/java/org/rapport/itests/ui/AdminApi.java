package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The node's REST API as its admin, for setting up what a browser test needs (users, rules, records). */
final class AdminApi {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final RapportNode node;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String token;

    AdminApi(RapportNode node) throws Exception {
        this.node = node;
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(node.uri("/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                        + RapportNode.ADMIN_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher found = TOKEN.matcher(signIn.body());
        assertTrue(signIn.statusCode() == 200 && found.find(), "admin sign-in: " + signIn.body());
        token = found.group(1);
    }

    /** Sends JSON and expects a 2xx; returns the answer's body. */
    String send(String method, String path, String json) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(node.uri(path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() / 100 == 2, method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        return answer.body();
    }

    /** The {@code id} of a created record's JSON. */
    static long id(String json) {
        Matcher found = ID.matcher(json);
        assertTrue(found.find(), "no id in " + json);
        return Long.parseLong(found.group(1));
    }
}
