package org.rapport.itests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Plain HTTP calls to the container's one port, as any API client makes them: signed in as the first-start admin
 * (a bearer token from POST /api/auth/token), unless {@link #anonymous} is asked for.
 */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static volatile String token;

    private Http() {
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET().build());
    }

    /** A request without credentials. */
    static HttpResponse<String> anonymous(String method, String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A bearer token of the admin, fetched once. */
    static String adminToken() throws Exception {
        String known = token;
        if (known == null) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                            + RapportContainer.ADMIN_PASSWORD + "\"}"))
                    .build());
            java.util.regex.Matcher found = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(answer.body());
            if (answer.statusCode() != 200 || !found.find()) {
                throw new AssertionError("The admin could not sign in: " + answer.statusCode() + " " + answer.body());
            }
            known = found.group(1);
            token = known;
        }
        return known;
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

    /** A binary body (a workbook, an image), with its Content-Length. (Not an overload of send: null bodies.) */
    static HttpResponse<String> sendBytes(String method, String path, String contentType, byte[] body)
            throws Exception {
        return send(request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType).build());
    }

    /** A body without Content-Length: the client sends it chunked. */
    static HttpResponse<String> sendChunked(String method, String path, String contentType, byte[] body)
            throws Exception {
        return send(request(path)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .header("Content-Type", contentType)
                .build());
    }

    private static HttpRequest.Builder request(String path) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        if (!path.startsWith("/api/health") && !path.startsWith("/api/openapi.json")) {
            builder.header("Authorization", "Bearer " + adminToken());
        }
        return builder;
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + RapportContainer.HTTP_PORT + path);
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

    /** A number field of a JSON answer, e.g. the id of what was created. */
    static long number(String json, String field) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)")
                .matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no number " + field + " in " + json);
        }
        return Long.parseLong(matcher.group(1));
    }
}
