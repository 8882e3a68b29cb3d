package org.rapport.contacts.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers kept for a short while, by key: the least recently asked go first when there are too many. For what only
 * steers how a list is read or says it is an estimate, where an answer seconds old is as good as a new one and
 * finding it out again would cost a statement on every request.
 */
final class Remembered<V> {

    private record Answer<V>(V value, Instant until) {
    }

    private final Clock clock;
    private final Duration kept;
    private final Map<String, Answer<V>> byKey;

    Remembered(Clock clock, Duration kept, int most) {
        this.clock = clock;
        this.kept = kept;
        this.byKey = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer<V>> eldest) {
                return size() > most;
            }
        };
    }

    synchronized Optional<V> get(String key) {
        Answer<V> known = byKey.get(key);
        if (known == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(known.until())) {
            byKey.remove(key);
            return Optional.empty();
        }
        return Optional.of(known.value());
    }

    synchronized void put(String key, V value) {
        byKey.put(key, new Answer<>(value, clock.instant().plus(kept)));
    }
}
