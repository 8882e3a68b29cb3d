package org.rapport.contacts.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.RecordScope;

/**
 * What a list of one kind of contact selects by, as JPQL conditions on {@code e}: the caller's record scope, the
 * query's filters and each word of its text. A page ({@link ListPages}), its total ({@link ListTotals}) and
 * type-ahead ({@link Suggestions}) all select by these.
 */
final class ListConditions {

    private final ContactStore<?, ?, ?> store;

    ListConditions(ContactStore<?, ?, ?> store) {
        this.store = store;
    }

    /**
     * Scope, filters and text: what both the page and the count select by; without the term conditions in
     * {@code checkedApart}, which the caller checks on the records it reads.
     */
    List<String> of(EntityManager em, ContactQuery query, RecordScope scope, Map<String, FieldRule> rules,
            Map<String, Object> params, List<TermCheck> checkedApart) {
        List<String> where = new ArrayList<>();
        String scopeCondition = ScopeFilter.jpql(scope, store.kind(), false, params);
        if (scopeCondition != null) {
            where.add(scopeCondition);
        }
        if (!query.custom().isEmpty()) {
            List<CustomFieldDefinition> visible = CustomFieldService.active(store.customFields(em)).stream()
                    .filter(field -> !ContactStore.hidden(rules, "custom." + field.key())).toList();
            CustomFilters.add(query.custom(), visible, store.kind(), where, params);
        }
        if (query.organizationId() != null) {
            where.add(store.memberOf(query.organizationId(), params));
        }
        if (query.stage() != null && !ContactStore.hidden(rules, "stage")) {
            where.add("e.stage = :stage");
            params.put("stage", query.stage().name());
        }
        if (query.tag() != null && !query.tag().isBlank() && !ContactStore.hidden(rules, "tags")
                && checkedApart.stream().noneMatch(TermCheck::tag)) {
            where.add("e.id in (select t.recordId from ContactTerm t where t.recordKind = :kind"
                    + " and t.termKind = 'T' and t.term = :tag)");
            params.put("tag", store.context.folding().fold(query.tag()));
            params.put("kind", store.kind().code());
        }
        List<String> words = new ArrayList<>(store.context.terms().queryPrefixes(query.text()));
        checkedApart.stream().filter(check -> !check.tag()).forEach(check -> words.remove(check.term()));
        prefixes(words, 0, searchableKinds(rules), where, params);
        return where;
    }

    /** Each word of a search must begin a term of the record (of a kind the caller may search by). */
    void prefixes(List<String> prefixes, int firstNumber, List<String> kinds, List<String> where,
            Map<String, Object> params) {
        for (int i = 0; i < prefixes.size(); i++) {
            String name = "p" + (firstNumber + i);
            where.add("e.id in (select w.recordId from ContactTerm w where w.recordKind = :kind and w.term like :"
                    + name + " escape '!' and w.termKind in :termKinds)");
            params.put(name, TermCheck.escapeLike(prefixes.get(i)) + "%");
        }
        if (!prefixes.isEmpty()) {
            params.put("termKinds", kinds);
            params.put("kind", store.kind().code());
        }
    }

    /** A caller must not find records by what they may not see. */
    List<String> searchableKinds(Map<String, FieldRule> rules) {
        List<String> kinds = new ArrayList<>();
        if (!ContactStore.hidden(rules, store.nameField()) && !ContactStore.hidden(rules, store.secondNameField())) {
            kinds.add(Terms.Kind.NAME.code);
        }
        if (!ContactStore.hidden(rules, "emails")) {
            kinds.add(Terms.Kind.EMAIL.code);
        }
        if (!ContactStore.hidden(rules, "phones")) {
            kinds.add(Terms.Kind.PHONE.code);
        }
        if (!ContactStore.hidden(rules, "tags")) {
            kinds.add(Terms.Kind.TAG.code);
        }
        if (kinds.isEmpty()) {
            kinds.add("-");
        }
        return kinds;
    }

    static String whereClause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
