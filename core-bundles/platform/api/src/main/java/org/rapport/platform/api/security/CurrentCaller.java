package org.rapport.platform.api.security;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The caller of the work running on this thread: set by the platform for each REST request and UI request, and by
 * {@link #runAs} for background work done for someone. Services read it to filter and audit.
 */
public final class CurrentCaller {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CurrentCaller() {
    }

    public static Optional<Caller> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The caller, or an {@link IllegalStateException} naming the missing sign-in: for code that needs one. */
    public static Caller require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in caller on this thread"));
    }

    public static <T> T runAs(Caller caller, Callable<T> work) throws Exception {
        Caller before = CURRENT.get();
        CURRENT.set(caller);
        try {
            return work.call();
        } finally {
            restore(before);
        }
    }

    /** For frameworks that bracket a request themselves: set now, {@link #clear()} when the request ends. */
    public static void set(Caller caller) {
        CURRENT.set(caller);
    }

    public static void clear() {
        CURRENT.remove();
    }

    private static void restore(Caller before) {
        if (before == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(before);
        }
    }
}
