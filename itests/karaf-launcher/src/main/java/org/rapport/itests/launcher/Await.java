package org.rapport.itests.launcher;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits for something a node does asynchronously; says what it waited for, the last error, and a diagnosis (such as
 * the tail of the node's log) if it never came. Throws {@link AssertionError}, so any test framework reports it as a
 * failure.
 */
public final class Await {

    @FunctionalInterface
    public interface Condition {
        boolean met() throws Exception;
    }

    private Await() {
    }

    /**
     * @param diagnosis called only on timeout: e.g. the tail of the nodes' logs, so the failure is diagnosable
     */
    public static void until(String what, Duration timeout, Supplier<String> diagnosis, Condition condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception lastError = null;
        while (true) {
            try {
                if (condition.met()) {
                    return;
                }
                lastError = null;
            } catch (Exception e) {
                lastError = e;
            }
            if (System.nanoTime() >= deadline) {
                break;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                + (lastError == null ? "" : " (last error: " + lastError + ")") + "\n" + diagnosis.get(), lastError);
    }
}
