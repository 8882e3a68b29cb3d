package org.rapport.platform.events.internal;

import org.rapport.platform.testing.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.platform.api.events.OutboxAdmin;
import org.rapport.platform.api.events.OutboxAdmin.ConsumerStatus;
import org.rapport.platform.api.events.OutboxAdmin.ParkedDelivery;
import org.rapport.platform.api.events.OutboxConsumer.StartPosition;
import org.rapport.platform.api.events.OutboxEvent;

/** What the dispatcher guarantees, run against each database the platform supports. */
abstract class OutboxContractTest {

    /** Small batches and a tiny backoff scale keep the tests fast; the clock makes backoff exact. */
    static final Settings SETTINGS = new Settings(10, 100, 3, new Backoff(1000, 4000), true);

    TestDatabase database;
    final TestClock clock = new TestClock();
    Outbox outbox;

    abstract TestDatabase openDatabase() throws Exception;

    @BeforeEach
    void openOutbox() throws Exception {
        database = openDatabase();
        outbox = new Outbox(database.dataSource(), SETTINGS, clock, "outbox-test");
    }

    @AfterEach
    void closeOutbox() throws Exception {
        if (outbox != null) {
            outbox.stop(5000);
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theDatabaseIsClaimedWithSkipLocked() throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            Dialect dialect = Dialect.of(connection.getMetaData());
            assertTrue(dialect.skipLocked(), dialect.product() + " should skip locked rows");
        }
    }

    @Test
    void aSequencerHeldByAnotherNodeIsSkippedNotAwaited() throws Exception {
        OutboxWriter.write(database.dataSource(), "p", 3);
        try (Connection otherNode = database.anotherNode().getConnection()) {
            otherNode.setAutoCommit(false);
            try (PreparedStatement claim = otherNode.prepareStatement(OutboxSql.HEAD + " FOR UPDATE")) {
                claim.executeQuery().close();
            }
            long started = System.nanoTime();
            assertEquals(0, new Sequencer(new OutboxDb(database.dataSource())).sequence(100));
            assertTrue(System.nanoTime() - started < Duration.ofMillis(900).toNanos(), "waited for the lock");
            otherNode.rollback();
        }
        assertEquals(3, new Sequencer(new OutboxDb(database.dataSource())).sequence(100));
    }

    @Test
    void eventsWrittenBeforeAnEarliestConsumerRegistersAreAllDeliveredOnceInOrder() throws Exception {
        OutboxWriter.write(database.dataSource(), "p", 1000);
        outbox.start(); // the real dispatcher thread sequences while no consumer exists
        awaitTrue(() -> outbox.admin().headSequence() == 1000, "all 1000 events sequenced");

        RecordingConsumer consumer = new RecordingConsumer("late-starter", StartPosition.EARLIEST);
        outbox.register(consumer);
        awaitTrue(() -> consumer.received.size() >= 1000, "1000 events delivered");
        Thread.sleep(100); // a duplicate would show up now

        assertEquals(LongStream.rangeClosed(1, 1000).boxed().toList(), consumer.sequences());
        assertEquals("p0", consumer.received.get(0).aggregateId());
        assertEquals("p999", consumer.received.get(999).aggregateId());
        assertEquals("{\"id\":\"p999\"}", consumer.received.get(999).payload());
        assertNotNull(consumer.received.get(0).occurredAt());
        ConsumerStatus status = status("late-starter");
        assertEquals(1000, status.position());
        assertEquals(0, status.lag());
        assertTrue(status.connected());
    }

    @Test
    void aConsumerThatWasAwayGetsWhatWasWrittenMeanwhileAndLatestSkipsWhatCameBefore() throws Exception {
        OutboxWriter.write(database.dataSource(), "before", 5);
        RecordingConsumer first = new RecordingConsumer("away", StartPosition.LATEST);
        outbox.register(first);
        drain(); // LATEST: positioned at the head when first seen, after the 5 earlier events
        OutboxWriter.write(database.dataSource(), "while-registered", 1);
        drain();
        outbox.unregister(first);
        assertEquals(List.of(6L), first.sequences());

        OutboxWriter.write(database.dataSource(), "while-away", 1000);
        drain();
        assertFalse(status("away").connected());
        assertEquals(1000, status("away").lag());

        RecordingConsumer back = new RecordingConsumer("away", StartPosition.LATEST);
        outbox.register(back);
        drain();
        assertEquals(LongStream.rangeClosed(7, 1006).boxed().toList(), back.sequences());
        assertEquals(List.of(6L), first.sequences());
    }

    @Test
    void anEventCommittedAfterALaterIdIsNotSkipped() throws Exception {
        RecordingConsumer consumer = new RecordingConsumer("ordered", StartPosition.EARLIEST);
        outbox.register(consumer);
        drain();
        try (Connection tx1 = database.dataSource().getConnection();
                Connection tx2 = database.anotherNode().getConnection()) {
            tx1.setAutoCommit(false);
            tx2.setAutoCommit(false);
            OutboxWriter.insert(tx1, "A"); // the lower id, still uncommitted
            OutboxWriter.insert(tx2, "B");
            tx2.commit();
            drain();
            assertEquals(List.of("B"), aggregateIds(consumer));
            assertTrue(idOf("A", tx1) < idOf("B", tx1), "A must have the lower id for this test to mean anything");

            tx1.commit();
        }
        drain();
        assertEquals(List.of("B", "A"), aggregateIds(consumer));
        assertEquals(List.of(1L, 2L), consumer.sequences());
    }

    @Test
    void rowsCommittedAroundAnUncommittedOneAreNumberedInIdOrderAndItIsNumberedOnceCommitted() throws Exception {
        OutboxWriter.write(database.dataSource(), "before", 3);
        try (Connection open = database.anotherNode().getConnection()) {
            open.setAutoCommit(false);
            OutboxWriter.insert(open, "late"); // its id sits between the two committed runs
            OutboxWriter.write(database.dataSource(), "after", 2);
            Sequencer sequencer = new Sequencer(new OutboxDb(database.dataSource()));
            assertEquals(5, sequencer.sequence(100), "the uncommitted row blocked or was numbered");
            open.commit();
            assertEquals(1, sequencer.sequence(100));
        }
        assertEquals(List.of("before0", "before1", "before2", "after0", "after1", "late"), aggregateIdsBySeq());
        try (Connection connection = database.dataSource().getConnection()) {
            assertTrue(idOf("late", connection) < idOf("after0", connection), "the test needs the gap it describes");
        }
        assertEquals(6, outbox.admin().headSequence());
    }

    List<String> aggregateIdsBySeq() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT aggregate_id, seq FROM rapport_outbox ORDER BY seq");
                ResultSet rows = statement.executeQuery()) {
            List<String> ids = new java.util.ArrayList<>();
            for (long expected = 1; rows.next(); expected++) {
                assertEquals(expected, rows.getLong(2), "seq must run 1, 2, 3 … without gaps");
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }

    @Test
    void aFailingConsumerIsRetriedWithBackoffThenParkedAndCanBeReplayed() throws Exception {
        RecordingConsumer consumer = new RecordingConsumer("flaky", StartPosition.EARLIEST);
        consumer.failOn = seq -> seq == 2;
        outbox.register(consumer);
        OutboxWriter.write(database.dataSource(), "p", 3);

        drain();
        assertEquals(List.of(1L), consumer.sequences());
        assertEquals(2, consumer.calls.get());
        ConsumerStatus status = status("flaky");
        assertEquals(1, status.position());
        assertEquals(1, status.attempts());
        assertEquals("java.lang.IllegalStateException: consumer refuses event 2", status.lastError());

        clock.advance(Duration.ofMillis(999)); // first backoff: 1 s
        drain();
        assertEquals(2, consumer.calls.get(), "retried before the backoff was over");
        clock.advance(Duration.ofMillis(1));
        drain();
        assertEquals(3, consumer.calls.get());
        assertEquals(2, status("flaky").attempts());

        clock.advance(Duration.ofMillis(1999)); // second backoff: 2 s
        drain();
        assertEquals(3, consumer.calls.get(), "retried before the doubled backoff was over");
        clock.advance(Duration.ofMillis(1));
        drain(); // third failure = max attempts: parked, and the consumer moves on to event 3
        assertEquals(List.of(1L, 3L), consumer.sequences());
        status = status("flaky");
        assertEquals(3, status.position());
        assertEquals(0, status.attempts());

        OutboxAdmin admin = outbox.admin();
        List<ParkedDelivery> parked = admin.parked();
        assertEquals(1, parked.size());
        assertEquals("flaky", parked.get(0).consumerId());
        assertEquals(2, parked.get(0).sequence());
        assertEquals("rapport/contacts/Person/CREATED", parked.get(0).topic());
        assertEquals(3, parked.get(0).attempts());
        assertTrue(parked.get(0).lastError().contains("consumer refuses event 2"));
        assertNotNull(parked.get(0).parkedAt());

        assertFalse(admin.replay("flaky", 2), "still failing");
        assertEquals(4, admin.parked().get(0).attempts());

        consumer.failOn = seq -> false;
        assertTrue(admin.replay("flaky", 2));
        assertEquals(List.of(1L, 3L, 2L), consumer.sequences());
        assertTrue(admin.parked().isEmpty());

        IllegalArgumentException notParked = assertThrows(IllegalArgumentException.class, () -> admin.replay("flaky", 2));
        assertTrue(notParked.getMessage().contains("No parked delivery of event 2"), notParked.getMessage());
        IllegalArgumentException notHere = assertThrows(IllegalArgumentException.class, () -> admin.replay("nobody", 1));
        assertTrue(notHere.getMessage().contains("not running on this node"), notHere.getMessage());
    }

    @Test
    void topicsAConsumerDoesNotAcceptAreSkippedWithoutACall() throws Exception {
        RecordingConsumer picky = new RecordingConsumer("picky", StartPosition.EARLIEST) {
            @Override
            public boolean accepts(String topic) {
                return topic.startsWith("rapport/tickets/");
            }
        };
        outbox.register(picky);
        OutboxWriter.write(database.dataSource(), "p", 250);
        drain();
        assertEquals(0, picky.calls.get());
        assertEquals(250, status("picky").position());
    }

    @Test
    void twoNodesRegisteringTheSameNewConsumerKeepOneRow() throws Exception {
        OutboxWriter.write(database.dataSource(), "p", 2);
        new Sequencer(new OutboxDb(database.dataSource())).sequence(10);
        ConsumerPositions node1 = new ConsumerPositions(new OutboxDb(database.dataSource()));
        ConsumerPositions node2 = new ConsumerPositions(new OutboxDb(database.anotherNode()));
        node1.ensure("shared", StartPosition.LATEST, clock.instant());
        node2.ensure("shared", StartPosition.EARLIEST, clock.instant()); // too late: the first one's position holds
        assertEquals(2, status("shared").position());
    }

    /** Runs rounds on the test's thread until there is nothing left to do. */
    void drain() {
        int rounds = 0;
        while (outbox.runRound()) {
            assertTrue(++rounds < 1000, "the dispatcher never ran out of work");
        }
    }

    ConsumerStatus status(String consumerId) {
        return outbox.admin().consumers().stream()
                .filter(status -> status.consumerId().equals(consumerId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no consumer row for " + consumerId));
    }

    static List<String> aggregateIds(RecordingConsumer consumer) {
        return consumer.received.stream().map(OutboxEvent::aggregateId).toList();
    }

    static long idOf(String aggregateId, Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM rapport_outbox WHERE aggregate_id = ?")) {
            statement.setString(1, aggregateId);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "no outbox row " + aggregateId);
                return rows.getLong(1);
            }
        }
    }

    static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }
}
