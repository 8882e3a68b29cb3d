package org.rapport.platform.events.internal;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;

/**
 * Logs a failing step once per distinct error, and once when it recovers: a database that is down for an
 * hour must not write a stack trace every 200 ms. Used by the dispatcher thread only.
 */
final class ErrorLog {

    private final Logger log;
    private final Map<String, String> lastErrorByStep = new HashMap<>();

    ErrorLog(Logger log) {
        this.log = log;
    }

    void failed(String step, Throwable error) {
        String text = error.getClass().getName() + ": " + error.getMessage();
        String previous = lastErrorByStep.put(step, text);
        if (text.equals(previous)) {
            log.debug("Outbox {} still failing: {}", step, text);
        } else {
            log.warn("Outbox {} failed; retrying every round, logging again only if the error changes", step, error);
        }
    }

    void succeeded(String step) {
        if (lastErrorByStep.remove(step) != null) {
            log.info("Outbox {} works again", step);
        }
    }
}
