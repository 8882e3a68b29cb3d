package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A module's entities are audited by the platform without a line of audit code in the module: creating and
 * changing a sample note through REST leaves who, when, which field, old and new value, and the channel; a change
 * that fails (a stale version) leaves nothing. The trail is readable as JSON and exportable as CSV.
 */
public class AuditIT extends RapportSuite {

    private static final String NOTES = "/api/sample/notes";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void changesOfAModulesEntitiesAreAuditedInTheirTransaction() throws Exception {
        RapportContainer.addTestModules(features);
        RapportContainer.awaitPlatform(modules);
        try {
            RapportContainer.enableSample(modules);
            String first = "first " + UUID.randomUUID();
            HttpResponse<String> created = Http.send("POST", NOTES, "application/json",
                    "{\"text\": \"" + first + "\"}");
            assertEquals(created.body(), 201, created.statusCode());
            long id = Http.number(created.body(), "id");
            long version = Http.number(created.body(), "version");
            HttpResponse<String> changed = Http.send("PUT", NOTES + "/" + id, "application/json",
                    "{\"text\": \"second\", \"version\": " + version + "}");
            assertEquals(changed.body(), 200, changed.statusCode());
            HttpResponse<String> stale = Http.send("PUT", NOTES + "/" + id, "application/json",
                    "{\"text\": \"never saved\", \"version\": " + version + "}");
            assertEquals(409, stale.statusCode());

            HttpResponse<String> trail = Http.get("/api/audit?entity=SampleNote&id=" + id);
            assertEquals(trail.body(), 200, trail.statusCode());
            JsonNode entries = JSON.readTree(trail.body());
            assertEquals(trail.body(), 2, entries.size());
            JsonNode update = entries.get(0);
            assertEquals("UPDATE", update.get("operation").asText());
            assertEquals("text", update.get("field").asText());
            assertEquals(first, update.get("oldValue").asText());
            assertEquals("second", update.get("newValue").asText());
            assertEquals("admin", update.get("actor").asText());
            assertEquals("REST", update.get("channel").asText());
            assertEquals("sample", update.get("module").asText());
            JsonNode create = entries.get(1);
            assertEquals("CREATE", create.get("operation").asText());
            assertEquals(first, create.get("newValue").asText());
            assertTrue("no trace of the failed change: " + trail.body(), !trail.body().contains("never saved"));

            HttpResponse<String> csv = Http.send("GET", "/api/audit?entity=SampleNote&id=" + id, null, null,
                    "Accept", "text/csv");
            assertEquals(csv.body(), 200, csv.statusCode());
            assertTrue(csv.body(), csv.body().startsWith("id,at,actor,channel,module,entity,entityId,operation,"));
            assertTrue(csv.body(), csv.body().contains("\"second\""));

            HttpResponse<String> badLimit = Http.get("/api/audit?limit=0");
            assertEquals(400, badLimit.statusCode());
        } finally {
            modules.disable("sample");
        }
    }

    /** Grants and revocations are entity changes too: both are in the trail (a bulk delete would slip past it). */
    @Test
    public void grantingAndRevokingAPermissionAreAudited() throws Exception {
        RapportContainer.awaitPlatform(modules);
        org.rapport.identity.api.RoleAdmin roles = context.getService(
                context.getServiceReference(org.rapport.identity.api.RoleAdmin.class));
        String role = "audited" + UUID.randomUUID().toString().substring(0, 6);
        roles.create(new org.rapport.identity.api.NewRole(role, null, null));
        roles.grant(role, "sample.note.read");
        roles.revoke(role, "sample.note.read");
        HttpResponse<String> trail = Http.get("/api/audit?entity=RolePermissionEntity&limit=1000");
        assertEquals(trail.body(), 200, trail.statusCode());
        JsonNode entries = JSON.readTree(trail.body());
        String roleId = String.valueOf(roles.roles().stream().filter(r -> r.name().equals(role)).findFirst()
                .orElseThrow().id());
        boolean granted = false;
        boolean revoked = false;
        for (JsonNode entry : entries) {
            if ("roleId".equals(entry.path("field").asText())) {
                granted |= "CREATE".equals(entry.path("operation").asText()) && roleId.equals(entry.path("newValue").asText());
                revoked |= "DELETE".equals(entry.path("operation").asText()) && roleId.equals(entry.path("oldValue").asText());
            }
        }
        assertTrue("the grant is audited: " + trail.body(), granted);
        assertTrue("the revocation is audited: " + trail.body(), revoked);
    }
}
