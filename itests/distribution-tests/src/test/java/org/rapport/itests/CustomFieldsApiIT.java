package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Custom fields in the real distribution, all at runtime over REST: an admin defines fields, a person gets values,
 * lists filter and export by them, the history shows their changes, and the values survive the contacts module being
 * disabled and enabled again.
 */
public class CustomFieldsApiIT extends RapportSuite {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIELDS = "/api/contacts/custom-fields";
    private static final String PERSONS = "/api/contacts/persons";

    @Test
    public void fieldsDefinedAtRuntimeHoldValuesThatAreFilteredExportedAndSurviveTheModuleBeingDisabled()
            throws Exception {
        awaitContacts();
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String tier = "tier" + id;
        String shoe = "shoe" + id;
        String budget = "budget" + id;
        created(Http.send("POST", FIELDS, "application/json", "{\"entity\":\"person\",\"key\":\"" + tier
                + "\",\"label\":\"Tier\",\"type\":\"CHOICE\",\"choices\":[\"gold\",\"silver\"],\"showInList\":true}"));
        created(Http.send("POST", FIELDS, "application/json", "{\"entity\":\"person\",\"key\":\"" + shoe
                + "\",\"label\":\"Shoe size\",\"type\":\"NUMBER\"}"));
        created(Http.send("POST", FIELDS, "application/json", "{\"entity\":\"person\",\"key\":\"" + budget
                + "\",\"label\":\"Budget\",\"type\":\"MONEY\"}"));
        HttpResponse<String> badDefinition = Http.send("POST", FIELDS, "application/json",
                "{\"entity\":\"person\",\"key\":\"Bad Key\",\"label\":\"\",\"type\":\"CHOICE\"}");
        assertEquals(badDefinition.body(), 400, badDefinition.statusCode());
        assertTrue(badDefinition.body(), badDefinition.body().contains("\"key\"")
                && badDefinition.body().contains("\"choices\""));
        JsonNode listed = JSON.readTree(Http.get(FIELDS + "?entity=person").body());
        assertTrue(listed.toString(), listed.toString().contains("\"key\":\"" + tier + "\""));

        JsonNode gold = JSON.readTree(created(Http.send("POST", PERSONS, "application/json",
                "{\"firstName\":\"Golda\",\"lastName\":\"" + id + "\",\"custom\":{\"" + tier + "\":\"gold\",\"" + shoe
                        + "\":42.5,\"" + budget + "\":{\"amount\":\"12.5\",\"currency\":\"EUR\"}}}")).body());
        assertEquals("gold", gold.path("custom").path(tier).asText());
        assertEquals(new BigDecimal("42.5"), gold.path("custom").path(shoe).decimalValue());
        assertEquals(0, new BigDecimal("12.50").compareTo(gold.path("custom").path(budget).path("amount").decimalValue()));
        assertEquals("EUR", gold.path("custom").path(budget).path("currency").asText());
        created(Http.send("POST", PERSONS, "application/json", "{\"firstName\":\"Silvia\",\"lastName\":\"" + id
                + "\",\"custom\":{\"" + tier + "\":\"silver\",\"" + shoe + "\":\"38\"}}"));
        HttpResponse<String> badValue = Http.send("POST", PERSONS, "application/json", "{\"lastName\":\"" + id
                + "\",\"custom\":{\"" + tier + "\":\"diamond\",\"" + budget + "\":{\"amount\":1,\"currency\":\"XXY\"}}}");
        assertEquals(badValue.body(), 400, badValue.statusCode());
        assertTrue(badValue.body(), badValue.body().contains("custom." + tier)
                && badValue.body().contains("custom." + budget));

        assertEquals(1, JSON.readTree(list("q=" + id + "&custom." + tier + "=gold").body()).size());
        assertEquals(2, JSON.readTree(list("q=" + id + "&custom." + tier + "=gold&custom." + tier + "=silver").body())
                .size());
        JsonNode bigFeet = JSON.readTree(list("q=" + id + "&custom." + shoe + ".min=40").body());
        assertEquals(1, bigFeet.size());
        assertEquals("Golda", bigFeet.get(0).path("firstName").asText());
        JsonNode segment = JSON.readTree(created(Http.send("POST", "/api/contacts/segments", "application/json",
                "{\"name\":\"Big feet " + id + "\",\"text\":\"" + id + "\",\"custom\":[{\"key\":\"" + shoe
                        + "\",\"match\":\"MIN\",\"value\":40}]}")).body());
        assertEquals(segment.toString(), shoe, segment.path("custom").get(0).path("key").asText());
        String segmentMembers = "/api/contacts/segments/" + segment.path("id").asLong() + "/persons";
        JsonNode members = JSON.readTree(Http.get(segmentMembers).body());
        assertEquals(members.toString(), 1, members.size());
        assertEquals("Golda", members.get(0).path("firstName").asText());
        HttpResponse<String> badSegment = Http.send("POST", "/api/contacts/segments", "application/json",
                "{\"name\":\"Nope " + id + "\",\"custom\":[{\"key\":\"nope" + id + "\",\"match\":\"EQUALS\","
                        + "\"value\":\"1\"}]}");
        assertEquals(badSegment.body(), 400, badSegment.statusCode());
        assertTrue(badSegment.body(), badSegment.body().contains("custom.nope" + id));
        HttpResponse<String> unknown = list("custom.nope" + id + "=1");
        assertEquals(unknown.body(), 400, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("custom.nope" + id));
        HttpResponse<String> notANumber = list("custom." + shoe + ".max=big");
        assertEquals(notANumber.body(), 400, notANumber.statusCode());

        String csv = Http.get(PERSONS + "/export?q=" + id + "&custom." + tier + "=gold").body();
        String[] lines = csv.strip().split("\n");
        assertEquals(csv, 2, lines.length);
        assertTrue(lines[0], lines[0].contains("\"custom." + tier + "\"") && lines[0].contains("\"custom." + budget
                + "\""));
        assertTrue(lines[1], lines[1].contains("\"gold\"") && lines[1].contains("\"12.50 EUR\""));

        long golda = gold.path("id").asLong();
        HttpResponse<String> changed = Http.send("PUT", PERSONS + "/" + golda, "application/json",
                "{\"firstName\":\"Golda\",\"lastName\":\"" + id + "\",\"custom\":{\"" + tier + "\":\"silver\",\""
                        + shoe + "\":42.5,\"" + budget + "\":\"12.50 EUR\"}}",
                "If-Match", "\"" + gold.path("version").asLong() + "\"");
        assertEquals(changed.body(), 200, changed.statusCode());
        String history = Http.get("/api/audit?entity=Person&id=" + golda).body();
        assertTrue("the custom values' change is in the record's history: " + history,
                history.contains("\"field\":\"customValues\"") && history.contains("silver"));

        HttpResponse<String> retired = Http.send("DELETE", FIELDS + "/person/" + tier, null, null);
        assertEquals(retired.body(), 200, retired.statusCode());
        assertFalse(Http.get(PERSONS + "/" + golda).body().contains(tier));
        assertEquals(200, Http.send("POST", FIELDS + "/person/" + tier + "/restore", null, null).statusCode());
        assertTrue(Http.get(PERSONS + "/" + golda).body().contains("\"" + tier + "\":\"silver\""));

        modules.disable("contacts");
        try {
            Await.until("the contacts API to go", Duration.ofSeconds(20),
                    () -> Await.value(() -> Http.get(FIELDS + "?entity=person")).statusCode() == 404);
        } finally {
            modules.enable("contacts");
        }
        awaitContacts();
        JsonNode back = JSON.readTree(Http.get(PERSONS + "/" + golda).body());
        assertEquals("silver", back.path("custom").path(tier).asText());
        assertEquals(new BigDecimal("42.5"), back.path("custom").path(shoe).decimalValue());
        assertEquals("EUR", back.path("custom").path(budget).path("currency").asText());
        assertEquals(1, JSON.readTree(list("q=" + id + "&custom." + shoe + ".min=40").body()).size());
        assertEquals("a segment's conditions outlive the module being disabled", 1,
                JSON.readTree(Http.get(segmentMembers).body()).size());
    }

    @Test
    public void aCustomFieldIsInTheSharingSettingsAndItsRuleOutlivesTheFieldAndTheModule() throws Exception {
        awaitContacts();
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String key = "salary" + id;
        String role = "clerk" + id;
        String rules = "/api/identity/roles/" + role + "/field-rules";
        created(Http.send("POST", "/api/identity/roles", "application/json", "{\"name\":\"" + role
                + "\",\"title\":\"Clerk\"}"));
        created(Http.send("POST", FIELDS, "application/json", "{\"entity\":\"person\",\"key\":\"" + key
                + "\",\"label\":\"Salary " + id + "\",\"type\":\"MONEY\"}"));
        assertEquals("Salary " + id, personField("custom." + key).path("label").asText());

        HttpResponse<String> hidden = Http.send("PUT", rules + "/contacts.person", "application/json",
                "{\"custom." + key + "\":\"HIDDEN\"}");
        assertEquals(hidden.body(), 200, hidden.statusCode());
        assertEquals(200, Http.send("DELETE", FIELDS + "/person/" + key, null, null).statusCode());
        assertTrue("a retired field is no longer offered", personField("custom." + key).isMissingNode());
        assertEquals(200, Http.send("PUT", rules + "/contacts.person", "application/json", "{}").statusCode());
        assertEquals("the rule stays while the field is retired", "HIDDEN", JSON.readTree(Http.get(rules).body())
                .path("contacts.person").path("custom." + key).asText());

        modules.disable("contacts");
        try {
            Await.until("the contacts record types to go", Duration.ofSeconds(20),
                    () -> !Await.value(() -> Http.get("/api/identity/record-types")).body()
                            .contains("\"contacts.person\""));
            assertEquals("the rule stays while the module is disabled", "HIDDEN", JSON.readTree(Http.get(rules).body())
                    .path("contacts.person").path("custom." + key).asText());
        } finally {
            modules.enable("contacts");
        }
        awaitContacts();
        assertEquals(200, Http.send("POST", FIELDS + "/person/" + key + "/restore", null, null).statusCode());
        Await.until("the restored field offered again", Duration.ofSeconds(20),
                () -> !Await.value(() -> personField("custom." + key)).isMissingNode());
        assertEquals("HIDDEN", JSON.readTree(Http.get(rules).body()).path("contacts.person").path("custom." + key)
                .asText());
    }

    /** The field of the people record type in the sharing settings named {@code name}, or a missing node. */
    private static JsonNode personField(String name) throws Exception {
        for (JsonNode type : JSON.readTree(Http.get("/api/identity/record-types").body())) {
            if (type.path("id").asText().equals("contacts.person")) {
                for (JsonNode field : type.path("fields")) {
                    if (field.path("name").asText().equals(name)) {
                        return field;
                    }
                }
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static HttpResponse<String> list(String query) throws Exception {
        return Http.get(PERSONS + "?" + query);
    }

    private static HttpResponse<String> created(HttpResponse<String> answer) {
        assertEquals(answer.body(), 201, answer.statusCode());
        return answer;
    }

    private void awaitContacts() {
        RapportContainer.awaitPlatform(modules);
        Await.until("the contacts API", Duration.ofSeconds(60),
                () -> Await.value(() -> Http.get(PERSONS + "?size=1")).statusCode() == 200);
    }
}
