package org.rapport.platform.api.security;

import java.time.Instant;
import java.util.Optional;

/** The outcome of a sign-in attempt. A failure never says whether the username exists. */
public sealed interface AuthenticationResult {

    record Success(Caller caller) implements AuthenticationResult {
    }

    /**
     * @param reason      why, for the log and the audit trail; users are told only "wrong username or password"
     *                    or, when {@code LOCKED}, that the account is locked until {@code lockedUntil}
     * @param lockedUntil when a lock ends, for {@code LOCKED}
     */
    record Failure(Reason reason, Optional<Instant> lockedUntil) implements AuthenticationResult {
    }

    enum Reason {
        BAD_CREDENTIALS, LOCKED, INACTIVE
    }
}
