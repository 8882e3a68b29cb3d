package org.rapport.contacts.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.rapport.contacts.api.ContactQuery;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.RecordScope;

/**
 * The total of a list of one kind of contact: exact while there are at most {@code exactCountLimit} matches, past it
 * an estimate that says so and is remembered for a while ({@link LargeTotals}). A list with a common term condition
 * is counted from that condition's terms.
 */
final class ListTotals {

    private final ContactStore<?, ?, ?> store;
    private final ListConditions conditions;

    /** Estimated totals of recent lists, by their conditions. */
    private final LargeTotals largeTotals;

    ListTotals(ContactStore<?, ?, ?> store, ListConditions conditions) {
        this.store = store;
        this.conditions = conditions;
        this.largeTotals = new LargeTotals(store.context.clock());
    }

    /**
     * The total of the list whose page selected by {@code where} and {@code params} (without the page's cursor);
     * {@code common}, the list's common term conditions (see {@link ListPages}), the first of which drives the count.
     * Answers the total and 1 when it is an estimate, else 0.
     */
    long[] of(EntityManager em, ContactQuery query, RecordScope scope, Map<String, FieldRule> rules,
            List<String> where, Map<String, Object> params, List<TermCheck> common) {
        Map<String, Object> countParams = new HashMap<>(params);
        countParams.keySet().removeIf(key -> key.startsWith("cursor"));
        return count(where, countParams, common.isEmpty() ? () -> countNow(em, where, countParams)
                : () -> countFromTerms(em, query, scope, rules, common.get(0)));
    }

    /**
     * The total: exact while there are at most {@code exactCountLimit} matches, past it the larger of the limit and
     * the table's own row estimate, flagged as an estimate. First whether a row lies beyond the limit (the database
     * walks at most that far and sends one id back), then, only when none does, the exact count of what is left. An
     * estimate is remembered for a while ({@link LargeTotals}): the next pages and the next callers with the same
     * conditions skip the walk.
     */
    private long[] count(List<String> where, Map<String, Object> params, Supplier<long[]> countNow) {
        String key = LargeTotals.key(store.entityName(), where, params);
        OptionalLong remembered = largeTotals.estimate(key);
        if (remembered.isPresent()) {
            return new long[] {remembered.getAsLong(), 1};
        }
        long[] total = countNow.get();
        if (total[1] == 1) {
            largeTotals.remember(key, total[0]);
        }
        return total;
    }

    private long[] countNow(EntityManager em, List<String> where, Map<String, Object> params) {
        int limit = store.context.exactCountLimit();
        TypedQuery<Long> beyond = em.createQuery("select e.id from " + store.entityName() + " e"
                + ListConditions.whereClause(where), Long.class);
        params.forEach(beyond::setParameter);
        if (beyond.setFirstResult(limit).setMaxResults(1).getResultList().isEmpty()) {
            TypedQuery<Long> exact = em.createQuery("select count(e) from " + store.entityName() + " e"
                    + ListConditions.whereClause(where), Long.class);
            params.forEach(exact::setParameter);
            return new long[] {exact.getSingleResult(), 0};
        }
        long estimate = where.isEmpty() ? TableStatistics.estimatedRows(em, store.tableName()) : limit + 1L;
        return new long[] {Math.max(estimate, limit + 1L), 1};
    }

    /**
     * The total of a list with a common term condition, in one statement driven by that condition's terms: the
     * distinct records they belong to that meet the list's other conditions, at most one past the limit. Driven by
     * the records instead, both databases first collect every match of the word (MariaDB, a million people, "ma":
     * ~1 s; this way ~70 ms, joined to the records). A selective other condition makes it read more of the word's
     * terms.
     */
    private long[] countFromTerms(EntityManager em, ContactQuery query, RecordScope scope,
            Map<String, FieldRule> rules, TermCheck driving) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions.of(em, query, scope, rules, params, List.of(driving));
        // With no other condition the terms alone answer (a record's terms live and go with it): no record is read.
        String records = where.isEmpty() ? "" : ", " + store.entityName() + " e";
        if (!where.isEmpty()) {
            where.add("d.recordId = e.id");
        }
        where.add(driving.condition("d", store.kind().code(), conditions.searchableKinds(rules), params));
        TypedQuery<Long> select = em.createQuery("select distinct d.recordId from ContactTerm d" + records
                + ListConditions.whereClause(where), Long.class);
        params.forEach(select::setParameter);
        int limit = store.context.exactCountLimit();
        int found = select.setMaxResults(limit + 1).getResultList().size();
        return found > limit ? new long[] {limit + 1L, 1} : new long[] {found, 0};
    }
}
