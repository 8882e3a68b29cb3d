package org.rapport.contacts.core.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.contacts.api.ContactAccessException;
import org.rapport.contacts.api.ContactConflictException;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.ContactRecords;
import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.Page;
import org.rapport.contacts.api.Share;
import org.rapport.contacts.api.Suggestion;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.RecordScope;
import org.rapport.platform.api.directory.Directory;
import org.rapport.platform.api.events.DomainEvent;
import org.rapport.platform.api.persistence.TransactionContext;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.CurrentCaller;

/**
 * Storage of one kind of contact record with access applied on every path: object permissions, the caller's record
 * scope as a condition in every query, field rules on every answer and change. A record outside the caller's read
 * scope behaves exactly like a missing one. How a list's page and total are read is planned by {@link ListPages}
 * (with {@link ListConditions} and {@link ListTotals}), type-ahead by {@link Suggestions}.
 */
abstract class ContactStore<E extends ContactEntity, R, D> implements ContactRecords<R, D> {

    protected final ContactContext context;
    /** Set and cleared by the optional directory reference below. */
    final OwnerCheck owners = new OwnerCheck();
    private final Map<EntityManager, List<CustomFieldDefinition>> fieldsOfTransaction = java.util.Collections
            .synchronizedMap(new java.util.WeakHashMap<>());

    /** Lists: each page planned and read, with its total; tests lower its common-term thresholds. */
    final ListPages<E> pages;

    private final Suggestions<E> suggestions;

    ContactStore(ContactContext context) {
        this.context = context;
        ListConditions conditions = new ListConditions(this);
        this.pages = new ListPages<>(this, conditions, new ListTotals(this, conditions));
        this.suggestions = new Suggestions<>(this, conditions);
    }

    /**
     * Optional: without the identity module owners are not checked against its users and teams. A reference of both
     * stores' components: bnd reads it here because their bnd.bnd inherits DS annotations.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDirectory(Directory directory) {
        owners.use(directory);
    }

    void unbindDirectory(Directory directory) {
        owners.drop(directory);
    }

    abstract RecordKind kind();

    /** The JPQL entity name. */
    abstract String entityName();

    abstract Class<E> entityClass();

    abstract E newEntity();

    abstract String readPermission();

    abstract String writePermission();

    abstract String deletePermission();

    /** The draft, checked and normalized, by field name; problems are collected in {@code check}. */
    abstract FieldValues valuesOf(D draft, DraftCheck check, Caller caller, EntityManager em);

    abstract FieldValues valuesOf(E entity, EntityManager em, Caller caller);

    /** Writes the values into the entity (and its dependent rows). */
    abstract void apply(E entity, FieldValues values, EntityManager em, Caller caller);

    abstract R toRecord(E entity, EntityManager em, Map<String, FieldRule> rules, Caller caller);

    /** A page of records as the caller sees them; a store reads what each record links to for the page at once. */
    List<R> toRecords(List<E> entities, EntityManager em, Map<String, FieldRule> rules, Caller caller) {
        return entities.stream().map(e -> toRecord(e, em, rules, caller)).toList();
    }

    abstract Set<Terms.Term> termsOf(E entity);

    abstract String displayName(E entity);

    /** A line under the name in type-ahead: an email or phone, if the caller may see it. */
    abstract String detail(E entity, Map<String, FieldRule> rules);

    abstract String createdTopic();

    abstract String updatedTopic();

    abstract String deletedTopic();

    /** The draft's custom values by key; {@code null} leaves the stored ones as they are. */
    abstract Map<String, Object> customOf(D draft);

    /** The record's custom values as answered. */
    abstract Map<String, Object> customOfRecord(R record);

    /** A draft holding every field of the record as stored: the start of a merge (imports update with it). */
    abstract D draftOf(E entity, EntityManager em, Caller caller);

    /**
     * The term a natural key's value is stored and matched under: {@code email} folded (any case), {@code phone} as
     * E.164 digits (any writing), {@code externalId} as given; {@code null} when the value cannot be one (a phone
     * that is no number).
     */
    String keyTerm(String key, String value) {
        String term = switch (key) {
            case "externalId" -> value;
            case "email" -> context.folding().fold(value);
            case "phone" -> context.phones().e164(value).map(PhoneNumbers::digitsOnly).orElse(null);
            default -> throw new IllegalArgumentException("not a natural key: " + key);
        };
        return term != null && !key.equals("externalId") && term.length() > Terms.MAX_LENGTH
                ? term.substring(0, Terms.MAX_LENGTH) : term;
    }

    /**
     * The record, seen or not (an import must not create a second one), that a {@link #keyTerm key term} names: the
     * lowest id when several do. Asked without flushing first: the caller has written what it has to.
     */
    Optional<Long> idByKeyTerm(EntityManager em, String key, String term) {
        TypedQuery<Long> select = key.equals("externalId")
                ? em.createQuery("select e.id from " + entityName() + " e where e.externalId = :term order by e.id",
                        Long.class)
                : em.createQuery("select t.recordId from ContactTerm t where t.recordKind = :kind and"
                        + " t.termKind = :termKind and t.term = :term order by t.recordId", Long.class)
                        .setParameter("kind", kind().code())
                        .setParameter("termKind", key.equals("email") ? Terms.Kind.EMAIL.code : Terms.Kind.PHONE.code);
        return select.setParameter("term", term).setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** {@link #idByKeyTerm} for many terms in one query: each term found with its lowest id. */
    Map<String, Long> idsByKeyTerms(EntityManager em, String key, java.util.Collection<String> terms) {
        if (!key.equals("externalId") && h2(em)) {
            // H2 looks a list up in an index only by the index's first column, and a term is the second of
            // contacts_term's key: the IN query would read every term of the kind, once per batch
            Map<String, Long> found = new HashMap<>();
            terms.forEach(term -> idByKeyTerm(em, key, term).ifPresent(id -> found.put(term, id)));
            return found;
        }
        TypedQuery<Object[]> select = key.equals("externalId")
                ? em.createQuery("select e.externalId, e.id from " + entityName() + " e where e.externalId in :terms"
                        + " order by e.id", Object[].class)
                : em.createQuery("select t.term, t.recordId from ContactTerm t where t.recordKind = :kind and"
                        + " t.termKind = :termKind and t.term in :terms order by t.recordId", Object[].class)
                        .setParameter("kind", kind().code())
                        .setParameter("termKind", key.equals("email") ? Terms.Kind.EMAIL.code : Terms.Kind.PHONE.code);
        Map<String, Long> found = new HashMap<>();
        for (Object[] row : select.setParameter("terms", terms)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList()) {
            found.putIfAbsent((String) row[0], ((Number) row[1]).longValue());
        }
        return found;
    }

    private volatile Boolean h2;

    /** Whether the database is H2, whose plans some statements are written for (asked once). */
    boolean h2(EntityManager em) {
        if (h2 == null) {
            try {
                h2 = em.unwrap(java.sql.Connection.class).getMetaData().getDatabaseProductName().equals("H2");
            } catch (java.sql.SQLException unknown) {
                h2 = false;
            }
        }
        return h2;
    }

    /** Removes rows that depend on the record (links), before it is deleted. */
    void beforeDelete(E entity, EntityManager em) {
    }

    @Override
    public R create(D draft) {
        Caller caller = permitted(writePermission(), "create");
        Map<String, FieldRule> rules = rules(caller);
        return context.persistence().inTransaction(tx -> {
            E entity = createIn(tx, caller, rules, draft);
            return toRecord(entity, tx.entityManager(), rules, caller);
        });
    }

    /** Creates a record inside a running transaction; throws before writing anything when the draft is refused. */
    E createIn(TransactionContext tx, Caller caller, Map<String, FieldRule> rules, D draft) {
        EntityManager em = tx.entityManager();
        DraftCheck check = new DraftCheck(context.phones());
        FieldValues wanted = valuesOf(draft, check, caller, em);
        owners.check((Owner) wanted.get("owner"), null, caller.userId(), check);
        List<CustomFieldDefinition> fields = customFields(em);
        CustomValues.checked(draft == null ? null : customOf(draft), CustomFieldService.active(fields), null, wanted,
                check);
        check.throwIfInvalid(kind().noun());
        if (wanted.get("owner") == null) {
            wanted.put("owner", Owner.user(caller.userId()));
        }
        FieldValues values = FieldValues.enforce(wanted, null, rules, kind().noun());
        E entity = newEntity();
        Instant now = context.clock().instant();
        entity.setCreatedAt(now);
        entity.setUpdatedAt(now);
        apply(entity, values, em, caller);
        entity.setCustomValues(CustomValues.applied(entity.getCustomValues(), values));
        em.persist(entity);
        if (ImportBatchScope.current().isEmpty()) {
            em.flush();
        }
        if (entity.getCustomValues() != null) {
            // a record just created has no index rows to replace: without values there is nothing to write
            CustomValueIndex.replace(em, kind(), entity.getId(), entity.getCustomValues(), fields);
        }
        TermWriter.insert(em, kind(), entity.getId(), termsOf(entity));
        published(tx, entity, createdTopic());
        return entity;
    }

    @Override
    public Optional<R> find(long id) {
        Caller caller = permitted(readPermission(), "read");
        Map<String, FieldRule> rules = rules(caller);
        return context.persistence().inTransaction(tx -> visible(tx.entityManager(), caller, id, false)
                .map(entity -> toRecord(entity, tx.entityManager(), rules, caller)));
    }

    @Override
    public R update(long id, long expectedVersion, D draft) {
        Caller caller = permitted(writePermission(), "change");
        Map<String, FieldRule> rules = rules(caller);
        return context.persistence().inTransaction(tx -> {
            E entity = writable(tx.entityManager(), caller, id);
            // before the version: offering a form opened earlier to "keep your version" would only meet this refusal
            refuseChange(entity);
            if (entity.getVersion() != expectedVersion) {
                throw new ContactConflictException(kind().noun(), id, entity.getVersion());
            }
            updateIn(tx, caller, rules, entity, draft);
            return toRecord(entity, tx.entityManager(), rules, caller);
        });
    }

    /** Replaces a writable record's fields inside a running transaction; refuses before writing anything. */
    void updateIn(TransactionContext tx, Caller caller, Map<String, FieldRule> rules, E entity, D draft) {
        refuseChange(entity);
        EntityManager em = tx.entityManager();
        DraftCheck check = new DraftCheck(context.phones());
        FieldValues wanted = valuesOf(draft, check, caller, em);
        owners.check((Owner) wanted.get("owner"), new Owner(entity.getOwnerUserId(), entity.getOwnerTeamId()),
                caller.userId(), check);
        List<CustomFieldDefinition> fields = customFields(em);
        List<CustomFieldDefinition> active = CustomFieldService.active(fields);
        CustomValues.checked(draft == null ? null : customOf(draft), active,
                CustomValuesJson.typed(entity.getCustomValues(), active), wanted, check);
        check.throwIfInvalid(kind().noun());
        FieldValues current = CustomValues.stored(valuesOf(entity, em, caller), entity.getCustomValues(), active);
        if (wanted.get("owner") == null) {
            wanted.put("owner", current.get("owner"));
        }
        FieldValues values = FieldValues.enforce(wanted, current, rules, kind().noun());
        entity.setUpdatedAt(context.clock().instant());
        apply(entity, values, em, caller);
        entity.setCustomValues(CustomValues.applied(entity.getCustomValues(), values));
        em.flush();
        CustomValueIndex.replace(em, kind(), entity.getId(), entity.getCustomValues(), fields);
        TermWriter.replace(em, kind(), entity.getId(), termsOf(entity));
        published(tx, entity, updatedTopic());
    }

    /** Throws when this record's fields may not be changed at all, whoever asks; any record may by default. */
    void refuseChange(E entity) {
    }

    @Override
    public void delete(long id, long expectedVersion) {
        Caller caller = permitted(deletePermission(), "delete");
        context.persistence().inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            E entity = writable(em, caller, id);
            if (entity.getVersion() != expectedVersion) {
                throw new ContactConflictException(kind().noun(), id, entity.getVersion());
            }
            removeIn(tx, entity);
            tx.publish(new DomainEvent(deletedTopic(), entityName(), String.valueOf(id), "{\"id\":" + id + "}"));
            return null;
        });
    }

    @Override
    public Page<R> list(ContactQuery query) {
        Caller caller = permitted(readPermission(), "read");
        Map<String, FieldRule> rules = rules(caller);
        RecordScope scope = context.access().readScope(caller, kind().recordType());
        return context.persistence().inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            ListPages.Found<E> found = pages.page(em, query, scope, rules);
            return new Page<>(toRecords(found.items(), em, rules, caller), found.nextCursor(), found.total(),
                    found.totalEstimated());
        });
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        Caller caller = permitted(readPermission(), "read");
        return suggestions.of(caller, rules(caller), prefix, limit);
    }

    abstract String exportPermission();

    /** The export's columns, from the record as the caller sees it. */
    abstract CsvExport<R> exportColumns();

    @Override
    public long exportCsv(ContactQuery query, java.io.Writer out) throws java.io.IOException {
        Caller caller = permitted(exportPermission(), "export");
        java.util.Set<String> hidden = new java.util.HashSet<>();
        rules(caller).forEach((field, rule) -> {
            if (rule == FieldRule.HIDDEN) {
                hidden.add(field);
            }
        });
        CsvExport<R> columns = exportColumns();
        for (CustomFieldDefinition field : context.persistence().inTransaction(tx -> CustomFieldService.active(
                customFields(tx.entityManager())))) {
            columns.column("custom." + field.key(), "custom." + field.key(),
                    record -> CustomValueParser.text(field.type(), customOfRecord(record).get(field.key())));
        }
        com.opencsv.CSVWriter csv = columns.start(out, hidden);
        long written = eachPage(query, records -> records.forEach(record -> columns.write(csv, record, hidden)));
        columns.finish(csv);
        recordExport(written, "", query);
        return written;
    }

    /** What an export does with each page of records. */
    interface PageWriter<R> {
        void write(List<R> records) throws java.io.IOException;
    }

    /** Hands every page of records the query matches, in its order, to {@code writer}; answers how many there were. */
    long eachPage(ContactQuery query, PageWriter<R> writer) throws java.io.IOException {
        long written = 0;
        ContactQuery page = query.firstPageOf(ContactQuery.MAX_SIZE);
        while (true) {
            Page<R> found = list(page);
            writer.write(found.items());
            written += found.items().size();
            if (found.nextCursor() == null) {
                return written;
            }
            page = page.after(found.nextCursor());
        }
    }

    /** Puts an export in the audit trail: how many records, in what format ({@code ""} for CSV), and the filters. */
    void recordExport(long written, String format, ContactQuery query) {
        if (context.audit() != null) {
            context.audit().record("contacts", entityName(), null, "EXPORT", written + " records" + format
                    + ", search '" + (query.text() == null ? "" : query.text()) + "', stage " + query.stage()
                    + ", tag " + query.tag());
        }
    }

    @Override
    public List<Share> shares(long id) {
        Caller caller = permitted(readPermission(), "read");
        return context.persistence().inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            if (visible(em, caller, id, false).isEmpty()) {
                throw new ContactNotFoundException(kind().noun(), id);
            }
            return shareRows(em, id).stream().map(s -> new Share(s.getUserId(), s.getTeamId(),
                    org.rapport.platform.api.access.ShareLevel.valueOf(s.getLevel()))).toList();
        });
    }

    @Override
    public void share(long id, Share share) {
        Caller caller = permitted(writePermission(), "share");
        context.persistence().inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            writable(em, caller, id);
            ShareEntity existing = shareRows(em, id).stream().filter(s -> same(s, share)).findFirst().orElse(null);
            if (existing == null) {
                em.persist(new ShareEntity(kind(), id, share.userId(), share.teamId(), share.level().name()));
            } else {
                existing.setLevel(share.level().name());
            }
            return null;
        });
    }

    @Override
    public void unshare(long id, Share share) {
        Caller caller = permitted(writePermission(), "share");
        context.persistence().inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            writable(em, caller, id);
            shareRows(em, id).stream().filter(s -> same(s, share)).forEach(em::remove);
            return null;
        });
    }

    /** The record if the caller may see it (or change it, with {@code forWrite}); else empty, as if missing. */
    Optional<E> visible(EntityManager em, Caller caller, long id, boolean forWrite) {
        RecordScope scope = forWrite ? context.access().writeScope(caller, kind().recordType())
                : context.access().readScope(caller, kind().recordType());
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String condition = ScopeFilter.jpql(scope, kind(), forWrite, params);
        TypedQuery<E> select = em.createQuery("select e from " + entityName() + " e where e.id = :id"
                + (condition == null ? "" : " and " + condition), entityClass());
        params.forEach(select::setParameter);
        return select.getResultList().stream().findFirst();
    }

    /** Deletes a record with what depends on it (links, shares, search terms), inside a running transaction. */
    void removeIn(TransactionContext tx, E entity) {
        EntityManager em = tx.entityManager();
        long id = entity.getId();
        beforeDelete(entity, em);
        // one by one, not a bulk delete: the audit trail sees only entity removals
        shareRows(em, id).forEach(em::remove);
        TermWriter.remove(em, kind(), id);
        CustomValueIndex.remove(em, kind(), id);
        em.remove(entity);
        em.flush();
    }

    /** Up to {@code limit} records the caller may see that meet a JPQL condition on {@code e}, by id. */
    List<E> findVisible(EntityManager em, Caller caller, String condition, Map<String, Object> conditionParams,
            int limit) {
        Map<String, Object> params = new HashMap<>(conditionParams);
        String scope = ScopeFilter.jpql(context.access().readScope(caller, kind().recordType()), kind(), false,
                params);
        TypedQuery<E> select = em.createQuery("select e from " + entityName() + " e where " + condition
                + (scope == null ? "" : " and " + scope) + " order by e.id", entityClass());
        params.forEach(select::setParameter);
        return select.setMaxResults(limit).getResultList();
    }

    /** Whether this caller may change the record: imports check before they merge into it. */
    boolean canChange(EntityManager em, Caller caller, long id) {
        return visible(em, caller, id, true).isPresent();
    }

    /**
     * The record for a change: missing or unseen is 404; seen but not changeable is 403 (the caller already knows it
     * exists).
     */
    E writable(EntityManager em, Caller caller, long id) {
        Optional<E> seen = visible(em, caller, id, false);
        if (seen.isEmpty()) {
            throw new ContactNotFoundException(kind().noun(), id);
        }
        if (visible(em, caller, id, true).isEmpty()) {
            throw new ContactAccessException("You may see this " + kind().noun() + " but not change it: ask its owner"
                    + " to share it with you for writing.");
        }
        return seen.get();
    }

    Caller permitted(String permission, String action) {
        Caller caller = CurrentCaller.require();
        if (!caller.has(permission)) {
            throw new ContactAccessException("You may not " + action + " a " + kind().noun() + ": that needs the "
                    + "permission " + permission + ".");
        }
        return caller;
    }

    Map<String, FieldRule> rules(Caller caller) {
        return context.access().fieldRules(caller, kind().recordType());
    }

    private void published(TransactionContext tx, E entity, String topic) {
        tx.publish(new DomainEvent(topic, entityName(), String.valueOf(entity.getId()),
                "{\"id\":" + entity.getId() + "}"));
    }

    /**
     * The custom fields of this kind, retired ones included, read once per transaction (an entity manager lives for
     * one): a page of records asks for them once, not once per record.
     */
    List<CustomFieldDefinition> customFields(EntityManager em) {
        return fieldsOfTransaction.computeIfAbsent(em, unused -> CustomFieldService.all(em, kind()));
    }

    /** The record's custom values of active fields the caller may see, typed. */
    Map<String, Object> customValuesOf(ContactEntity entity, EntityManager em, Map<String, FieldRule> rules) {
        Map<String, Object> values = CustomValuesJson.typed(entity.getCustomValues(),
                CustomFieldService.active(customFields(em)));
        values.keySet().removeIf(key -> hidden(rules, "custom." + key));
        return values;
    }

    abstract String nameField();

    /** A second field the name terms come from ({@code lastName}), or the same as {@link #nameField()}. */
    abstract String secondNameField();

    static boolean hidden(Map<String, FieldRule> rules, String field) {
        return rules.get(field) == FieldRule.HIDDEN;
    }

    /** The table, whose row estimate stands for the total of a long list with no conditions. */
    abstract String tableName();

    /** The condition on {@code e} of being linked to the organization; refused where it makes no sense. */
    abstract String memberOf(long organizationId, Map<String, Object> params);

    private List<ShareEntity> shareRows(EntityManager em, long id) {
        return em.createQuery("select s from ContactShare s where s.recordKind = :kind and s.recordId = :id",
                ShareEntity.class).setParameter("kind", kind().code()).setParameter("id", id).getResultList();
    }

    private static boolean same(ShareEntity row, Share share) {
        return java.util.Objects.equals(row.getUserId(), share.userId())
                && java.util.Objects.equals(row.getTeamId(), share.teamId());
    }
}
