package org.rapport.identity.core.internal;

import java.time.Duration;

import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.CurrentCaller;

/**
 * The generation a REST request read when its token was checked, so the access questions the same request asks
 * next (scope, field rules) need not read the row again: one read per request. It is reused only on the thread
 * that checked the token, while that caller is the thread's {@link CurrentCaller} (the web platform sets it after
 * the check and clears it when the request ends), for at most {@link #LONGEST}, and only if no identity change
 * was committed in this JVM since. A change made on another node therefore counts from the next request there;
 * one made here counts at once. Any other caller (UI, background work) reads the row for each question.
 */
final class RequestGeneration {

    /** A request running longer than this reads the row again. */
    static final Duration LONGEST = Duration.ofSeconds(5);

    private record Read(ModulePersistence persistence, Caller caller, long generation, long changesHere, long atNanos) {
    }

    private static final ThreadLocal<Read> READ = new ThreadLocal<>();

    private RequestGeneration() {
    }

    /** Called by the token check: {@code generation} was read before {@code caller} was looked up. */
    static void remember(ModulePersistence persistence, Caller caller, long generation, long changesHere) {
        READ.set(new Read(persistence, caller, generation, changesHere, System.nanoTime()));
    }

    static void forget() {
        READ.remove();
    }

    /** The generation for a question {@code caller} asks now: the request's, else read from the database. */
    static long of(ModulePersistence persistence, Caller caller) {
        Read read = READ.get();
        if (read != null && read.persistence() == persistence && read.changesHere() == IdentityGeneration.changesHere()
                && System.nanoTime() - read.atNanos() < LONGEST.toNanos() && read.caller().equals(caller)
                && CurrentCaller.get().filter(caller::equals).isPresent()) {
            return read.generation();
        }
        return IdentityGeneration.current(persistence);
    }
}
