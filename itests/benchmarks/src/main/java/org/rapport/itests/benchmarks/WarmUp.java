package org.rapport.itests.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Every call the benchmark times, in turn and untimed, for a while before the timings: a node just started runs its
 * code interpreted until the JIT compiler has seen it often (thousands of calls, not the thirty warm-up calls of each
 * timing), and a node that has served a working day has long compiled it. Without this the first timings measure the
 * compiler as much as Rapport.
 */
final class WarmUp {

    /**
     * The word search in name order takes a second or two a call at a million people (the database's plan): asked in
     * every round it would leave the other calls a few hundred turns in a minute, too few for the compiler.
     */
    private static final int WORD_SEARCH_EVERY = 10;

    private WarmUp() {
    }

    /** Returns the calls made; fails on the first bad answer, like the timings. */
    static long run(RapportUnderTest rapport, GeneratedContacts data, Duration duration) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        long calls = 0;
        for (int round = 0; System.nanoTime() < deadline; round++) {
            String prefix = data.prefixes.get(round % data.prefixes.size());
            rapport.timedList(ConcurrentUsers.STAGE_LIST, 50);
            rapport.timedList(ConcurrentUsers.TAG_LIST, 50);
            rapport.timedSuggest(prefix);
            rapport.timedCaller();
            calls += 4;
            if (round % WORD_SEARCH_EVERY == 0) {
                String word = URLEncoder.encode(prefix, StandardCharsets.UTF_8);
                rapport.timedList("/api/contacts/persons?size=50&sort=name&q=" + word, 1, 50);
                rapport.timedList("/api/contacts/persons?size=50&sort=-created&q=" + word, 1, 50);
                calls += 2;
            }
        }
        return calls;
    }
}
