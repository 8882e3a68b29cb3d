package org.rapport.platform.events.internal;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's one dispatcher thread: runs rounds back to back while there is work, otherwise every poll
 * interval. One thread keeps deliveries to a consumer in order on this node and needs no coordination
 * beyond the database locks that coordinate the nodes.
 */
final class DispatchLoop {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchLoop.class);

    private final DispatchRound round;
    private final ScheduledThreadPoolExecutor executor;
    private volatile Settings settings;
    private volatile boolean stopped;

    DispatchLoop(DispatchRound round, Settings settings, String threadName) {
        this.round = round;
        this.settings = settings;
        this.executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        // A pending "next round" must not run after stop().
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    void start() {
        schedule(0);
    }

    /** Takes effect from the next round. */
    void update(Settings newSettings) {
        settings = newSettings;
    }

    Settings settings() {
        return settings;
    }

    /**
     * Stops after the event in hand, waiting up to {@code timeoutMs} for the round to end; a round still running
     * then (a consumer that hangs) is interrupted.
     */
    void stop(long timeoutMs) {
        stopped = true;
        round.halt();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(timeoutMs, TimeUnit.MILLISECONDS)) {
                LOG.warn("Outbox dispatcher round still running after {} ms; interrupting it", timeoutMs);
                executor.shutdownNow();
                executor.awaitTermination(timeoutMs, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void runRound() {
        if (stopped) {
            return;
        }
        Settings current = settings;
        boolean more = false;
        try {
            more = current.enabled() && round.run(current);
        } catch (Throwable t) {
            // The round catches its own failures; whatever still gets here must not end the thread.
            LOG.error("Outbox dispatcher round failed unexpectedly; carrying on", t);
        }
        schedule(more ? 0 : current.pollIntervalMs());
    }

    private void schedule(long delayMs) {
        if (stopped) {
            return;
        }
        try {
            executor.schedule(this::runRound, delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // stop() won the race: nothing left to do.
        }
    }
}
