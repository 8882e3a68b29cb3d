package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Vaadin's push needs the websocket upgrade under {@code /VAADIN/push} to pass through Felix's Jetty and the
 * servlet whiteboard (it took an Atmosphere init parameter to make it work; see the UI notes). Plain Java, no browser.
 * Until the UI host is in the distribution, {@code GET /} has no Vaadin page and this test is skipped, saying so; from
 * then on it runs.
 */
@ExtendWith(RapportNodeExtension.class)
class PushHandshakeIT {

    /** What Vaadin's client sends to open push over websocket (Atmosphere's protocol parameters). */
    static final String PUSH_PATH = "/VAADIN/push?v-r=push&v-uiId=0&X-Atmosphere-tracking-id=0"
            + "&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket&X-atmo-protocol=true"
            + "&Content-Type=application/json;%20charset=UTF-8";

    @Test
    void pushWebsocketIsUpgraded(RapportNode node) throws Exception {
        PushProbe probe = new PushProbe();
        HttpResponse<String> page = probe.get(node.uri("/"));
        assumeTrue(page.body().toLowerCase(Locale.ROOT).contains("vaadin"),
                () -> "SKIPPED: GET / answers " + page.statusCode() + " without a Vaadin page: the UI host is not in "
                        + "the distribution yet; this test runs as soon as it is.");

        PushProbe.Handshake handshake = probe.handshake(node.uri(PUSH_PATH));

        assertEquals(101, handshake.status(), () -> "The websocket upgrade of " + PUSH_PATH + " was refused: "
                + handshake + "\n" + node.diagnosis());
    }
}
