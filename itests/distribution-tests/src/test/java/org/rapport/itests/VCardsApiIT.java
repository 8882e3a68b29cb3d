package org.rapport.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** People as vCards over REST: one card, a filtered list's cards, and an address book imported twice. */
public class VCardsApiIT extends RapportSuite {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CARDS = "/api/contacts/vcards/persons";

    @Test
    public void cardsGoOutAndAnAddressBookComesInWithoutDuplicates() throws Exception {
        RapportContainer.awaitPlatform(modules);
        Await.until("the contacts API", Duration.ofSeconds(60),
                () -> Await.value(() -> Http.get("/api/contacts/persons?size=1")).statusCode() == 200);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Http.send("POST", "/api/contacts/persons", "application/json",
                "{\"firstName\":\"مریم\",\"lastName\":\"Vcard" + suffix + "\",\"emails\":[{\"address\":\"m" + suffix
                        + "@example.ir\"},{\"address\":\"m2" + suffix + "@example.com\"}],"
                        + "\"phones\":[{\"number\":\"0912 555 0101\"}]}");
        assertEquals(created.body(), 201, created.statusCode());
        long id = JSON.readTree(created.body()).path("id").asLong();

        HttpResponse<String> card = Http.get(CARDS + "/" + id);
        assertEquals(card.body(), 200, card.statusCode());
        assertTrue(card.headers().firstValue("Content-Type").orElse(""), card.headers().firstValue("Content-Type")
                .orElse("").startsWith("text/vcard"));
        assertTrue(card.body(), card.body().contains("FN:مریم Vcard" + suffix));
        assertTrue(card.body(), card.body().contains("m2" + suffix + "@example.com"));
        assertTrue(card.body(), card.body().contains("TEL:+989125550101"));
        assertEquals(404, Http.get(CARDS + "/" + (id + 1_000_000)).statusCode());

        HttpResponse<String> list = Http.get(CARDS + "?q=vcard" + suffix);
        assertEquals(list.body(), 200, list.statusCode());
        assertEquals(list.body(), 1, list.body().split("BEGIN:VCARD").length - 1);

        String book = ("BEGIN:VCARD\nVERSION:3.0\nN:Dorj" + suffix + ";Batbayar;;;\nFN:Batbayar Dorj\n"
                + "EMAIL:bat" + suffix + "@example.mn\nTEL;TYPE=cell:+976 8811 2233\nORG:Khan Bank\nTITLE:Teller\n"
                + "END:VCARD\n").replace("\n", "\r\n") + list.body();
        JsonNode first = finished(Http.send("POST", CARDS + "?key=email", "text/vcard", book));
        assertEquals(first.toString(), "done", first.path("state").asText());
        assertEquals(first.toString(), 1, first.path("created").asInt());
        assertEquals(first.toString(), 1, first.path("updated").asInt());
        JsonNode again = finished(Http.send("POST", CARDS + "?key=email", "text/vcard", book));
        assertEquals(again.toString(), 0, again.path("created").asInt());
        assertEquals(again.toString(), 2, again.path("updated").asInt());
        HttpResponse<String> bat = Http.get("/api/contacts/persons?q=bat" + suffix + "@example.mn");
        assertEquals(bat.body(), "1", bat.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(bat.body(), bat.body().contains("Teller"));

        HttpResponse<String> notCards = Http.send("POST", CARDS, "text/vcard", "firstName,lastName\nA,B\n");
        assertEquals(notCards.body(), 400, notCards.statusCode());
        assertTrue(notCards.body(), notCards.body().contains("BEGIN:VCARD"));
    }

    private static JsonNode finished(HttpResponse<String> started) throws Exception {
        assertEquals(started.body(), 202, started.statusCode());
        String location = started.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/api/"));
        JsonNode[] job = new JsonNode[1];
        Await.until("the vCard import " + location, Duration.ofSeconds(60), () -> {
            job[0] = Await.value(() -> JSON.readTree(Http.get(path).body()));
            return job[0].path("state").asText().matches("done|failed");
        });
        return job[0];
    }
}
