package org.rapport.platform.testing;

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
        return RequiredInCi.unavailable("the database", message, cause);
    }

    public static boolean inContinuousIntegration() {
        return RequiredInCi.inContinuousIntegration();
    }
}
