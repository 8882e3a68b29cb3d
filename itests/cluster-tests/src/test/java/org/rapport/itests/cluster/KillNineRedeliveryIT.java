package org.rapport.itests.cluster;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rapport.itests.launcher.Await;
import org.rapport.itests.launcher.KarafNode;

/**
 * Acceptance (B): {@code kill -9} of Karaf in the middle of outbox delivery, then a restart: no event is lost and
 * none is applied twice. Delivery is at least once, so the batch in hand when the node died is delivered again;
 * the consumer recognizes those redeliveries by the applied sequence, and the raw delivery log counts them.
 */
class KillNineRedeliveryIT {

    static final int EVENTS = 3_000;
    /** Slows the consumer so that delivery lasts well beyond the writes and the kill lands mid-stream. */
    static final int DELAY_MS = 5;
    /** Batches of 50: the batch the kill interrupts is what gets redelivered. */
    static final Map<String, String> DISPATCHER = Map.of("poll.interval.ms", "50", "batch.size", "50");

    static Cluster cluster;
    static KarafNode node;

    @BeforeAll
    static void startNode() throws Exception {
        ClusterDatabase.requireFreshDatabase();
        cluster = new Cluster();
        node = cluster.add("b-node1", 3, DISPATCHER, Map.of("delay.ms", String.valueOf(DELAY_MS)));
        long start = System.nanoTime();
        node.start();
        node.awaitReady(Cluster.START_TIMEOUT, Cluster.READY);
        System.out.printf("[cluster B] node up on %s in %d s: %s%n", ClusterDatabase.url(),
                TwoNodeExactlyOnceIT.seconds(start), node);
    }

    @AfterAll
    static void stopNode() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void killNineMidDeliveryLosesNothingAndAppliesNothingTwice() throws Exception {
        long start = System.nanoTime();
        PublishResult written = PublishResult.parse(node.shell("probe:publish " + EVENTS + " 4",
                Duration.ofSeconds(150)));

        Await.until("a third of the events applied before the kill", Duration.ofSeconds(120),
                cluster::diagnosis, () -> ProbeCounts.read().applied() >= EVENTS / 3);
        long pid = node.kill9();
        ProbeCounts atKill = ProbeCounts.read();
        System.out.printf("[cluster B] %s; kill -9 of pid %d after %d s with %d of %d applied%n", written, pid,
                TwoNodeExactlyOnceIT.seconds(start), atKill.applied(), EVENTS);
        assertTrue(atKill.applied() < EVENTS, "the kill must land mid-stream, but all events were applied already");

        long restart = System.nanoTime();
        node.start();
        node.awaitReady(Cluster.START_TIMEOUT, Cluster.READY);
        long restartSeconds = TwoNodeExactlyOnceIT.seconds(restart);
        Await.until("all " + EVENTS + " events applied after the restart", Duration.ofSeconds(150),
                () -> progress() + "\n" + cluster.diagnosis(), () -> ProbeCounts.read().settled(EVENTS));
        ProbeCounts counts = ProbeCounts.read();

        System.out.printf("[cluster B] after restart (up in %d s): %d applied, %d deliveries, %d redeliveries "
                + "caused by the crash (%d recognized as already applied), missing %d; total %d s%n",
                restartSeconds, counts.applied(), counts.deliveries(), counts.redeliveries(),
                counts.duplicateDeliveries(), counts.missing(), TwoNodeExactlyOnceIT.seconds(start));

        assertAll("none lost, none applied twice after kill -9: " + counts,
                () -> assertEquals(EVENTS, written.published(), "events written"),
                () -> assertEquals(EVENTS, counts.published(), "outbox rows of the probe topic"),
                () -> assertEquals(0, counts.missing(), "events never applied"),
                () -> assertEquals(EVENTS, counts.applied(), "applied sequences"),
                () -> assertEquals(EVENTS, counts.appliedAggregates(), "applied ticks"),
                () -> assertEquals(0, counts.ticksNotAppliedOnce(), "ticks whose effect is not exactly 1"),
                () -> assertEquals(EVENTS, counts.distinctDelivered(), "sequences delivered at least once"),
                // every extra delivery was one the consumer recognized and ignored
                () -> assertEquals(counts.redeliveries(), counts.duplicateDeliveries(), "redeliveries ignored"));
    }

    private static String progress() {
        try {
            return "now: " + ProbeCounts.read();
        } catch (Exception e) {
            return "(counts unreadable: " + e + ")";
        }
    }
}
