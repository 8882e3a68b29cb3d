package org.rapport.platform.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * The rule for tests that need a real database server (MariaDB): where it cannot be used, the test is
 * skipped with a message saying why and how to fix it; in CI ({@code CI=true}), where the server is always
 * there, the same situation is a failure, because a silently skipped database test would hide a broken
 * build. (The Pax Exam suite applies the same rule with JUnit 4, inside the container.)
 */
public final class RequiredDatabase {

    private RequiredDatabase() {
    }

    /**
     * Ends the calling test: a failure in CI, a skip elsewhere.
     *
     * @param message what could not be used and what to do about it
     * @return never; declared so callers can write {@code throw RequiredDatabase.unavailable(…)}
     */
    public static AssertionError unavailable(String message, Throwable cause) {
        if (inContinuousIntegration()) {
            throw new AssertionError("CI=true requires the database: " + message, cause);
        }
        System.err.println("SKIPPED: " + message);
        return Assumptions.abort("SKIPPED: " + message);
    }

    public static boolean inContinuousIntegration() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
