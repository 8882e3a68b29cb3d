package org.rapport.itests.ui;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks the websocket upgrade that Vaadin's push depends on, without a browser: opens a websocket with the JDK's
 * {@link WebSocket} and reports the handshake's HTTP status (101 when the server switched protocols). One probe
 * keeps cookies, so a {@link #get} of a page first gives the handshake the session that page opened, as a browser
 * would.
 */
public final class PushProbe {

    /** The handshake's outcome: {@code status} 101 means upgraded; otherwise the server's answer. */
    public record Handshake(int status, Map<String, List<String>> headers, String body) {
        public boolean upgraded() {
            return status == 101;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager())
            .build();

    /** A plain {@code GET}; its cookies are kept for the handshake. */
    public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens a websocket at {@code uri} ({@code http://} is turned into {@code ws://}) and closes it again at once.
     *
     * @return the handshake's status: 101 when upgraded, else the status, headers and body the server answered
     * @throws IOException when no HTTP answer came at all (connection refused, timeout)
     */
    public Handshake handshake(URI uri) throws IOException, InterruptedException {
        URI ws = URI.create(uri.toString().replaceFirst("^http", "ws"));
        CompletionStage<WebSocket> opening = http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(ws, new WebSocket.Listener() {
                });
        try {
            WebSocket socket = opening.toCompletableFuture().get(15, TimeUnit.SECONDS);
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "probe done");
            socket.abort();
            // The JDK completes only after a 101 Switching Protocols; the response itself is not exposed.
            return new Handshake(101, Map.of(), "");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                HttpResponse<?> response = refused.getResponse();
                Object body = response.body();
                return new Handshake(response.statusCode(), response.headers().map(),
                        body == null ? "" : body.toString());
            }
            throw new IOException("No websocket handshake with " + ws + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            opening.toCompletableFuture().cancel(true);
            throw new IOException("No websocket handshake answer from " + ws + " within 15 s", e);
        }
    }
}
