package org.rapport.platform.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.rapport.platform.api.events.OutboxConsumer.StartPosition;
import org.rapport.platform.api.events.OutboxEvent;

class MariaDbOutboxTest extends OutboxContractTest {

    private static final int EVENTS = 10_000;
    private static final int WRITERS = 4;

    @Override
    TestDatabase openDatabase() throws Exception {
        return MariaDbTestDatabase.withSchema();
    }

    /**
     * Two nodes (two dispatcher threads, two connection pools) share the tables while several writers commit
     * small transactions in random interleavings; one consumer id is registered on both nodes.
     */
    @Test
    void twoNodesDeliverEveryEventExactlyOnceWhileWritersRun() throws Exception {
        Map<Long, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        List<Long> deliveryOrder = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> perNode = new ConcurrentHashMap<>();
        Settings fast = new Settings(5, 100, 3, new Backoff(10, 100), true);

        Outbox node1 = new Outbox(database.dataSource(), fast, Clock.systemUTC(), "outbox-node-1");
        Outbox node2 = new Outbox(database.anotherNode(), fast, Clock.systemUTC(), "outbox-node-2");
        node1.register(new CountingConsumer("node-1", deliveries, deliveryOrder, perNode));
        node2.register(new CountingConsumer("node-2", deliveries, deliveryOrder, perNode));
        long started = System.nanoTime();
        node1.start();
        node2.start();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writing = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                DataSource source = w % 2 == 0 ? database.dataSource() : database.anotherNode();
                String prefix = "w" + w + "-";
                writing.add(writers.submit(() -> write(source, prefix, EVENTS / WRITERS)));
            }
            for (Future<?> writer : writing) {
                writer.get();
            }
            awaitTrue(() -> deliveries.size() >= EVENTS, EVENTS + " distinct events delivered");
            Thread.sleep(300); // late duplicates would arrive now
        } finally {
            writers.shutdownNow();
            node1.stop(5000);
            node2.stop(5000);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("MariaDB, 2 nodes, %d writers: %d events delivered in %d ms; by node %s%n", WRITERS, EVENTS,
                millis, perNode);

        for (long seq = 1; seq <= EVENTS; seq++) {
            AtomicInteger count = deliveries.get(seq);
            assertTrue(count != null, "event " + seq + " was never delivered");
            assertEquals(1, count.get(), "event " + seq + " was delivered " + count.get() + " times");
        }
        assertEquals(EVENTS, deliveries.size(), "sequences beyond " + EVENTS + " were delivered");
        List<Long> order = List.copyOf(deliveryOrder);
        for (int i = 1; i < order.size(); i++) {
            assertTrue(order.get(i - 1) < order.get(i), "delivered out of order at " + order.get(i));
        }
        assertEquals(EVENTS, outbox.admin().headSequence());
    }

    /** Commits 1 to 5 rows per transaction, so commits of different writers interleave with id order. */
    private static Void write(DataSource source, String prefix, int count) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (Connection connection = source.getConnection()) {
            connection.setAutoCommit(false);
            int written = 0;
            while (written < count) {
                int rows = Math.min(count - written, 1 + random.nextInt(5));
                for (int i = 0; i < rows; i++) {
                    OutboxWriter.insert(connection, prefix + (written + i));
                }
                if (random.nextInt(10) == 0) {
                    Thread.sleep(1); // hold the transaction open a little: its ids are now "in the past"
                }
                connection.commit();
                written += rows;
            }
        }
        return null;
    }

    /** One of the two services, one per node, that share a consumer id and record into the same maps. */
    private static final class CountingConsumer extends RecordingConsumer {

        private final String node;
        private final Map<Long, AtomicInteger> deliveries;
        private final List<Long> order;
        private final Map<String, AtomicInteger> perNode;

        CountingConsumer(String node, Map<Long, AtomicInteger> deliveries, List<Long> order,
                Map<String, AtomicInteger> perNode) {
            super("shared-counter", StartPosition.EARLIEST);
            this.node = node;
            this.deliveries = deliveries;
            this.order = order;
            this.perNode = perNode;
        }

        @Override
        public void consume(OutboxEvent event) {
            deliveries.computeIfAbsent(event.sequence(), seq -> new AtomicInteger()).incrementAndGet();
            order.add(event.sequence());
            perNode.computeIfAbsent(node, key -> new AtomicInteger()).incrementAndGet();
        }
    }
}
