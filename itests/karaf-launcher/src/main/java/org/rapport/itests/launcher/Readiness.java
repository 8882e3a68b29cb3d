package org.rapport.itests.launcher;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a test needs from a started node before it may use it: something observed on the node (its health answer,
 * what a shell command prints) and the test the observation must pass. The last observation goes into the failure
 * message when the node never gets there.
 */
public final class Readiness {

    /** Looks at the node; may throw while the node is still starting (that counts as "not yet"). */
    @FunctionalInterface
    public interface Observation {
        String observe(KarafNode node) throws Exception;
    }

    private final String description;
    private final Observation observation;
    private final Predicate<String> ready;

    private Readiness(String description, Observation observation, Predicate<String> ready) {
        this.description = description;
        this.observation = observation;
        this.ready = ready;
    }

    public static Readiness of(String description, Observation observation, Predicate<String> ready) {
        return new Readiness(description, observation, ready);
    }

    /**
     * {@code GET /api/health} answers {@code "status":"UP"} (every module running, the database reachable) and its
     * JSON contains each of {@code fragments}, e.g. {@code "\"id\":\"sample\""} or {@code "\"product\":\"MariaDB\""}.
     */
    public static Readiness healthUp(String... fragments) {
        List<String> required = List.of(fragments);
        String description = "/api/health to report UP" + (required.isEmpty() ? "" : " with " + required);
        return new Readiness(description, KarafNode::health,
                health -> health.contains("\"status\":\"UP\"") && required.stream().allMatch(health::contains));
    }

    /** {@code GET /api/health} answers {@code "status":"UP"} and lists each of these modules as ACTIVE. */
    public static Readiness healthUpWithActiveModules(String... moduleIds) {
        List<Pattern> active = Arrays.stream(moduleIds)
                .map(id -> Pattern.compile("\\{\"id\":\"" + Pattern.quote(id) + "\"[^}]*\"state\":\"ACTIVE\""))
                .toList();
        return new Readiness("/api/health to report UP with modules " + List.of(moduleIds) + " ACTIVE",
                KarafNode::health, health -> health.contains("\"status\":\"UP\"")
                        && active.stream().allMatch(module -> module.matcher(health).find()));
    }

    /** The shell command (through {@code bin/client}) succeeds and prints {@code fragment}. */
    public static Readiness shellPrints(String command, String fragment) {
        return new Readiness("'" + command + "' in the shell to print '" + fragment + "'",
                node -> node.shell(command, Duration.ofSeconds(60)), printed -> printed.contains(fragment));
    }

    void await(KarafNode node, Duration timeout) {
        String[] last = {"(no answer yet)"};
        Await.until("node " + node.name() + ": " + description, timeout,
                () -> "last observation: " + last[0] + "\n" + node.diagnosis(), () -> {
                    String observed = observation.observe(node);
                    last[0] = observed;
                    return ready.test(observed);
                });
    }

    @Override
    public String toString() {
        return description;
    }
}
