package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Roles administered over REST: create under a parent, grant and revoke, move, and no cycles. */
public class RolesApiIT extends RapportSuite {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void rolesAreCreatedMovedAndGrantedOverRest() throws Exception {
        RapportContainer.awaitPlatform(modules);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String manager = "manager" + suffix;
        String rep = "rep" + suffix;

        assertEquals(201, Http.send("POST", "/api/identity/roles", "application/json",
                "{\"name\":\"" + manager + "\",\"title\":\"Sales manager\"}").statusCode());
        HttpResponse<String> created = Http.send("POST", "/api/identity/roles", "application/json",
                "{\"name\":\"" + rep + "\",\"title\":\"Sales rep\",\"parent\":\"" + manager + "\"}");
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals(manager, JSON.readTree(created.body()).path("parent").asText());

        HttpResponse<String> granted = Http.send("PUT", "/api/identity/roles/" + rep
                + "/permissions/contacts.person.read", null, null);
        assertEquals(granted.body(), 200, granted.statusCode());
        assertTrue(granted.body(), granted.body().contains("contacts.person.read"));

        HttpResponse<String> cycle = Http.send("PUT", "/api/identity/roles/" + manager + "/parent",
                "application/json", "{\"parent\":\"" + rep + "\"}");
        assertEquals(cycle.body(), 400, cycle.statusCode());

        HttpResponse<String> top = Http.send("PUT", "/api/identity/roles/" + rep + "/parent", "application/json",
                "{\"parent\":null}");
        assertEquals(top.body(), 200, top.statusCode());
        JsonNode moved = JSON.readTree(top.body());
        assertTrue(top.body(), moved.path("parent").isNull() || moved.path("parent").isMissingNode());

        HttpResponse<String> revoked = Http.send("DELETE", "/api/identity/roles/" + rep
                + "/permissions/contacts.person.read", null, null);
        assertEquals(200, revoked.statusCode());
        assertTrue(revoked.body(), !revoked.body().contains("contacts.person.read"));
        assertEquals(404, Http.send("PUT", "/api/identity/roles/no-such-role" + suffix
                + "/permissions/contacts.person.read", null, null).statusCode());
    }
}
