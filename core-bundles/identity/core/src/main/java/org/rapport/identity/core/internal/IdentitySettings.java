package org.rapport.identity.core.internal;

import java.time.Duration;

/** The configuration, checked; see {@link IdentityConfig}. */
record IdentitySettings(int lockoutThreshold, Duration lockDuration, Duration sessionLifetime, Duration idleTimeout) {

    static final IdentitySettings DEFAULTS = new IdentitySettings(10, Duration.ofMinutes(15), Duration.ofHours(12),
            Duration.ofMinutes(30));

    IdentitySettings {
        if (lockoutThreshold < 1 || lockDuration.isNegative() || lockDuration.isZero() || sessionLifetime.isNegative()
                || sessionLifetime.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("Identity settings must be positive: " + lockoutThreshold + ", "
                    + lockDuration + ", " + sessionLifetime + ", " + idleTimeout);
        }
    }

    static IdentitySettings of(IdentityConfig config) {
        return new IdentitySettings(Math.max(1, config.lockout_threshold()),
                Duration.ofMinutes(Math.max(1, config.lockout_minutes())),
                Duration.ofHours(Math.max(1, config.session_lifetime_hours())),
                Duration.ofMinutes(Math.max(1, config.session_idle_minutes())));
    }
}
