package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.rapport.identity.api.NewRole;
import org.rapport.identity.api.NewUser;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.UserAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The access-control matrix, generated from what runs: every operation in /api/openapi.json (with the sample
 * module enabled) × every test role — admin, a manager above a reader in the role hierarchy, a role holding one
 * permission, and a role with nothing. Wherever an operation declares a permission the caller lacks, the answer must
 * be 403 before anything else happens; anything else is a leak. Where the caller holds it (the admin holds all, the
 * manager holds what the reader below holds), the answer must not be 403. The matrix grows by itself with every
 * module's resources.
 */
public class AccessMatrixIT extends RapportSuite {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "matrix test password " + UUID.randomUUID();

    @Test
    public void noCallerGetsPastAPermissionTheyLack() throws Exception {
        RapportContainer.addTestModules(features);
        RapportContainer.awaitPlatform(modules);
        try {
            RapportContainer.enableSample(modules);
            String suffix = UUID.randomUUID().toString().substring(0, 6);
            RoleAdmin roles = service(RoleAdmin.class);
            UserAdmin users = service(UserAdmin.class);
            String managerRole = "manager" + suffix;
            roles.create(new NewRole(managerRole, "Reads people, and what readers read", null));
            roles.grant(managerRole, "contacts.person.read");
            String readerRole = "reader" + suffix;
            roles.create(new NewRole(readerRole, "Reads sample notes", managerRole));
            roles.grant(readerRole, "sample.note.read");
            users.create(new NewUser("nobody" + suffix, "Has no role", null, "en", null, null, PASSWORD, List.of()));
            users.create(new NewUser("reader" + suffix, "Reads notes", null, "en", null, null, PASSWORD,
                    List.of(readerRole)));
            users.create(new NewUser("manager" + suffix, "Manages readers", null, "en", null, null, PASSWORD,
                    List.of(managerRole)));

            Map<String, Set<String>> callers = new LinkedHashMap<>();
            callers.put("nobody" + suffix, Set.of());
            callers.put("reader" + suffix, Set.of("sample.note.read"));
            callers.put("manager" + suffix, Set.of("sample.note.read", "contacts.person.read"));
            Map<String, String> tokens = new LinkedHashMap<>();
            for (String username : callers.keySet()) {
                tokens.put(username, token(username));
            }
            callers.put("admin", Set.of());
            tokens.put("admin", Http.adminToken());

            JsonNode document = JSON.readTree(Http.get("/api/openapi.json").body());
            List<String> leaks = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            int checked = 0;
            Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
                while (operations.hasNext()) {
                    Map.Entry<String, JsonNode> operation = operations.next();
                    String permission = operation.getValue().path("x-rapport-permission").asText("");
                    if (permission.isEmpty()) {
                        continue;
                    }
                    for (Map.Entry<String, Set<String>> caller : callers.entrySet()) {
                        boolean holds = caller.getKey().equals("admin") || caller.getValue().contains(permission);
                        String target = path.getKey().replaceAll("\\{[^}]+}", "1");
                        // the body the operation accepts, so only the permission can stand in the way
                        String contentType = operation.getValue().path("requestBody").path("content").fieldNames()
                                .hasNext() ? operation.getValue().path("requestBody").path("content").fieldNames()
                                        .next() : "application/json";
                        if (contentType.contains("*")) {
                            contentType = "application/octet-stream";
                        }
                        HttpResponse<String> answer = Http.send(HttpRequest
                                .newBuilder(URI.create("http://localhost:" + RapportContainer.HTTP_PORT + target))
                                .header("Authorization", "Bearer " + tokens.get(caller.getKey()))
                                .header("Content-Type", contentType)
                                .method(operation.getKey().toUpperCase(), HttpRequest.BodyPublishers.ofString(
                                        contentType.contains("json") ? "{}" : "firstName\n"))
                                .build());
                        checked++;
                        if (!holds && answer.statusCode() != 403) {
                            leaks.add(caller.getKey() + " without " + permission + ": " + operation.getKey() + " "
                                    + path.getKey() + " -> " + answer.statusCode() + " " + answer.body());
                        } else if (holds && answer.statusCode() == 403) {
                            refused.add(caller.getKey() + " with " + permission + ": " + operation.getKey() + " "
                                    + path.getKey() + " -> " + answer.body());
                        }
                    }
                }
            }
            assertTrue("the matrix checked the identity and sample operations, only " + checked, checked >= 8);
            assertEquals("leaks", List.of(), leaks);
            assertEquals("callers refused a permission they hold (directly, below them, or as admin)", List.of(),
                    refused);

            HttpResponse<String> readerReads = Http.send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + RapportContainer.HTTP_PORT + "/api/sample/notes"))
                    .header("Authorization", "Bearer " + tokens.get("reader" + suffix)).GET().build());
            assertEquals("the reader may read: " + readerReads.body(), 200, readerReads.statusCode());
        } finally {
            modules.disable("sample");
        }
    }

    private <T> T service(Class<T> type) {
        return context.getService(context.getServiceReference(type));
    }

    private static String token(String username) throws Exception {
        HttpResponse<String> answer = Http.send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + RapportContainer.HTTP_PORT + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("username", username, "password", PASSWORD))))
                .build());
        Matcher found = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertTrue(username + " could not sign in: " + answer.body(), answer.statusCode() == 200 && found.find());
        return found.group(1);
    }

}
