package org.rapport.platform.events.internal;

/** The dispatcher's tuning, validated; replaced as a whole when the configuration changes. */
record Settings(long pollIntervalMs, int batchSize, int maxAttempts, Backoff backoff, boolean enabled) {

    Settings {
        if (pollIntervalMs < 1 || batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("poll interval, batch size and max attempts must be positive: "
                    + pollIntervalMs + ", " + batchSize + ", " + maxAttempts);
        }
    }

    static Settings from(OutboxConfig config) {
        return new Settings(Math.max(10, config.poll_interval_ms()), Math.max(1, config.batch_size()),
                Math.max(1, config.max_attempts()), new Backoff(config.backoff_initial_ms(), config.backoff_max_ms()),
                config.enabled());
    }
}
