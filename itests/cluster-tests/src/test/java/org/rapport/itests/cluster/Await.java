package org.rapport.itests.cluster;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something the nodes do asynchronously; says what it waited for, and what the nodes logged, if it never came. */
final class Await {

    @FunctionalInterface
    interface Condition {
        boolean met() throws Exception;
    }

    private Await() {
    }

    /**
     * @param diagnosis called only on timeout: e.g. the tail of the nodes' logs, so the failure is diagnosable
     */
    static void until(String what, Duration timeout, Supplier<String> diagnosis, Condition condition) {
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
