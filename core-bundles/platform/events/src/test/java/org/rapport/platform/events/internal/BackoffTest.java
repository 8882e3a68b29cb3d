package org.rapport.platform.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTheInitialDelayPerFailedAttempt() {
        Backoff backoff = new Backoff(1000, 300_000);
        assertEquals(Duration.ofSeconds(1), backoff.after(1));
        assertEquals(Duration.ofSeconds(2), backoff.after(2));
        assertEquals(Duration.ofSeconds(4), backoff.after(3));
        assertEquals(Duration.ofSeconds(128), backoff.after(8));
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        Backoff backoff = new Backoff(1000, 300_000);
        assertEquals(Duration.ofSeconds(256), backoff.after(9));
        assertEquals(Duration.ofMinutes(5), backoff.after(10));
        assertEquals(Duration.ofMinutes(5), backoff.after(1000));
    }

    @Test
    void hugeAttemptCountsDoNotOverflow() {
        assertEquals(Duration.ofMillis(Long.MAX_VALUE), new Backoff(1, Long.MAX_VALUE).after(Integer.MAX_VALUE));
        assertEquals(Duration.ofMillis(1L << 61), new Backoff(1, Long.MAX_VALUE).after(62));
        assertEquals(Duration.ofMillis(Long.MAX_VALUE), new Backoff(1, Long.MAX_VALUE).after(63));
        assertEquals(Duration.ofMillis(Long.MAX_VALUE), new Backoff(3, Long.MAX_VALUE).after(62));
    }

    @Test
    void aCapBelowTheInitialDelayIsRaisedToIt() {
        Backoff backoff = new Backoff(5000, 1000);
        assertEquals(Duration.ofSeconds(5), backoff.after(1));
        assertEquals(Duration.ofSeconds(5), backoff.after(4));
    }

    @Test
    void zeroInitialDelayRetriesAtOnce() {
        assertEquals(Duration.ZERO, new Backoff(0, 1000).after(5));
    }

    @Test
    void beforeAnyFailureTheInitialDelayApplies() {
        assertEquals(Duration.ofSeconds(1), new Backoff(1000, 300_000).after(0));
    }
}
