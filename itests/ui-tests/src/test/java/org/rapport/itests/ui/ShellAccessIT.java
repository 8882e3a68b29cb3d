package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Karaf shell signs in with Rapport's users: the admin gets in, a user without the admin role does not, even
 * with the right password.
 */
@ExtendWith(RapportNodeExtension.class)
class ShellAccessIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void onlyRapportAdminsGetAShell(RapportNode node) throws Exception {
        String username = "clerk" + UUID.randomUUID().toString().substring(0, 6);
        String password = "clerk password " + UUID.randomUUID();
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(node.uri("/api/identity/users"))
                .header("Authorization", "Bearer " + adminToken(node)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username
                        + "\",\"displayName\":\"Clerk\",\"password\":\"" + password + "\",\"roles\":[]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode() / 100 * 100, created.body());

        assertTrue(node.karaf().shell("rapport:users", Duration.ofSeconds(60)).contains(username));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> node.karaf().shellAs(username, password, "rapport:users", Duration.ofSeconds(60)));
        assertTrue(!refused.getMessage().contains(username + " |"), "the clerk saw the user list: " + refused);
    }

    private static String adminToken(RapportNode node) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(node.uri("/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                        + RapportNode.ADMIN_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher found = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertTrue(found.find(), answer.body());
        return found.group(1);
    }
}
