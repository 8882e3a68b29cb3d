package org.rapport.platform.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.rapport.platform.api.events.OutboxConsumer.StartPosition;
import org.rapport.platform.api.events.OutboxEvent;

class H2OutboxTest extends OutboxContractTest {

    @Override
    TestDatabase openDatabase() throws Exception {
        return H2TestDatabase.withSchema();
    }

    /** The answer to "does H2 2.3.232 support SKIP LOCKED?": it parses it and it skips. */
    @Test
    void h2SkipsARowAnotherSessionLocked() throws Exception {
        try (Connection holder = database.dataSource().getConnection();
                Connection other = database.anotherNode().getConnection()) {
            holder.setAutoCommit(false);
            other.setAutoCommit(false);
            try (Statement statement = holder.createStatement();
                    ResultSet rows = statement.executeQuery(OutboxSql.HEAD + " FOR UPDATE")) {
                assertTrue(rows.next());
            }
            try (Statement statement = other.createStatement();
                    ResultSet rows = statement.executeQuery(OutboxSql.HEAD + " FOR UPDATE SKIP LOCKED")) {
                assertFalse(rows.next());
            }
            holder.rollback();
            other.rollback();
        }
    }

    @Test
    void theDispatcherThreadSurvivesADatabaseThatIsNotReadyYet() throws Exception {
        try (H2TestDatabase notReady = H2TestDatabase.empty()) {
            Outbox early = new Outbox(notReady.dataSource(), SETTINGS, clock, "outbox-test-early");
            RecordingConsumer consumer = new RecordingConsumer("patient", StartPosition.EARLIEST);
            early.register(consumer);
            early.start();
            try {
                Thread.sleep(100); // several failing rounds: no tables yet
                PlatformChangelog.apply(notReady.dataSource());
                OutboxWriter.write(notReady.dataSource(), "p", 10);
                awaitTrue(() -> consumer.received.size() == 10, "delivery once the schema exists");
            } finally {
                early.stop(5000);
            }
        }
    }

    @Test
    void stoppingWaitsForTheRoundInProgressAndNothingRunsAfterwards() throws Exception {
        CountDownLatch inConsume = new CountDownLatch(1);
        AtomicBoolean consuming = new AtomicBoolean();
        RecordingConsumer slow = new RecordingConsumer("slow", StartPosition.EARLIEST) {
            @Override
            public void consume(OutboxEvent event) {
                consuming.set(true);
                inConsume.countDown();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.consume(event);
                consuming.set(false);
            }
        };
        outbox.register(slow);
        OutboxWriter.write(database.dataSource(), "p", 50);
        outbox.start();
        assertTrue(inConsume.await(5, TimeUnit.SECONDS));
        long started = System.nanoTime();
        outbox.stop(5000);
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1), "stop() waited for the whole batch");
        assertFalse(consuming.get(), "stop() returned while the consumer was still being called");
        int calls = slow.calls.get();
        Thread.sleep(300);
        assertEquals(calls, slow.calls.get(), "called after stop()");
        assertTrue(calls < 50, "the batch should have been cut short");
        assertEquals(calls, status("slow").position(), "what was consumed before stopping is recorded");
    }

    @Test
    void unregisteringWaitsForTheCurrentEventAndStopsTheBatch() throws Exception {
        CountDownLatch inConsume = new CountDownLatch(1);
        RecordingConsumer slow = new RecordingConsumer("leaving", StartPosition.EARLIEST) {
            @Override
            public void consume(OutboxEvent event) {
                inConsume.countDown();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.consume(event);
            }
        };
        outbox.register(slow);
        OutboxWriter.write(database.dataSource(), "p", 50);
        outbox.start();
        assertTrue(inConsume.await(5, TimeUnit.SECONDS));
        outbox.unregister(slow);
        int calls = slow.calls.get();
        Thread.sleep(200);
        assertEquals(calls, slow.calls.get(), "called after it was unregistered");
        awaitTrue(() -> status("leaving").position() == calls, "what it consumed is recorded");
    }
}
