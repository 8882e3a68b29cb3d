package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The directory of names in the real distribution: a user with no role at all finds a colleague by a folded name
 * prefix and reads names by id; nobody signed in reads nothing; and contacts refuses an owner the directory does
 * not know.
 */
public class DirectoryApiIT extends RapportSuite {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "directory test password " + UUID.randomUUID();

    @Test
    public void anyoneSignedInFindsColleaguesByNameAndOwnersMustExist() throws Exception {
        RapportContainer.awaitPlatform(modules);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long colleague = user("zoe" + suffix, "Zoë Ångström" + suffix, "zoe@example.org");
        user("plain" + suffix, "Plain" + suffix, null);
        String plain = token("plain" + suffix);

        HttpResponse<String> found = as(plain, "/api/directory?q=ANGSTR&kind=user");
        assertEquals(found.body(), 200, found.statusCode());
        JsonNode first = JSON.readTree(found.body()).get(0);
        assertEquals(found.body(), colleague, first.get("id").asLong());
        assertEquals("USER", first.get("kind").asText());
        assertTrue("names only, never an email: " + found.body(), !found.body().contains("example.org"));
        HttpResponse<String> names = as(plain, "/api/directory/names?user=" + colleague + "&user=987654321");
        assertEquals(names.body(), "Zoë Ångström" + suffix,
                JSON.readTree(names.body()).path("users").path(String.valueOf(colleague)).asText());
        assertEquals(names.body(), 1, JSON.readTree(names.body()).path("users").size());
        assertEquals(400, as(plain, "/api/directory?kind=robot").statusCode());
        assertEquals(401, Http.anonymous("GET", "/api/directory?q=zo").statusCode());

        Await.until("the contacts API", Duration.ofSeconds(60),
                () -> Await.value(() -> Http.get("/api/contacts/persons?size=1")).statusCode() == 200);
        HttpResponse<String> nobodys = Http.send("POST", "/api/contacts/persons", "application/json",
                "{\"firstName\":\"Owned\",\"lastName\":\"ByNobody\",\"owner\":{\"userId\":987654321}}");
        assertEquals(nobodys.body(), 400, nobodys.statusCode());
        assertTrue(nobodys.body(), nobodys.body().contains("there is no user 987654321"));
        HttpResponse<String> given = Http.send("POST", "/api/contacts/persons", "application/json",
                "{\"firstName\":\"Owned\",\"lastName\":\"ByZoe\",\"owner\":{\"userId\":" + colleague + "}}");
        assertEquals(given.body(), 201, given.statusCode());
    }

    /** A user with no role at all, created by the admin over REST; returns the id. */
    private static long user(String username, String displayName, String email) throws Exception {
        HttpResponse<String> created = Http.send("POST", "/api/identity/users", "application/json",
                JSON.writeValueAsString(email == null
                        ? java.util.Map.of("username", username, "displayName", displayName, "password", PASSWORD,
                                "roles", java.util.List.of())
                        : java.util.Map.of("username", username, "displayName", displayName, "email", email,
                                "password", PASSWORD, "roles", java.util.List.of())));
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    /** As that user only: {@code Http}'s own requests carry the admin's token. */
    private static HttpResponse<String> as(String token, String path) throws Exception {
        return Http.send(HttpRequest.newBuilder(local(path)).header("Authorization", "Bearer " + token).GET().build());
    }

    private static String token(String username) throws Exception {
        HttpResponse<String> answer = Http.send(HttpRequest.newBuilder(local("/api/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(java.util.Map.of("username", username, "password", PASSWORD))))
                .build());
        assertEquals(answer.body(), 200, answer.statusCode());
        return JSON.readTree(answer.body()).get("token").asText();
    }

    private static URI local(String path) {
        return URI.create("http://localhost:" + RapportContainer.HTTP_PORT + path);
    }
}
