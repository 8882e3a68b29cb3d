package org.rapport.itests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP calls to the container's one port, as any API client makes them. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET().build());
    }

    static HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
            throws Exception {
        HttpRequest.Builder builder = request(path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.build());
    }

    /** A body without Content-Length: the client sends it chunked. */
    static HttpResponse<String> sendChunked(String method, String path, String contentType, byte[] body)
            throws Exception {
        return send(request(path)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .header("Content-Type", contentType)
                .build());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RapportContainer.HTTP_PORT + path));
    }

    /**
     * Retries what a well-behaved client retries: the REST whiteboard rebuilds the /api application whenever a
     * module's resources come or go; in that moment a request either loses its connection or gets the platform's
     * retryable 503 ({@code urn:rapport:problem:api-reconfiguring}, with Retry-After).
     */
    static HttpResponse<String> send(HttpRequest request) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                if (!isReconfiguring(response) || System.nanoTime() > deadline) {
                    return response;
                }
            } catch (java.io.IOException dropped) {
                if (System.nanoTime() > deadline) {
                    throw dropped;
                }
            }
            Thread.sleep(200);
        }
    }

    static boolean isReconfiguring(HttpResponse<String> response) {
        return response.statusCode() == 503 && response.body().contains("urn:rapport:problem:api-reconfiguring");
    }
}
