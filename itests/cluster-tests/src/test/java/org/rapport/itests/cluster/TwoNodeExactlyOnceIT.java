package org.rapport.itests.cluster;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rapport.itests.launcher.Await;
import org.rapport.itests.launcher.KarafNode;

/**
 * Acceptance (A): two Rapport nodes on different ports share one MariaDB database and both run the outbox
 * consumer {@code outbox-probe}. While both write 10,000 events (half each, 4 writer threads per node, 5 events
 * per transaction), every event must be delivered exactly once across the two nodes, and both must take part.
 */
class TwoNodeExactlyOnceIT {

    static final int EVENTS = 10_000;
    static final int WRITERS_PER_NODE = 4;
    /**
     * Small batches and a short poll make the consumer's row change hands between the nodes often: with the
     * defaults (100, 200 ms) the node that holds it tends to win it straight back, so the other node rarely
     * gets a turn. Many hand-overs are also the harder test of "one node at a time".
     */
    static final Map<String, String> DISPATCHER = Map.of("poll.interval.ms", "50", "batch.size", "20");

    static Cluster cluster;
    static KarafNode node1;
    static KarafNode node2;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        ClusterDatabase.requireFreshDatabase();
        cluster = new Cluster();
        node1 = cluster.add("a-node1", 1, DISPATCHER, Map.of("delay.ms", "0"));
        node2 = cluster.add("a-node2", 2, DISPATCHER, Map.of("delay.ms", "0"));
        long start = System.nanoTime();
        // The first node alone creates the schema in the empty database (Liquibase's own lock table is not
        // safe to create from two nodes at once); the second starts as soon as the schema is complete.
        node1.start();
        ProbeCounts.awaitSchema(Cluster.START_TIMEOUT, cluster::diagnosis);
        node2.start();
        node1.awaitReady(Cluster.START_TIMEOUT, Cluster.READY);
        node2.awaitReady(Cluster.START_TIMEOUT, Cluster.READY);
        System.out.printf("[cluster A] two nodes up on %s in %d s: %s, %s%n", ClusterDatabase.url(),
                seconds(start), node1, node2);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void everyEventIsDeliveredExactlyOnceAcrossBothNodes() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<PublishResult> writes1 = publishAsync(node1, EVENTS / 2);
        CompletableFuture<PublishResult> writes2 = publishAsync(node2, EVENTS - EVENTS / 2);
        PublishResult written1 = join(writes1);
        PublishResult written2 = join(writes2);
        long writeSeconds = seconds(start);

        Await.until("all " + EVENTS + " events applied and the consumer's position at the outbox head",
                Duration.ofSeconds(180), () -> progress() + "\n" + cluster.diagnosis(),
                () -> ProbeCounts.read().settled(EVENTS));
        long deliverMillis = (System.nanoTime() - start) / 1_000_000;
        // A node delivering an event a second time would do so right after: give it the chance to show.
        Thread.sleep(1_000);
        ProbeCounts counts = ProbeCounts.read();

        System.out.printf("[cluster A] writes: %s | %s (%d s for both)%n", written1, written2, writeSeconds);
        System.out.printf("[cluster A] %d events delivered in %.1f s from the first write (%.0f events/s); "
                + "applied per node %s, deliveries per node %s; deliveries %d, redeliveries %d, missing %d%n",
                counts.applied(), deliverMillis / 1000.0, counts.applied() * 1000.0 / deliverMillis,
                counts.appliedByNode(), counts.deliveriesByNode(), counts.deliveries(), counts.redeliveries(),
                counts.missing());

        assertAll("exactly once across two nodes: " + counts,
                () -> assertEquals(EVENTS, written1.published() + written2.published(), "events the nodes wrote"),
                () -> assertEquals(EVENTS, counts.published(), "outbox rows of the probe topic"),
                () -> assertEquals(EVENTS, counts.ticks(), "ticks committed with their events"),
                () -> assertEquals(0, counts.missing(), "events never applied"),
                () -> assertEquals(EVENTS, counts.applied(), "applied sequences"),
                () -> assertEquals(EVENTS, counts.appliedAggregates(), "applied ticks"),
                () -> assertEquals(0, counts.ticksNotAppliedOnce(), "ticks whose effect is not exactly 1"),
                () -> assertEquals(EVENTS, counts.deliveries(), "raw deliveries (none twice)"),
                () -> assertEquals(0, counts.sequencesDeliveredTwice(), "sequences delivered more than once"),
                () -> assertEquals(0, counts.duplicateDeliveries(), "deliveries the consumer found already applied"),
                () -> assertTrue(counts.appliedByNode().getOrDefault(node1.name(), 0L) > 0, node1.name() + " took part"),
                () -> assertTrue(counts.appliedByNode().getOrDefault(node2.name(), 0L) > 0, node2.name() + " took part"));
    }

    private static CompletableFuture<PublishResult> publishAsync(KarafNode node, int count) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return PublishResult.parse(node.shell("probe:publish " + count + " " + WRITERS_PER_NODE,
                        Duration.ofSeconds(150)));
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    private static PublishResult join(CompletableFuture<PublishResult> write) throws Exception {
        try {
            return write.join();
        } catch (CompletionException e) {
            throw new AssertionError("Publishing failed: " + e.getCause() + "\n" + cluster.diagnosis(), e.getCause());
        }
    }

    private static String progress() {
        try {
            return "now: " + ProbeCounts.read();
        } catch (Exception e) {
            return "(counts unreadable: " + e + ")";
        }
    }

    static long seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000_000;
    }
}
