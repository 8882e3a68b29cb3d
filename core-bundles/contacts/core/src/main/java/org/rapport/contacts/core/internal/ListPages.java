package org.rapport.contacts.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.rapport.contacts.api.ContactQuery;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.RecordScope;

/**
 * Plans and reads one keyset page of a list of one kind of contact, with its total from {@link ListTotals}. A list
 * with a common term condition ({@link TermCheck}: a tag or search word that many records meet) is read in the list's
 * order and checked record by record where the database's own plan would collect and sort every match first.
 */
final class ListPages<E extends ContactEntity> {

    /** A tag at least this many records carry is listed by reading records in order (see pageReadInOrder). */
    static final int COMMON_TAG = 2_000;

    /** {@link #COMMON_TAG}; tests lower it to take both ways with a few records. */
    int commonTag = COMMON_TAG;

    /**
     * A search word at least this many terms begin is common: its total is counted from its terms, and on MariaDB in
     * an order other than the name its page is read in order (see page and pageReadInOrder). Higher than a tag's:
     * each record read costs a look at its terms, while the database's own plan reads the word's terms in key order.
     */
    static final int COMMON_WORD = 10_000;

    /** {@link #COMMON_WORD}; tests lower it. */
    int commonWord = COMMON_WORD;

    /**
     * How many records a page of a common term condition reads in order on MariaDB before it leaves the rest to the
     * database's plan (about a third of a second of checks at a million people).
     */
    static final int MAX_WALK = 40_000;

    /** {@link #MAX_WALK}; tests lower it. */
    int maxWalk = MAX_WALK;

    /** The largest chunk a common term condition's page reads at once (ids in one IN list). */
    private static final int MAX_CHUNK = 4_000;

    /**
     * How long a term condition found common, and the share of a walked list that met it, are remembered: they only
     * choose how a page is read, never what it holds, and finding them out again cost each page of each caller a
     * probe of the term index and a second chunk (benchmarks run 29).
     */
    static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 10_000;

    private final ContactStore<E, ?, ?> store;
    private final ListConditions conditions;
    private final ListTotals totals;
    /** Term conditions found common lately; a rare one is found rare cheaply, by reading its few terms. */
    private final Remembered<Boolean> common;
    /** Of the records a walk read in order, the share that met its checks, by the walk's conditions. */
    private final Remembered<Double> shareMeeting;

    ListPages(ContactStore<E, ?, ?> store, ListConditions conditions, ListTotals totals) {
        this.store = store;
        this.conditions = conditions;
        this.totals = totals;
        this.common = new Remembered<>(store.context.clock(), REMEMBERED, MAX_REMEMBERED);
        this.shareMeeting = new Remembered<>(store.context.clock(), REMEMBERED, MAX_REMEMBERED);
    }

    /**
     * A page as stored: the store answers its entities as records.
     *
     * @param totalEstimated as {@link org.rapport.contacts.api.Page#totalEstimated()}
     */
    record Found<E>(List<E> items, String nextCursor, long total, boolean totalEstimated) {
    }

    /** The page of records the query asks for, in its order, with the list's total. */
    Found<E> page(EntityManager em, ContactQuery query, RecordScope scope, Map<String, FieldRule> rules) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions.of(em, query, scope, rules, params, List.of());
        List<E> found;
        List<TermCheck> common = commonTermChecks(em, query, rules);
        List<TermCheck> walked = common.stream()
                .filter(check -> check.tag() || !byName(query.sort()) && !store.h2(em)).toList();
        if (!walked.isEmpty()) {
            found = pageReadInOrder(em, query, scope, rules, walked);
        } else {
            List<String> page = new ArrayList<>(where);
            if (query.cursor() != null && !query.cursor().isBlank()) {
                page.add(ListOrder.keyset(query.sort(), Cursor.decode(query.cursor()), params));
            }
            TypedQuery<E> select = em.createQuery("select e from " + store.entityName() + " e"
                    + ListConditions.whereClause(page) + " order by " + order(em, query, rules), store.entityClass());
            params.forEach(select::setParameter);
            found = select.setMaxResults(query.size() + 1).getResultList();
        }
        boolean more = found.size() > query.size();
        List<E> items = more ? found.subList(0, query.size()) : found;
        String next = more ? ListOrder.cursorOf(query.sort(), items.get(items.size() - 1)).encode() : null;
        long[] total = totals.of(em, query, scope, rules, where, params, common);
        return new Found<>(items, next, total[0], total[1] == 1);
    }

    /**
     * The list's term conditions that many records meet: a tag at least {@link #commonTag} records carry, each search
     * word at least {@link #commonWord} terms begin. Asked of the term key's range, reading at most that many.
     */
    private List<TermCheck> commonTermChecks(EntityManager em, ContactQuery query, Map<String, FieldRule> rules) {
        List<TermCheck> common = new ArrayList<>();
        if (query.tag() != null && !query.tag().isBlank() && !ContactStore.hidden(rules, "tags")) {
            TermCheck tag = TermCheck.tag(store.context.folding().fold(query.tag()));
            if (reaches(em, tag, conditions.searchableKinds(rules), commonTag)) {
                common.add(tag);
            }
        }
        for (String word : store.context.terms().queryPrefixes(query.text())) {
            TermCheck prefix = TermCheck.prefix(word);
            if (reaches(em, prefix, conditions.searchableKinds(rules), commonWord)) {
                common.add(prefix);
            }
        }
        return common;
    }

    /**
     * Whether the list is in name order. A search word's matches cluster in that order (a last name, a script: at a
     * million people the Arabic-script names come after 400,000 others), so walking it in order may read most of the
     * list before the page fills; the database's own plan costs the same wherever the matches lie (benchmarks run
     * 18). A tag, or a word in the order of creation or change, is spread through the list. H2's own plan for a word
     * (the subquery's result kept for the statement) was faster than a walk in any order (run 21).
     */
    private static boolean byName(ContactQuery.Sort sort) {
        return sort == ContactQuery.Sort.NAME || sort == ContactQuery.Sort.NAME_DESC;
    }

    /** Whether at least {@code count} terms meet the check. */
    private boolean reaches(EntityManager em, TermCheck check, List<String> termKinds, int count) {
        String key = store.kind().code() + " " + check + " " + termKinds + " " + count;
        if (common.get(key).isPresent()) {
            return true;
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> probe = em.createQuery("select t.recordId from ContactTerm t where "
                + check.condition("t", store.kind().code(), termKinds, params), Long.class);
        params.forEach(probe::setParameter);
        boolean reached = !probe.setFirstResult(count - 1).setMaxResults(1).getResultList().isEmpty();
        if (reached) {
            common.put(key, Boolean.TRUE);
        }
        return reached;
    }

    /**
     * A page of records meeting common term conditions, read in the list's order a chunk at a time and kept where
     * the record's own terms meet every check (the list's other conditions stay in the statement). The first chunk is
     * what the share met by the last walk with the same conditions says fills the page, else four times the page; each
     * next one four times the one before, up to {@link #MAX_CHUNK}. After {@link #MAX_WALK} records the rest of the
     * page comes from the database's own plan, which costs the same wherever the matches lie.
     */
    private List<E> pageReadInOrder(EntityManager em, ContactQuery query, RecordScope scope,
            Map<String, FieldRule> rules, List<TermCheck> checks) {
        if (store.h2(em)) {
            return pageCheckedRecordByRecord(em, query, scope, rules, checks);
        }
        List<Long> kept = new ArrayList<>();
        String cursor = query.cursor();
        Map<String, Object> walkParams = new HashMap<>();
        List<String> walkWhere = conditions.of(em, query, scope, rules, walkParams, checks);
        // the walk's conditions and checks, whichever page of it
        String walk = LargeTotals.key(store.entityName() + " " + query.sort() + " " + checks, walkWhere, walkParams);
        int chunk = firstChunk(query.size() + 1, shareMeeting.get(walk));
        int walked = 0;
        int met = 0;
        while (kept.size() <= query.size()) {
            if (walked >= maxWalk) {
                rememberShare(walk, met, walked);
                return withRestPlannedByDatabase(em, query, rules, scope, kept, cursor);
            }
            Map<String, Object> params = new HashMap<>(walkParams);
            List<String> where = new ArrayList<>(walkWhere);
            if (cursor != null && !cursor.isBlank()) {
                where.add(ListOrder.keyset(query.sort(), Cursor.decode(cursor), params));
            }
            // the id and the one value the order sorts by: most of a chunk is not kept, and a timestamp read from text
            // for each of its rows cost more than the statement itself
            TypedQuery<Object[]> select = em.createQuery("select e.id, " + ListOrder.sortedBy(query.sort()) + " from "
                    + store.entityName() + " e" + ListConditions.whereClause(where) + " order by "
                    + order(em, query, rules), Object[].class);
            params.forEach(select::setParameter);
            List<Object[]> inOrder = select.setMaxResults(chunk).getResultList();
            if (inOrder.isEmpty()) {
                break;
            }
            walked += inOrder.size();
            Set<Long> meeting = new HashSet<>(inOrder.stream().map(row -> (Long) row[0]).toList());
            for (TermCheck check : checks) {
                if (!meeting.isEmpty()) {
                    meeting = recordsMeeting(em, check, conditions.searchableKinds(rules), meeting);
                }
            }
            met += meeting.size();
            for (Object[] row : inOrder) {
                if (meeting.contains((Long) row[0]) && kept.size() <= query.size()) {
                    kept.add((Long) row[0]);
                }
            }
            if (inOrder.size() < chunk) {
                break;
            }
            Object[] last = inOrder.get(inOrder.size() - 1);
            cursor = ListOrder.cursorAfter((Long) last[0], last[1]).encode();
            chunk = Math.min(MAX_CHUNK, chunk * 4);
        }
        rememberShare(walk, met, walked);
        return byIds(em, kept);
    }

    /** A page's worth of the share met, with a fifth more for the share's ups and downs along the list. */
    static int firstChunk(int page, Optional<Double> share) {
        if (share.isEmpty()) {
            return Math.min(MAX_CHUNK, page * 4);
        }
        return (int) Math.max(page, Math.min(MAX_CHUNK, Math.ceil(page * 1.2 / share.get())));
    }

    private void rememberShare(String walk, int met, int walked) {
        if (met > 0) {
            shareMeeting.put(walk, (double) met / walked);
        }
    }

    /** The records kept so far, then the rest of the page after {@code cursor} as the database plans it. */
    private List<E> withRestPlannedByDatabase(EntityManager em, ContactQuery query, Map<String, FieldRule> rules,
            RecordScope scope, List<Long> kept, String cursor) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions.of(em, query, scope, rules, params, List.of());
        if (cursor != null && !cursor.isBlank()) {
            where.add(ListOrder.keyset(query.sort(), Cursor.decode(cursor), params));
        }
        TypedQuery<E> select = em.createQuery("select e from " + store.entityName() + " e"
                + ListConditions.whereClause(where) + " order by " + order(em, query, rules), store.entityClass());
        params.forEach(select::setParameter);
        List<E> page = new ArrayList<>(byIds(em, kept));
        page.addAll(select.setMaxResults(query.size() + 1 - kept.size()).getResultList());
        return page;
    }

    private List<E> byIds(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, E> byId = new HashMap<>();
        em.createQuery("select e from " + store.entityName() + " e where e.id in :ids", store.entityClass())
                .setParameter("ids", ids).getResultList().forEach(e -> byId.put(e.getId(), e));
        return ids.stream().map(byId::get).toList();
    }

    /** Of these records, those whose terms meet the check: the term index by record, which covers the term. */
    private Set<Long> recordsMeeting(EntityManager em, TermCheck check, List<String> termKinds, Set<Long> ids) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> select = em.createQuery("select t.recordId from ContactTerm t where "
                + check.condition("t", store.kind().code(), termKinds, params) + " and t.recordId in :ids",
                Long.class);
        params.forEach(select::setParameter);
        return new HashSet<>(select.setParameter("ids", List.copyOf(ids)).getResultList());
    }

    /**
     * On H2 (which walks only a common tag), a page in one statement: records in the list's order, each checked by
     * its own terms' key. H2 walks the order's index and stops at the page (50,000 people, 10,000 tagged: ~15 ms),
     * where checking a chunk's ids with {@code record_id in (…)} reads all the tag's terms (H2 looks an in-list up
     * only by an index's first column: ~450 ms a chunk). MariaDB would turn the same statement back into a plan from
     * the terms.
     */
    private List<E> pageCheckedRecordByRecord(EntityManager em, ContactQuery query, RecordScope scope,
            Map<String, FieldRule> rules, List<TermCheck> checks) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions.of(em, query, scope, rules, params, checks);
        if (query.cursor() != null && !query.cursor().isBlank()) {
            where.add(ListOrder.keyset(query.sort(), Cursor.decode(query.cursor()), params));
        }
        for (int i = 0; i < checks.size(); i++) {
            String t = "c" + i;
            where.add("exists (select " + t + ".recordId from ContactTerm " + t + " where " + checks.get(i)
                    .condition(t, store.kind().code(), conditions.searchableKinds(rules), params) + " and " + t
                    + ".recordId = e.id)");
        }
        TypedQuery<E> select = em.createQuery("select e from " + store.entityName() + " e"
                + ListConditions.whereClause(where) + " order by " + order(em, query, rules), store.entityClass());
        params.forEach(select::setParameter);
        return select.setMaxResults(query.size() + 1).getResultList();
    }

    /**
     * The list's order, on H2 led by the stage when the list is of one stage: the same order (the stage is the same on
     * every row), but written so that H2 reads it straight from the stage's indexes and stops at the page (it uses an
     * index for an order only when the order names the index's first columns; 50,000 people: 0.3 ms instead of 7–10).
     * MariaDB finds those indexes without it.
     */
    private String order(EntityManager em, ContactQuery query, Map<String, FieldRule> rules) {
        return ListOrder.of(query.sort(),
                query.stage() != null && !ContactStore.hidden(rules, "stage") && store.h2(em));
    }
}
