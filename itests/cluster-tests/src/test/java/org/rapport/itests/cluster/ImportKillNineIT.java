package org.rapport.itests.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rapport.itests.launcher.Await;
import org.rapport.itests.launcher.KarafNode;

/**
 * Acceptance of the contacts import: {@code kill -9} of Karaf in the middle of a CSV import, then a restart: the job
 * resumes by itself and ends with exactly the counts of an uninterrupted run (1% bad rows reported, the rest
 * created once), and importing the same file again creates nothing.
 */
class ImportKillNineIT {

    static final int ROWS = 10_000;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static volatile long lastSeen;
    static Cluster cluster;
    static KarafNode node;

    @BeforeAll
    static void startNode() throws Exception {
        ClusterDatabase.requireFreshDatabase();
        cluster = new Cluster();
        node = cluster.add("import-node", 5, Map.of(), Map.of());
        // totals counted exactly for the whole file
        org.rapport.itests.launcher.Distribution.writeConfig(node.home(), "org.rapport.contacts",
                Map.of("exactCountLimit", "100000"));
        node.start();
        node.awaitReady(Cluster.START_TIMEOUT, Cluster.READY);
    }

    @AfterAll
    static void stopNode() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void killNineMidImportResumesToTheSameCounts() throws Exception {
        String token = token();
        Await.until("the contacts API", Duration.ofSeconds(60), cluster::diagnosis,
                () -> call(token, "GET", "/api/contacts/persons?size=1", null).statusCode() == 200);
        String csv = file();

        HttpResponse<String> started = call(token, "POST", "/api/contacts/imports?entity=person&key=email", csv);
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        String job = URI.create(location).getPath();

        Await.until("a part of the file imported", Duration.ofSeconds(180), cluster::diagnosis,
                () -> (lastSeen = number(call(token, "GET", job, null).body(), "processedRows")) >= ROWS / 10);
        assertTrue(lastSeen < ROWS, "the kill must land mid-import, but all rows were done already");
        long pid = node.kill9();
        System.out.printf("[import] kill -9 of pid %d at %d of %d rows%n", pid, lastSeen, ROWS);

        node.start();
        node.awaitReady(Cluster.START_TIMEOUT, Cluster.READY);
        String again = token();
        Await.until("the import to finish after the restart", Duration.ofSeconds(300), cluster::diagnosis,
                () -> call(again, "GET", job, null).body().contains("\"state\":\"done\""));
        String done = call(again, "GET", job, null).body();
        assertEquals(ROWS, number(done, "processedRows"), done);
        assertEquals(ROWS - ROWS / 100, number(done, "created"), done);
        assertEquals(0, number(done, "updated"), done);
        assertEquals(ROWS / 100, number(done, "failed"), done);
        assertEquals(String.valueOf(ROWS - ROWS / 100), call(again, "GET", "/api/contacts/persons?size=1&q=killnine",
                null).headers().firstValue("X-Total-Count").orElse(""), "people after the import: none twice");

        HttpResponse<String> errors = call(again, "GET", job + "/errors", null);
        assertEquals(ROWS / 100 + 1, errors.body().strip().split("\n").length, "header + one line per bad row");
        assertTrue(errors.body().contains("is not an email address"), errors.body());

        HttpResponse<String> second = call(again, "POST", "/api/contacts/imports?entity=person&key=email", csv);
        String secondJob = URI.create(second.headers().firstValue("Location").orElseThrow()).getPath();
        Await.until("the second import to finish", Duration.ofSeconds(300), cluster::diagnosis,
                () -> call(again, "GET", secondJob, null).body().contains("\"state\":\"done\""));
        String secondDone = call(again, "GET", secondJob, null).body();
        assertEquals(0, number(secondDone, "created"), secondDone);
        assertEquals(ROWS - ROWS / 100, number(secondDone, "updated"), secondDone);
    }

    /** Every hundredth row has a broken email. */
    static String file() {
        StringBuilder csv = new StringBuilder("firstName,lastName,email,phone\n");
        for (int i = 0; i < ROWS; i++) {
            String email = i % 100 == 99 ? "broken-" + i : "killnine" + i + "@example.com";
            csv.append("Killnine,Person ").append(i).append(',').append(email).append(",+98912")
                    .append(String.format("%07d", i)).append('\n');
        }
        return csv.toString();
    }

    static String token() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(node.uri("/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                        + Cluster.ADMIN_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher found = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertTrue(found.find(), answer.body());
        return found.group(1);
    }

    static HttpResponse<String> call(String token, String method, String path, String csv) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).method(method,
                    csv == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(csv));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (csv != null) {
                request.header("Content-Type", "text/csv");
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    static long number(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }
}
