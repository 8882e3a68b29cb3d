package org.rapport.itests.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Several people using the same node at once: each client signs in on its own and, for a fixed time, calls the
 * stage list, the tag list and the type-ahead in turn, as fast as answers come back. Measures what one client
 * waits per call while the others work, and how many calls the node answers per second in all. Not a target of
 * the issue: it shows whether the single-client numbers hold when a team works, on this machine's two cores.
 */
final class ConcurrentUsers {

    static final String STAGE_LIST = "/api/contacts/persons?stage=customer&sort=-created&size=50";
    static final String TAG_LIST = "/api/contacts/persons?tag=vip&sort=name&size=50";

    /** The latencies of each kind of call over all clients, and the calls answered in {@code ran}. */
    record Result(int clients, Duration ran, Latencies stage, Latencies tag, Latencies suggest) {

        long calls() {
            return (long) stage.count() + tag.count() + suggest.count();
        }

        double callsPerSecond() {
            return calls() / (ran.toNanos() / 1e9);
        }

        String summary() {
            return String.format("%d clients for %d s: %,d calls (%.1f/s); stage %s; tag %s; suggestions %s", clients,
                    ran.toSeconds(), calls(), callsPerSecond(), stage.summary(), tag.summary(), suggest.summary());
        }
    }

    private ConcurrentUsers() {
    }

    /** Runs {@code clients} clients against a started node for {@code duration}; fails on the first bad answer. */
    static Result run(RapportUnderTest rapport, GeneratedContacts data, int clients, Duration duration)
            throws Exception {
        List<RapportUnderTest.Session> sessions = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            sessions.add(rapport.signIn());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            long deadline = start + duration.toNanos();
            List<Future<Latencies[]>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                RapportUnderTest.Session session = sessions.get(i);
                int first = i; // clients start at different calls, as people do different things
                running.add(pool.submit(() -> callUntil(session, data, first, deadline)));
            }
            List<Latencies[]> each = new ArrayList<>();
            for (Future<Latencies[]> client : running) {
                each.add(resultOf(client));
            }
            Duration ran = Duration.ofNanos(System.nanoTime() - start);
            return new Result(clients, ran, Latencies.merged(each.stream().map(l -> l[0]).toList()),
                    Latencies.merged(each.stream().map(l -> l[1]).toList()),
                    Latencies.merged(each.stream().map(l -> l[2]).toList()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Latencies[] callUntil(RapportUnderTest.Session session, GeneratedContacts data, int first,
            long deadline) throws Exception {
        Latencies stage = new Latencies(1024);
        Latencies tag = new Latencies(1024);
        Latencies suggest = new Latencies(1024);
        for (int call = first; System.nanoTime() < deadline; call++) {
            switch (call % 3) {
                case 0 -> stage.add(session.timedList(STAGE_LIST, 50, 50));
                case 1 -> tag.add(session.timedList(TAG_LIST, 50, 50));
                default -> suggest.add(session.timedSuggest(data.prefixes.get((call / 3) % data.prefixes.size())));
            }
        }
        return new Latencies[] {stage, tag, suggest};
    }

    private static Latencies[] resultOf(Future<Latencies[]> client) throws Exception {
        try {
            return client.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }
}
