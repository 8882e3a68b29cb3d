package org.rapport.itests.outboxprobe.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.api.events.DomainEvent;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes ticks and their events the way a business module does: the entity and {@code tx.publish} in one
 * {@link ModulePersistence#inTransaction}, several per transaction, from several threads at once.
 */
@Component(service = ProbePublisher.class)
public class ProbePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(ProbePublisher.class);
    /** A transaction that fails (e.g. a deadlock between writers) is rolled back whole, so retrying is safe. */
    private static final int ATTEMPTS = 3;

    record Result(int events, int transactions, int retries, long millis) {
    }

    private final ModulePersistence persistence;
    private final String node = Probe.node();

    @Activate
    public ProbePublisher(@Reference(target = "(rapport.module=" + Probe.MODULE + ")") ModulePersistence persistence) {
        this.persistence = persistence;
    }

    Result publish(int count, int threads, int perTransaction) throws InterruptedException, ExecutionException {
        int workers = Math.max(1, Math.min(threads, count));
        int batch = Math.max(1, perTransaction);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Result>> parts = new ArrayList<>();
            for (int worker = 0; worker < workers; worker++) {
                int share = count / workers + (worker < count % workers ? 1 : 0);
                parts.add(pool.submit(() -> publishShare(share, batch)));
            }
            int events = 0;
            int transactions = 0;
            int retries = 0;
            for (Future<Result> part : parts) {
                Result done = part.get();
                events += done.events();
                transactions += done.transactions();
                retries += done.retries();
            }
            return new Result(events, transactions, retries, (System.nanoTime() - start) / 1_000_000);
        } finally {
            pool.shutdownNow();
        }
    }

    private Result publishShare(int share, int batch) {
        int events = 0;
        int transactions = 0;
        int retries = 0;
        while (events < share) {
            int size = Math.min(batch, share - events);
            for (int attempt = 1;; attempt++) {
                try {
                    publishOneTransaction(size);
                    break;
                } catch (RuntimeException e) {
                    if (attempt >= ATTEMPTS) {
                        throw e;
                    }
                    retries++;
                    LOG.warn("Outbox probe: a publishing transaction failed (attempt {}), retrying: {}", attempt,
                            e.toString());
                }
            }
            events += size;
            transactions++;
        }
        return new Result(events, transactions, retries, 0);
    }

    private void publishOneTransaction(int size) {
        persistence.inTransaction(tx -> {
            List<ProbeTick> ticks = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                ProbeTick tick = new ProbeTick(node);
                tx.entityManager().persist(tick);
                ticks.add(tick);
            }
            tx.entityManager().flush(); // ids are certain from here on
            for (ProbeTick tick : ticks) {
                tx.publish(new DomainEvent(Probe.TOPIC, Probe.AGGREGATE_TYPE, String.valueOf(tick.getId()),
                        "{\"node\":\"" + node + "\"}"));
            }
            return null;
        });
    }
}
