package org.rapport.contacts.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Remembers for a short while that a list's conditions match more records than are counted exactly, and the estimate
 * shown for them. Finding that out walks the database past the exact-count limit on every request (the largest single
 * query of a list page at a million records); an estimate that is a few seconds old is still an estimate, and says
 * so. Exact totals are never remembered: they must change as soon as a record is added.
 */
final class LargeTotals {

    static final Duration REMEMBERED = Duration.ofSeconds(30);
    private static final int MAX_CONDITION_SETS = 1_000;

    private final Remembered<Long> byConditions;

    LargeTotals(Clock clock) {
        this.byConditions = new Remembered<>(clock, REMEMBERED, MAX_CONDITION_SETS);
    }

    /**
     * The conditions as one key: the statement's conditions and every parameter's value (the caller's scope is among
     * them, so two callers who see different records never share an estimate).
     */
    static String key(String entity, List<String> where, Map<String, Object> params) {
        return entity + " where " + String.join(" and ", where) + " " + new TreeMap<>(params);
    }

    OptionalLong estimate(String key) {
        return byConditions.get(key).map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    void remember(String key, long estimate) {
        byConditions.put(key, estimate);
    }
}
