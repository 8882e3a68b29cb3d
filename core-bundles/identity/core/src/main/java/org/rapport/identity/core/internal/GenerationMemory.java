package org.rapport.identity.core.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers remembered for one identity generation (see {@link IdentityGeneration}). An answer is handed out only
 * for the very generation it was tagged with, so one looked up before a change can never be taken for one after
 * it, whichever thread stores or asks first. The first question asked with a newer generation forgets everything
 * older at once (the memory is freed, not just unused); an answer is tagged with the generation read before it
 * was looked up, never after.
 */
final class GenerationMemory<K, V> {

    private record Entry<V>(long generation, V value) {
    }

    private final int capacity;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong newest = new AtomicLong(IdentityGeneration.UNKNOWN);

    /** @param capacity when this many answers are held, they are all forgotten (simpler than any eviction order) */
    GenerationMemory(int capacity) {
        this.capacity = capacity;
    }

    /** The answer remembered for {@code key} in {@code generation}, else null. */
    V get(K key, long generation) {
        forgetOlderThan(generation);
        Entry<V> entry = entries.get(key);
        return entry != null && entry.generation() == generation ? entry.value() : null;
    }

    /** Remembers an answer looked up after {@code generation} was read (nothing is kept for an unknown one). */
    void put(K key, long generation, V value) {
        if (generation == IdentityGeneration.UNKNOWN || value == null) {
            return;
        }
        forgetOlderThan(generation);
        if (generation < newest.get()) {
            return; // looked up before a change another thread has already seen: of no use to anyone later
        }
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, new Entry<>(generation, value));
    }

    /** The remembered answer, else the one {@code lookup} gives (remembered for next time). */
    V answer(K key, long generation, Supplier<V> lookup) {
        V known = get(key, generation);
        if (known != null) {
            return known;
        }
        V found = lookup.get();
        put(key, generation, found);
        return found;
    }

    void forget(K key) {
        entries.remove(key);
    }

    int size() {
        return entries.size();
    }

    private void forgetOlderThan(long generation) {
        long seen = newest.get();
        if (generation > seen && newest.compareAndSet(seen, generation)) {
            entries.clear();
        }
    }
}
