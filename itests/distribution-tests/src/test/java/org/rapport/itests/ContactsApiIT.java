package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
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
 * The contacts REST API in the real distribution, as two sales reps with the same role use it: private records of
 * one are 404 to the other (id guessing learns nothing), folded search, list totals, optimistic locking, clear
 * errors, and the module disabled and enabled again without losing a record.
 */
public class ContactsApiIT extends RapportSuite {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "contacts test password " + UUID.randomUUID();
    private static final String PERSONS = "/api/contacts/persons";

    @Test
    public void repsSeeOnlyTheirOwnPrivateContactsAndGuessingIdsFindsNothing() throws Exception {
        awaitContacts();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String alice = signIn(rep("alice" + suffix, suffix));
        String bob = signIn(rep("bob" + suffix, suffix));

        List<Long> alices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> created = call(alice, "POST", PERSONS, "{\"firstName\":\"Private" + i + suffix
                    + "\",\"lastName\":\"Lead\",\"emails\":[{\"address\":\"p" + i + suffix + "@example.com\"}]}");
            assertEquals(created.body(), 201, created.statusCode());
            alices.add(JSON.readTree(created.body()).path("id").asLong());
        }
        long beyond = alices.get(alices.size() - 1) + 100_000;
        HttpResponse<String> missing = call(bob, "GET", PERSONS + "/" + beyond, null);
        assertEquals(404, missing.statusCode());
        for (long id : alices) {
            for (String method : List.of("GET", "PUT", "DELETE")) {
                HttpResponse<String> guess = call(bob, method, PERSONS + "/" + id,
                        method.equals("PUT") ? "{\"firstName\":\"Mine\",\"version\":1}" : null, "If-Match", "\"1\"");
                assertEquals(method + " " + id + ": " + guess.body(), 404, guess.statusCode());
                assertEquals("the same answer as for an id that does not exist", shape(missing, beyond),
                        shape(guess, id));
            }
            assertEquals(404, call(bob, "GET", PERSONS + "/" + id + "/shares", null).statusCode());
        }
        HttpResponse<String> bobsList = call(bob, "GET", PERSONS + "?q=private", null);
        assertEquals("0", bobsList.headers().firstValue("X-Total-Count").orElse(""));
        assertEquals("[]", bobsList.body());

        HttpResponse<String> alicesList = call(alice, "GET", PERSONS + "?q=private&size=2", null);
        assertEquals("5", alicesList.headers().firstValue("X-Total-Count").orElse(""));
        assertEquals(2, JSON.readTree(alicesList.body()).size());
        String cursor = alicesList.headers().firstValue("X-Next-Cursor").orElseThrow();
        HttpResponse<String> nextPage = call(alice, "GET", PERSONS + "?q=private&size=2&cursor=" + cursor, null);
        assertEquals(2, JSON.readTree(nextPage.body()).size());
        assertFalse(nextPage.body().contains(JSON.readTree(alicesList.body()).get(0).path("displayName").asText()));

        // shared for reading: bob sees it, still cannot change it
        long shared = alices.get(0);
        assertEquals(200, call(alice, "POST", PERSONS + "/" + shared + "/shares", "{\"userId\":" + userId(bob)
                + ",\"level\":\"READ\"}").statusCode());
        assertEquals(200, call(bob, "GET", PERSONS + "/" + shared, null).statusCode());
        assertEquals(403, call(bob, "PUT", PERSONS + "/" + shared, "{\"firstName\":\"Mine\"}", "If-Match", "\"1\"")
                .statusCode());
    }

    @Test
    public void searchFoldsLettersAndDigitsAndErrorsSayWhatToFix() throws Exception {
        awaitContacts();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = Http.send("POST", PERSONS, "application/json", "{\"firstName\":\"علي\","
                + "\"lastName\":\"كريمي" + marker + "\",\"phones\":[{\"number\":\"+98 912 123 4567\"}]}");
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("+989121234567", JSON.readTree(created.body()).path("phones").get(0).path("number").asText());
        String etag = created.headers().firstValue("ETag").orElseThrow();

        for (String query : List.of("علی کریمی" + marker, "کریمی" + marker, "۰۹۱۲۱۲۳")) {
            HttpResponse<String> found = Http.get(PERSONS + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertTrue(query + " -> " + found.body(), found.body().contains("كريمي" + marker));
        }

        HttpResponse<String> invalid = Http.send("POST", PERSONS, "application/json",
                "{\"lastName\":\"X\",\"emails\":[{\"address\":\"nope\"}],\"phones\":[{\"number\":\"12\"}]}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body(), invalid.body().contains("emails[0].address")
                && invalid.body().contains("phones[0].number"));
        HttpResponse<String> typo = Http.send("POST", PERSONS, "application/json", "{\"lastNmae\":\"X\"}");
        assertEquals(400, typo.statusCode());
        assertTrue(typo.body(), typo.body().contains("lastNmae"));

        long id = JSON.readTree(created.body()).path("id").asLong();
        HttpResponse<String> unversioned = Http.send("PUT", PERSONS + "/" + id, "application/json",
                "{\"lastName\":\"Y\"}");
        assertEquals(unversioned.body(), 428, unversioned.statusCode());
        HttpResponse<String> changed = Http.send("PUT", PERSONS + "/" + id, "application/json",
                "{\"firstName\":\"علي\",\"lastName\":\"كريمي" + marker + "\"}", "If-Match", etag);
        assertEquals(changed.body(), 200, changed.statusCode());
        HttpResponse<String> filled = Http.send("PUT", PERSONS + "/" + id, "application/json",
                "{\"firstName\":\"علي\",\"lastName\":\"كريمي" + marker + "\",\"leadSource\":\"fair " + marker + "\"}",
                "If-Match", changed.headers().firstValue("ETag").orElseThrow());
        assertEquals(filled.body(), 200, filled.statusCode());
        String history = Http.get("/api/audit?entity=Person&id=" + id).body();
        assertTrue("a field filled on an update is in the history: " + history,
                history.contains("\"field\":\"leadSource\"") && history.contains("fair " + marker));
        HttpResponse<String> stale = Http.send("PUT", PERSONS + "/" + id, "application/json",
                "{\"lastName\":\"Lost\"}", "If-Match", etag);
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body(), stale.body().contains("currentVersion"));
    }

    @Test
    public void csvImportsRunAsJobsAndExportsGiveTheListBack() throws Exception {
        awaitContacts();
        String marker = "imp" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "firstName,lastName,email,phone,tags\n"
                + "Leila,Ahmadi,leila." + marker + "@example.com,۰۹۱۲۳۴۵۶۷۸۹," + marker + "\n"
                + "Bad,Row,not-an-email,,\n"
                + "Omar,Haddad,omar." + marker + "@example.com,+966 50 123 4567," + marker + "\n";
        HttpResponse<String> started = Http.send("POST", "/api/contacts/imports?entity=person&key=email", "text/csv",
                csv);
        assertEquals(started.body(), 202, started.statusCode());
        String job = "/api/" + started.headers().firstValue("Location").orElseThrow().replaceFirst("^.*?/api/", "")
                .replaceFirst("^/", "");
        Await.until("the import to finish", Duration.ofSeconds(60),
                () -> Await.value(() -> Http.get(job)).body().contains("\"state\":\"done\""));
        JsonNode done = JSON.readTree(Http.get(job).body());
        assertEquals(2, done.path("created").asInt());
        assertEquals(1, done.path("failed").asInt());
        assertEquals(3, done.path("errors").get(0).path("row").asInt());
        assertTrue(done.toString(), done.path("errors").get(0).path("reason").asText().startsWith("email:"));
        HttpResponse<String> errorFile = Http.get(job + "/errors");
        assertTrue(errorFile.body(), errorFile.headers().firstValue("Content-Type").orElse("").startsWith("text/csv")
                && errorFile.body().contains("not-an-email"));

        HttpResponse<String> badHeader = Http.send("POST", "/api/contacts/imports?entity=person&key=email",
                "text/csv", "firstName,lastNmae,email\nA,B,c@d.ef\n");
        assertEquals(400, badHeader.statusCode());
        assertTrue(badHeader.body(), badHeader.body().contains("lastNmae"));

        HttpResponse<String> export = Http.get(PERSONS + "/export?tag=" + marker + "&sort=name");
        assertEquals(export.body(), 200, export.statusCode());
        String[] lines = export.body().strip().split("\n");
        assertEquals(export.body(), 3, lines.length);
        assertTrue(export.body(), lines[1].contains("Ahmadi") && lines[1].contains("+989123456789")
                && lines[2].contains("Haddad"));
    }

    @Test
    public void erasingAPersonBlanksTheirHistoryToo() throws Exception {
        awaitContacts();
        String email = "erase." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        HttpResponse<String> created = Http.send("POST", PERSONS, "application/json",
                "{\"firstName\":\"Nasrin\",\"lastName\":\"Erasable\",\"emails\":[{\"address\":\"" + email + "\"}]}");
        assertEquals(created.body(), 201, created.statusCode());
        long id = JSON.readTree(created.body()).path("id").asLong();
        assertTrue(created.body(), JSON.readTree(created.body()).path("erasedAt").isNull());
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertEquals(201, Http.send("POST", PERSONS + "/" + id + "/consents", "application/json",
                "{\"channel\":\"EMAIL\",\"granted\":true,\"source\":\"web form\"}").statusCode());
        assertTrue(Http.get("/api/audit?entity=Person&id=" + id).body().contains(email));
        JsonNode creation = JSON.readTree(Http.get("/api/audit?entity=Person&id=" + id).body());
        Set<String> createdFields = new HashSet<>();
        Set<Long> createdRows = new HashSet<>();
        for (JsonNode entry : creation) {
            if ("CREATE".equals(entry.path("operation").asText())) {
                createdFields.add(entry.path("field").asText());
                createdRows.add(entry.path("id").asLong());
            }
        }
        assertTrue(createdFields.toString(), createdFields.containsAll(Set.of("firstName", "lastName")));
        assertEquals("a created record is one row of the trail, shown field by field", 1, createdRows.size());
        HttpResponse<String> archive = Http.get(PERSONS + "/" + id + "/archive");
        assertEquals(200, archive.statusCode());
        assertTrue(archive.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));

        HttpResponse<String> attached = Http.send("POST", PERSONS + "/" + id + "/attachments?name="
                + URLEncoder.encode("قرارداد.txt", StandardCharsets.UTF_8), "text/plain", "signed contract");
        assertEquals(attached.body(), 201, attached.statusCode());
        long attachment = JSON.readTree(attached.body()).path("id").asLong();
        HttpResponse<String> download = Http.get(PERSONS + "/" + id + "/attachments/" + attachment);
        assertEquals("signed contract", download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse(""),
                download.headers().firstValue("Content-Disposition").orElse("").contains("UTF-8''"));

        assertEquals(428, Http.send("POST", PERSONS + "/" + id + "/erase", null, null).statusCode());
        HttpResponse<String> erased = Http.send("POST", PERSONS + "/" + id + "/erase", null, null, "If-Match", etag);
        assertEquals(erased.body(), 204, erased.statusCode());
        JsonNode erasedPerson = JSON.readTree(Http.get(PERSONS + "/" + id).body());
        assertEquals(erasedPerson.toString(), "Erased", erasedPerson.path("displayName").asText());
        // when, as ISO-8601: readers name the person "erased" in their own language by it
        java.time.Instant erasedAt = java.time.Instant.parse(erasedPerson.path("erasedAt").asText());
        assertTrue(erasedPerson.toString(), erasedAt.isAfter(java.time.Instant.now().minusSeconds(300)));
        // nor is the erased record filled in again
        String erasedTag = "\"" + erasedPerson.path("version").asLong() + "\"";
        HttpResponse<String> refilled = Http.send("PUT", PERSONS + "/" + id, "application/json",
                "{\"firstName\":\"Erasable\"}", "If-Match", erasedTag);
        assertEquals(refilled.body(), 409, refilled.statusCode());
        assertEquals(refilled.body(), "An erased person is not changed",
                JSON.readTree(refilled.body()).path("title").asText());
        assertEquals(erasedTag, "\"" + JSON.readTree(Http.get(PERSONS + "/" + id).body()).path("version").asLong()
                + "\"");

        String history = Http.get("/api/audit?entity=Person&id=" + id).body();
        assertFalse(history, history.contains(email) || history.contains("Erasable"));
        assertTrue(history, history.contains("[erased]") && history.contains("ERASED"));
        assertEquals("[]", Http.get(PERSONS + "/" + id + "/consents").body());
        assertEquals("[]", Http.get(PERSONS + "/" + id + "/attachments").body());
        assertEquals("[]", Http.get(PERSONS + "?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).body());
    }

    @Test
    public void duplicatesAreProposedAndMergedIntoOne() throws Exception {
        awaitContacts();
        String email = "dup." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        HttpResponse<String> first = Http.send("POST", PERSONS, "application/json",
                "{\"firstName\":\"Leila\",\"lastName\":\"Dup\",\"emails\":[{\"address\":\"" + email + "\"}]}");
        long firstId = JSON.readTree(first.body()).path("id").asLong();
        HttpResponse<String> candidates = Http.send("POST", PERSONS + "/duplicates", "application/json",
                "{\"firstName\":\"L\",\"emails\":[{\"address\":\"" + email.toUpperCase() + "\"}]}");
        assertEquals(candidates.body(), 200, candidates.statusCode());
        assertEquals(firstId, JSON.readTree(candidates.body()).get(0).path("id").asLong());

        HttpResponse<String> second = Http.send("POST", PERSONS, "application/json",
                "{\"firstName\":\"Leila\",\"lastName\":\"Dup\",\"stage\":\"CUSTOMER\",\"emails\":[{\"address\":\""
                        + email + "\"}]}");
        JsonNode other = JSON.readTree(second.body());
        HttpResponse<String> merged = Http.send("POST", PERSONS + "/" + firstId + "/merge", "application/json",
                "{\"mergedId\":" + other.path("id").asLong() + ",\"mergedVersion\":" + other.path("version").asLong()
                        + ",\"choices\":{\"stage\":\"MERGED\"}}",
                "If-Match", first.headers().firstValue("ETag").orElseThrow());
        assertEquals(merged.body(), 200, merged.statusCode());
        assertEquals("CUSTOMER", JSON.readTree(merged.body()).path("stage").asText());
        assertEquals(404, Http.get(PERSONS + "/" + other.path("id").asLong()).statusCode());

        // an erased person is never merged, on either side, and the refusal writes nothing
        HttpResponse<String> third = Http.send("POST", PERSONS, "application/json",
                "{\"firstName\":\"Leila\",\"lastName\":\"Dup\"}");
        long thirdId = JSON.readTree(third.body()).path("id").asLong();
        assertEquals(204, Http.send("POST", PERSONS + "/" + thirdId + "/erase", null, null, "If-Match",
                third.headers().firstValue("ETag").orElseThrow()).statusCode());
        long erasedVersion = JSON.readTree(Http.get(PERSONS + "/" + thirdId).body()).path("version").asLong();
        String survivorTag = merged.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> refused = Http.send("POST", PERSONS + "/" + firstId + "/merge", "application/json",
                "{\"mergedId\":" + thirdId + ",\"mergedVersion\":" + erasedVersion + "}", "If-Match", survivorTag);
        assertEquals(refused.body(), 409, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertEquals(refused.body(), "An erased person is not merged", problem.path("title").asText());
        assertTrue(refused.body(), problem.path("detail").asText().startsWith("Person " + thirdId
                + ", the one to merge, was erased on request"));
        assertEquals(refused.body(), "merged", problem.path("erased").get(0).asText());
        HttpResponse<String> swapped = Http.send("POST", PERSONS + "/" + thirdId + "/merge", "application/json",
                "{\"mergedId\":" + firstId + ",\"mergedVersion\":" + JSON.readTree(merged.body()).path("version")
                        .asLong() + "}", "If-Match", "\"" + erasedVersion + "\"");
        assertEquals(swapped.body(), 409, swapped.statusCode());
        assertEquals(swapped.body(), "survivor", JSON.readTree(swapped.body()).path("erased").get(0).asText());
        HttpResponse<String> survivorNow = Http.get(PERSONS + "/" + firstId);
        assertEquals(survivorTag, survivorNow.headers().firstValue("ETag").orElseThrow());
        assertEquals(erasedVersion, JSON.readTree(Http.get(PERSONS + "/" + thirdId).body()).path("version").asLong());
    }

    @Test
    public void disablingTheModuleTakesItsApiAwayAndEnablingBringsEveryRecordAndAttachmentBack() throws Exception {
        awaitContacts();
        HttpResponse<String> created = Http.send("POST", "/api/contacts/organizations", "application/json",
                "{\"name\":\"Survivor " + UUID.randomUUID() + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        long id = JSON.readTree(created.body()).path("id").asLong();
        HttpResponse<String> person = Http.send("POST", PERSONS, "application/json",
                "{\"firstName\":\"Survivor\",\"lastName\":\"With file\"}");
        long personId = JSON.readTree(person.body()).path("id").asLong();
        HttpResponse<String> attached = Http.send("POST", PERSONS + "/" + personId + "/attachments?name=cv.txt",
                "text/plain", "kept across a disable");
        assertEquals(attached.body(), 201, attached.statusCode());
        long attachment = JSON.readTree(attached.body()).path("id").asLong();
        modules.disable("contacts");
        try {
            Await.until("the contacts API to go", Duration.ofSeconds(20),
                    () -> Await.value(() -> Http.get("/api/contacts/organizations/" + id)).statusCode() == 404
                            && !Await.value(() -> Http.get("/api/openapi.json")).body().contains("/api/contacts/"));
        } finally {
            modules.enable("contacts");
        }
        awaitContacts();
        HttpResponse<String> back = Http.get("/api/contacts/organizations/" + id);
        assertEquals(back.body(), 200, back.statusCode());
        assertEquals(JSON.readTree(created.body()).path("name"), JSON.readTree(back.body()).path("name"));
        assertEquals("kept across a disable", Http.get(PERSONS + "/" + personId + "/attachments/" + attachment)
                .body());
    }

    private void awaitContacts() {
        RapportContainer.awaitPlatform(modules);
        Await.until("the contacts API", Duration.ofSeconds(60),
                () -> Await.value(() -> Http.get(PERSONS + "?size=1")).statusCode() == 200);
    }

    /** A sales rep: the contacts permissions on people, nothing more. */
    private String rep(String username, String suffix) throws Exception {
        RoleAdmin roles = service(RoleAdmin.class);
        String role = "rep" + suffix;
        if (roles.roles().stream().noneMatch(r -> r.name().equals(role))) {
            roles.create(new NewRole(role, "Sales rep", null));
            for (String permission : List.of("contacts.person.read", "contacts.person.write",
                    "contacts.person.delete")) {
                roles.grant(role, permission);
            }
        }
        service(UserAdmin.class).create(new NewUser(username, username, null, "en", null, null, PASSWORD,
                List.of(role)));
        return username;
    }

    private static String signIn(String username) throws Exception {
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

    private static long userId(String token) throws Exception {
        return JSON.readTree(call(token, "GET", "/api/auth/me", null).body()).path("id").asLong();
    }

    private static HttpResponse<String> call(String token, String method, String path, String body,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create("http://localhost:" + RapportContainer.HTTP_PORT + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Http.send(request.build());
    }

    /** Status, title and detail with the id taken out: what a guesser could compare. */
    private static String shape(HttpResponse<String> answer, long id) throws Exception {
        JsonNode problem = JSON.readTree(answer.body());
        return answer.statusCode() + " " + problem.path("title").asText() + " "
                + problem.path("detail").asText().replace(String.valueOf(id), "N");
    }

    private <T> T service(Class<T> type) {
        return context.getService(context.getServiceReference(type));
    }
}
