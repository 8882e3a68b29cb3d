package org.rapport.platform.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * The one rule behind {@link RequiredDatabase} and {@link RequiredBrowser}: a test that needs something from the
 * machine which is not there is skipped with a message saying why and how to fix it; in CI ({@code CI=true}),
 * where it is always installed, the same situation is a failure, because a silently skipped test would hide a
 * broken build.
 */
final class RequiredInCi {

    private RequiredInCi() {
    }

    static AssertionError unavailable(String what, String message, Throwable cause) {
        if (inContinuousIntegration()) {
            throw new AssertionError("CI=true requires " + what + ": " + message, cause);
        }
        System.err.println("SKIPPED: " + message);
        return Assumptions.abort("SKIPPED: " + message);
    }

    static boolean inContinuousIntegration() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
