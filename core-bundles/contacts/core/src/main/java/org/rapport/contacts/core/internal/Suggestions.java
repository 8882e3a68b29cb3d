package org.rapport.contacts.core.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.Suggestion;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.RecordScope;
import org.rapport.platform.api.security.Caller;

/**
 * Type-ahead over one kind of contact: the records the caller may see whose terms begin with the typed words, read
 * in the order of the first word's terms and stopped at the limit, each record once.
 */
final class Suggestions<E extends ContactEntity> {

    private final ContactStore<E, ?, ?> store;
    private final ListConditions conditions;

    Suggestions(ContactStore<E, ?, ?> store, ListConditions conditions) {
        this.store = store;
        this.conditions = conditions;
    }

    /** Up to {@code limit} (1 to 50) suggestions for what the caller typed; the store has checked the permission. */
    List<Suggestion> of(Caller caller, Map<String, FieldRule> rules, String prefix, int limit) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        List<String> prefixes = store.context.terms().queryPrefixes(prefix);
        List<String> kinds = conditions.searchableKinds(rules);
        if (prefixes.isEmpty() || kinds.isEmpty()) {
            return List.of();
        }
        int size = Math.max(1, Math.min(limit, 50));
        ContactQuery others = new ContactQuery(null, null, null, ContactQuery.Sort.NAME, size, null);
        RecordScope scope = store.context.access().readScope(caller, store.kind().recordType());
        return store.context.persistence().inTransaction(tx -> {
            Map<String, Object> params = new HashMap<>();
            List<String> where = conditions.of(tx.entityManager(), others, scope, rules, params, List.of());
            // The first word drives: its terms are read in index order and stop at the limit. Ordering every match
            // by name instead would sort a large share of a million people (a two-letter prefix) to show ten.
            where.add("t.recordId = e.id and t.recordKind = :kind and t.termKind in :termKinds"
                    + " and t.term like :p0 escape '!'");
            params.put("p0", TermCheck.escapeLike(prefixes.get(0)) + "%");
            params.put("kind", store.kind().code());
            params.put("termKinds", kinds);
            conditions.prefixes(prefixes.subList(1, prefixes.size()), 1, kinds, where, params);
            // On H2 the order names the term key's first column too (the same order: the kind is fixed), or H2
            // sorts every match of the prefix instead of reading the key in order (600 ms a call at a million).
            String order = (store.h2(tx.entityManager()) ? "t.recordKind, " : "") + "t.term, t.recordId";
            TypedQuery<E> select = tx.entityManager().createQuery("select e from " + store.entityName()
                    + " e, ContactTerm t" + ListConditions.whereClause(where) + " order by " + order,
                    store.entityClass());
            params.forEach(select::setParameter);
            // a person whose name and email both match comes twice: read more, show each once
            Map<Long, Suggestion> found = new LinkedHashMap<>();
            for (E e : select.setMaxResults(size * 4).getResultList()) {
                if (found.size() < size) {
                    found.putIfAbsent(e.getId(), new Suggestion(e.getId(), store.displayName(e),
                            store.detail(e, rules)));
                }
            }
            return List.copyOf(found.values());
        });
    }
}
