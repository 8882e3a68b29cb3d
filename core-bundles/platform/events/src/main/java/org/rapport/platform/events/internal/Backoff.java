package org.rapport.platform.events.internal;

import java.time.Duration;

/** Exponential backoff between failed deliveries: {@code initial * 2^(attempts-1)}, never more than {@code max}. */
record Backoff(long initialMs, long maxMs) {

    Backoff {
        initialMs = Math.max(0, initialMs);
        maxMs = Math.max(initialMs, maxMs);
    }

    /** The wait after the {@code failedAttempts}-th consecutive failure (1 = first failure). */
    Duration after(int failedAttempts) {
        if (failedAttempts < 1 || initialMs == 0) {
            return Duration.ofMillis(initialMs);
        }
        int doublings = failedAttempts - 1;
        // Shifting would overflow long long before the cap is reached for any sane configuration.
        if (doublings >= Long.numberOfLeadingZeros(initialMs) - 1) {
            return Duration.ofMillis(maxMs);
        }
        return Duration.ofMillis(Math.min(maxMs, initialMs << doublings));
    }
}
