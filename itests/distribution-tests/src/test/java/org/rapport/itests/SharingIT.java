package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.rapport.identity.api.NewRole;
import org.rapport.identity.api.NewUser;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.UserAdmin;
import org.rapport.identity.api.UserView;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.access.RecordAccess;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sharing settings and teams over REST in the real distribution, with the sample module's record type
 * {@code sample.note}: org-wide defaults and field rules are stored, read back, seen by the {@code RecordAccess}
 * service modules use, audited, and refused to callers without {@code identity.sharing.write}; teams round-trip.
 */
public class SharingIT extends RapportSuite {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "sharing test password " + UUID.randomUUID();
    private static final String NOTE_DEFAULT = "/api/identity/record-types/sample.note/default";

    @Inject
    SessionFactory shell;

    @Test
    public void orgWideDefaultsAreSetReadBackAuditedAndUsed() throws Exception {
        RapportContainer.addTestModules(features);
        RapportContainer.awaitPlatform(modules);
        try {
            RapportContainer.enableSample(modules);
            JsonNode note = recordType("sample.note");
            assertEquals("PRIVATE", note.get("initialDefault").asText());
            assertEquals("sample", note.get("module").asText());
            assertEquals("text", note.get("fields").get(0).get("name").asText());

            HttpResponse<String> set = Http.send("PUT", NOTE_DEFAULT, "application/json",
                    "{\"orgWideDefault\":\"PUBLIC_READ\"}");
            assertEquals(set.body(), 200, set.statusCode());
            assertEquals("PUBLIC_READ", JSON.readTree(set.body()).get("orgWideDefault").asText());
            assertEquals("PUBLIC_READ", recordType("sample.note").get("orgWideDefault").asText());
            assertEquals("PRIVATE", recordType("sample.note").get("initialDefault").asText());
            RecordAccess access = service(RecordAccess.class);
            assertEquals(OrgWideDefault.PUBLIC_READ, access.orgWideDefault("sample.note"));

            HttpResponse<String> unknownValue = Http.send("PUT", NOTE_DEFAULT, "application/json",
                    "{\"orgWideDefault\":\"SOMETIMES\"}");
            assertEquals(unknownValue.body(), 400, unknownValue.statusCode());
            assertTrue(unknownValue.body(), unknownValue.body().contains("'SOMETIMES' is not an org-wide default")
                    && unknownValue.body().contains("\"field\":\"orgWideDefault\"")
                    && unknownValue.body().contains("PUBLIC_READ_WRITE"));
            HttpResponse<String> noBody = Http.send("PUT", NOTE_DEFAULT, "application/json", "{}");
            assertEquals(noBody.body(), 400, noBody.statusCode());
            HttpResponse<String> unknownType = Http.send("PUT", "/api/identity/record-types/nothing.here/default",
                    "application/json", "{\"orgWideDefault\":\"PRIVATE\"}");
            assertEquals(unknownType.body(), 404, unknownType.statusCode());
            assertTrue(unknownType.body(), unknownType.body().contains("sample.note"));
            assertEquals("refusals change nothing", OrgWideDefault.PUBLIC_READ, access.orgWideDefault("sample.note"));

            HttpResponse<String> trail = Http.get("/api/audit?entity=SharingDefaultEntity&id=sample.note");
            assertEquals(trail.body(), 200, trail.statusCode());
            JsonNode entry = JSON.readTree(trail.body()).get(0);
            assertEquals(trail.body(), "PUBLIC_READ", entry.get("newValue").asText());
            assertEquals("admin", entry.get("actor").asText());
            assertEquals("REST", entry.get("channel").asText());

            String listing = execute("rapport:sharing");
            assertTrue(listing, listing.contains("sample.note") && listing.contains("PUBLIC_READ"));
            String changed = execute("rapport:sharing-default sample.note public_read_write");
            assertTrue(changed, changed.contains("now PUBLIC_READ_WRITE"));
            assertEquals(OrgWideDefault.PUBLIC_READ_WRITE, access.orgWideDefault("sample.note"));
            String refused = execute("rapport:sharing-default sample.note OPEN");
            assertTrue(refused, refused.contains("'OPEN' is not an org-wide default"));
        } finally {
            Http.send("PUT", NOTE_DEFAULT, "application/json", "{\"orgWideDefault\":\"PRIVATE\"}");
            modules.disable("sample");
        }
    }

    @Test
    public void fieldRulesRoundTripAndReachRecordAccess() throws Exception {
        RapportContainer.addTestModules(features);
        RapportContainer.awaitPlatform(modules);
        try {
            RapportContainer.enableSample(modules);
            String role = "clerk" + UUID.randomUUID().toString().substring(0, 6);
            service(RoleAdmin.class).create(new NewRole(role, "Clerk", null));
            String rules = "/api/identity/roles/" + role + "/field-rules";

            HttpResponse<String> set = Http.send("PUT", rules + "/sample.note", "application/json",
                    "{\"text\":\"READ_ONLY\"}");
            assertEquals(set.body(), 200, set.statusCode());
            assertEquals(Map.of("text", "READ_ONLY"), JSON.convertValue(JSON.readTree(set.body()), Map.class));
            HttpResponse<String> read = Http.get(rules);
            assertEquals(read.body(), 200, read.statusCode());
            assertEquals(Map.of("sample.note", Map.of("text", "READ_ONLY")),
                    JSON.convertValue(JSON.readTree(read.body()), Map.class));

            UserView clerk = service(UserAdmin.class).create(new NewUser("clerk" + role.substring(5), null, null, "en",
                    null, null, PASSWORD, List.of(role)));
            Caller caller = new Caller(clerk.id(), clerk.username(), null, null, Set.of(role), Set.of(), Channel.REST);
            assertEquals(Map.of("text", FieldRule.READ_ONLY), service(RecordAccess.class).fieldRules(caller, "sample.note"));

            HttpResponse<String> unknownField = Http.send("PUT", rules + "/sample.note", "application/json",
                    "{\"text\":\"HIDDEN\",\"shoeSize\":\"HIDDEN\"}");
            assertEquals(unknownField.body(), 400, unknownField.statusCode());
            assertTrue(unknownField.body(), unknownField.body().contains("\"field\":\"shoeSize\""));
            HttpResponse<String> unknownRule = Http.send("PUT", rules + "/sample.note", "application/json",
                    "{\"text\":\"INVISIBLE\"}");
            assertEquals(unknownRule.body(), 400, unknownRule.statusCode());
            assertTrue(unknownRule.body(), unknownRule.body().contains("'INVISIBLE' is not a field rule"));
            assertEquals(404, Http.get("/api/identity/roles/no-such-role/field-rules").statusCode());
            assertEquals("refused requests change nothing", Map.of("text", FieldRule.READ_ONLY),
                    service(RecordAccess.class).fieldRules(caller, "sample.note"));

            HttpResponse<String> cleared = Http.send("PUT", rules + "/sample.note", "application/json",
                    "{\"text\":\"EDITABLE\"}");
            assertEquals(cleared.body(), 200, cleared.statusCode());
            assertEquals("{}", Http.get(rules).body().replace(" ", ""));
            assertEquals(Map.of(), service(RecordAccess.class).fieldRules(caller, "sample.note"));
            HttpResponse<String> trail = Http.get("/api/audit?entity=FieldRuleEntity");
            assertTrue(trail.body(), trail.body().contains("\"operation\":\"DELETE\"")
                    && trail.body().contains("READ_ONLY"));
        } finally {
            modules.disable("sample");
        }
    }

    @Test
    public void teamsRoundTripOverRest() throws Exception {
        RapportContainer.awaitPlatform(modules);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String team = "north" + suffix;
        String member = "member" + suffix;
        service(UserAdmin.class).create(new NewUser(member, null, null, "en", null, null, PASSWORD, List.of()));

        HttpResponse<String> created = Http.send("POST", "/api/identity/teams", "application/json",
                "{\"name\":\"" + team + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.headers().firstValue("Location").orElse("").contains("/identity/teams/"));
        HttpResponse<String> again = Http.send("POST", "/api/identity/teams", "application/json",
                "{\"name\":\"" + team + "\"}");
        assertEquals(again.body(), 400, again.statusCode());
        HttpResponse<String> blank = Http.send("POST", "/api/identity/teams", "application/json", "{\"name\":\" \"}");
        assertEquals(blank.body(), 400, blank.statusCode());
        assertTrue(blank.body(), blank.body().contains("\"field\":\"name\""));

        HttpResponse<String> added = Http.send("PUT", "/api/identity/teams/" + team + "/members/" + member, null, null);
        assertEquals(added.body(), 200, added.statusCode());
        assertEquals(List.of(member), members(JSON.readTree(added.body())));
        assertEquals(List.of(member), members(team(team)));
        HttpResponse<String> nobody = Http.send("PUT", "/api/identity/teams/" + team + "/members/nobody" + suffix,
                null, null);
        assertEquals(nobody.body(), 400, nobody.statusCode());
        assertEquals(404, Http.send("PUT", "/api/identity/teams/none" + suffix + "/members/" + member, null, null)
                .statusCode());

        HttpResponse<String> removed = Http.send("DELETE", "/api/identity/teams/" + team + "/members/" + member, null,
                null);
        assertEquals(removed.body(), 200, removed.statusCode());
        assertEquals(List.of(), members(team(team)));
        HttpResponse<String> trail = Http.get("/api/audit?entity=TeamMemberEntity&actor=admin");
        assertTrue("joining and leaving are audited: " + trail.body(), trail.body().contains("\"operation\":\"CREATE\"")
                && trail.body().contains("\"operation\":\"DELETE\""));
    }

    @Test
    public void changesNeedTheirPermissionAndASignedInCaller() throws Exception {
        RapportContainer.addTestModules(features);
        RapportContainer.awaitPlatform(modules);
        try {
            RapportContainer.enableSample(modules);
            String suffix = UUID.randomUUID().toString().substring(0, 6);
            String role = "useradmin" + suffix;
            RoleAdmin roles = service(RoleAdmin.class);
            roles.create(new NewRole(role, "Manages users, not sharing", null));
            roles.grant(role, "identity.user.read");
            roles.grant(role, "identity.user.write");
            service(UserAdmin.class).create(new NewUser("ua" + suffix, null, null, "en", null, null, PASSWORD,
                    List.of(role)));
            String token = token("ua" + suffix);

            assertEquals(200, as(token, "GET", "/api/identity/record-types", null).statusCode());
            HttpResponse<String> setDefault = as(token, "PUT", NOTE_DEFAULT, "{\"orgWideDefault\":\"PUBLIC_READ\"}");
            assertEquals(setDefault.body(), 403, setDefault.statusCode());
            HttpResponse<String> setRules = as(token, "PUT", "/api/identity/roles/" + role + "/field-rules/sample.note",
                    "{\"text\":\"HIDDEN\"}");
            assertEquals(setRules.body(), 403, setRules.statusCode());
            assertEquals(OrgWideDefault.PRIVATE, service(RecordAccess.class).orgWideDefault("sample.note"));
            HttpResponse<String> team = as(token, "POST", "/api/identity/teams", "{\"name\":\"t" + suffix + "\"}");
            assertEquals("identity.user.write is enough for teams: " + team.body(), 201, team.statusCode());

            for (String[] call : new String[][] {{"GET", "/api/identity/record-types"}, {"PUT", NOTE_DEFAULT},
                {"GET", "/api/identity/roles/" + role + "/field-rules"}, {"GET", "/api/identity/teams"},
                {"DELETE", "/api/identity/teams/t" + suffix + "/members/admin"}}) {
                HttpResponse<String> anonymous = Http.anonymous(call[0], call[1]);
                assertEquals(call[0] + " " + call[1] + ": " + anonymous.body(), 401, anonymous.statusCode());
            }
        } finally {
            modules.disable("sample");
        }
    }

    /** The access matrix and the anonymous check cover what the API document lists: the new operations are in it. */
    @Test
    public void theApiDocumentListsTheOperationsWithTheirPermissions() throws Exception {
        RapportContainer.awaitPlatform(modules);
        JsonNode paths = JSON.readTree(Http.get("/api/openapi.json").body()).path("paths");
        Map<String, String> expected = Map.of(
                "/api/identity/record-types get", "identity.user.read",
                "/api/identity/record-types/{type}/default put", "identity.sharing.write",
                "/api/identity/roles/{role}/field-rules get", "identity.user.read",
                "/api/identity/roles/{role}/field-rules/{type} put", "identity.sharing.write",
                "/api/identity/teams get", "identity.user.read",
                "/api/identity/teams post", "identity.user.write",
                "/api/identity/teams/{team}/members/{username} put", "identity.user.write",
                "/api/identity/teams/{team}/members/{username} delete", "identity.user.write");
        expected.forEach((operation, permission) -> {
            String[] parts = operation.split(" ");
            assertEquals(operation, permission,
                    paths.path(parts[0]).path(parts[1]).path("x-rapport-permission").asText("(not listed)"));
        });
    }

    private JsonNode recordType(String id) throws Exception {
        HttpResponse<String> types = Http.get("/api/identity/record-types");
        assertEquals(types.body(), 200, types.statusCode());
        for (JsonNode type : JSON.readTree(types.body())) {
            if (id.equals(type.get("id").asText())) {
                return type;
            }
        }
        throw new AssertionError(id + " is not listed: " + types.body());
    }

    private JsonNode team(String name) throws Exception {
        HttpResponse<String> teams = Http.get("/api/identity/teams");
        assertEquals(teams.body(), 200, teams.statusCode());
        for (JsonNode team : JSON.readTree(teams.body())) {
            if (name.equals(team.get("name").asText())) {
                return team;
            }
        }
        throw new AssertionError(name + " is not listed: " + teams.body());
    }

    private static List<String> members(JsonNode team) {
        List<String> names = new java.util.ArrayList<>();
        team.get("members").forEach(member -> names.add(member.asText()));
        return names;
    }

    private <T> T service(Class<T> type) {
        return context.getService(context.getServiceReference(type));
    }

    private static HttpResponse<String> as(String token, String method, String path, String body) throws Exception {
        return Http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RapportContainer.HTTP_PORT + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build());
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

    private String execute(String command) throws Exception {
        return AdminShell.execute(shell, command);
    }
}
