package org.rapport.itests.benchmarks;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.rapport.itests.launcher.Await;
import org.rapport.itests.launcher.Distribution;
import org.rapport.itests.launcher.KarafNode;
import org.rapport.itests.launcher.NodePorts;
import org.rapport.itests.launcher.Readiness;

/** One real Rapport node unpacked from the distribution, and what the benchmark asks of it: REST and its shell. */
final class RapportUnderTest implements AutoCloseable {

    static final String ADMIN_PASSWORD = "bench-admin-password";
    /**
     * 25080 HTTP, 25022 SSH, 25099/25044 JMX: clear of a developer's Rapport (8080), the Pax Exam suite (27xxx),
     * the UI tests (26xxx) and the cluster tests (24xxx).
     */
    static final NodePorts PORTS = new NodePorts(25_080, 25_022, 25_099, 25_044);
    static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STARTED = Pattern.compile("Import (\\d+) started");

    final KarafNode node;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Session admin;

    private RapportUnderTest(KarafNode node) {
        this.node = node;
    }

    /**
     * Unpacks a fresh node into {@code home}; {@code dataSource} replaces the distribution's H2 settings when given.
     */
    static RapportUnderTest unpack(Path archive, Path home, Map<String, String> dataSource) throws Exception {
        KarafNode node = new KarafNode("bench", home.toAbsolutePath(), PORTS, ADMIN_PASSWORD);
        // A node of an aborted earlier run in this directory would hold the ports and the database.
        node.killLeftovers();
        Distribution.unpack(archive, home);
        if (dataSource != null) {
            Distribution.writeConfig(home, "org.ops4j.datasource-rapport", dataSource);
        }
        return new RapportUnderTest(node);
    }

    void start(String databaseProduct) throws Exception {
        System.out.println("[bench] starting Rapport on " + databaseProduct + " (http " + PORTS.http() + ", ssh "
                + PORTS.ssh() + ") from " + node.home());
        node.start();
        node.awaitReady(START_TIMEOUT, Readiness.healthUp("\"product\":\"" + databaseProduct + "\""),
                Readiness.healthUpWithActiveModules("contacts"));
        // Health is UP before every REST resource has joined the application: sign-in may answer 404 a little longer.
        Await.until("signing in as admin over REST", Duration.ofSeconds(60), node::diagnosis,
                () -> (admin = signIn()) != null);
        Await.until("the contacts REST API", Duration.ofSeconds(60), node::diagnosis,
                () -> get("/api/contacts/persons?size=1").statusCode() == 200);
    }

    /** Signs in as admin anew: a session of its own, as another person at another desk would have. */
    Session signIn() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(node.uri("/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Signing in as admin failed: " + answer.statusCode() + " " + answer.body());
        }
        return new Session(JSON.readTree(answer.body()).path("token").asText());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return admin.get(path);
    }

    long timedList(String path, int expectedItems) throws IOException, InterruptedException {
        return admin.timedList(path, expectedItems, expectedItems);
    }

    long timedList(String path, int fewest, int most) throws IOException, InterruptedException {
        return admin.timedList(path, fewest, most);
    }

    long timedSuggest(String prefix) throws IOException, InterruptedException {
        return admin.timedSuggest(prefix);
    }

    long timedCaller() throws IOException, InterruptedException {
        return admin.timedCaller();
    }

    private record Timed(long nanos, HttpResponse<String> answer) {
    }

    /** A signed-in admin and the REST calls the benchmark times; the node's HTTP client is shared between threads. */
    final class Session {

        private final String token;

        private Session(String token) {
            this.token = token;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(node.uri(path)).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /**
         * {@code GET path}: returns the nanoseconds from sending the request to the whole body received (checking
         * the answer is not timed); fails loudly on anything but 200 with a JSON array of {@code fewest} to
         * {@code most} people.
         */
        long timedList(String path, int fewest, int most) throws IOException, InterruptedException {
            Timed call = timedOk(path);
            JsonNode items = JSON.readTree(call.answer().body());
            if (!items.isArray() || items.size() < fewest || items.size() > most) {
                throw new IllegalStateException("GET " + path + " should list " + (fewest == most ? fewest
                        : fewest + " to " + most) + " people but listed "
                        + (items.isArray() ? items.size() : "no array") + ": " + abbreviated(call.answer().body()));
            }
            return call.nanos();
        }

        /**
         * {@code GET} of the type-ahead, timed like {@link #timedList}; fails loudly unless it answers 200 with at
         * least one suggestion (the prefixes come from generated names, so someone must match).
         */
        long timedSuggest(String prefix) throws IOException, InterruptedException {
            Timed call = timedOk("/api/contacts/persons/suggestions?q="
                    + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
            JsonNode items = JSON.readTree(call.answer().body());
            if (!items.isArray() || items.isEmpty()) {
                throw new IllegalStateException("The type-ahead found nobody for '" + prefix + "', a prefix of a"
                        + " generated name: " + abbreviated(call.answer().body()));
            }
            return call.nanos();
        }

        /** {@code GET path}, timed from sending it to the whole body received; fails loudly on anything but 200. */
        private Timed timedOk(String path) throws IOException, InterruptedException {
            long start = System.nanoTime();
            HttpResponse<String> answer = get(path);
            long elapsed = System.nanoTime() - start;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": "
                        + abbreviated(answer.body()));
            }
            return new Timed(elapsed, answer);
        }

        /**
         * {@code GET /api/auth/me}, timed like {@link #timedList}: a request that passes the token check and answers
         * a few fields, with no list behind it. Fails loudly unless it answers 200 naming the admin.
         */
        long timedCaller() throws IOException, InterruptedException {
            long start = System.nanoTime();
            HttpResponse<String> answer = get("/api/auth/me");
            long elapsed = System.nanoTime() - start;
            if (answer.statusCode() != 200
                    || !JSON.readTree(answer.body()).path("username").asText().equals("admin")) {
                throw new IllegalStateException("GET /api/auth/me answered " + answer.statusCode() + ": "
                        + abbreviated(answer.body()));
            }
            return elapsed;
        }
    }

    /** Starts the import through the shell command; returns the job's id. */
    long startImport(Path csv) throws Exception {
        // Karaf takes options only before the arguments (README's "<file> [--key …]" order is refused).
        String printed = node.shell("rapport:contacts-import --key email " + csv.toAbsolutePath(),
                Duration.ofMinutes(30));
        Matcher started = STARTED.matcher(printed);
        if (!started.find()) {
            throw new IllegalStateException("rapport:contacts-import did not start a job; it printed:\n" + printed);
        }
        return Long.parseLong(started.group(1));
    }

    JsonNode importJob(long id) throws IOException, InterruptedException {
        HttpResponse<String> answer = get("/api/contacts/imports/" + id);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET /api/contacts/imports/" + id + " answered " + answer.statusCode()
                    + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    String diagnosis() {
        return node.diagnosis();
    }

    @Override
    public void close() throws Exception {
        node.stop(Duration.ofSeconds(90));
        if (!node.leftovers().isEmpty()) {
            node.killLeftovers();
            throw new IllegalStateException("The benchmark node left processes behind (killed now)");
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
