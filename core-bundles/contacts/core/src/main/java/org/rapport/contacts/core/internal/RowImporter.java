package org.rapport.contacts.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.contacts.api.Affiliation;
import org.rapport.contacts.api.ContactAccessException;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.OrganizationDraft;
import org.rapport.contacts.api.PersonDraft;
import org.rapport.contacts.api.Phone;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.persistence.TransactionContext;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * Applies one import row: finds the record its natural key names and merges the row into it, or creates one. Cells
 * left blank keep what the record has; an email or phone in the row is added to the record's list if it is new.
 * Everything is checked before anything is written, so a refused row leaves the transaction clean.
 */
class RowImporter {

    enum Outcome {
        CREATED, UPDATED
    }

    private final PersonStore persons;
    private final OrganizationStore organizations;

    RowImporter(PersonStore persons, OrganizationStore organizations) {
        this.persons = persons;
        this.organizations = organizations;
    }

    /**
     * What a batch's transaction has looked up, for its later rows: the records keys named and the records and
     * organizations its rows created. Thrown away with the transaction, so a batch rolled back leaves nothing behind
     * in it.
     */
    static final class Lookups {

        private final Map<String, Optional<Long>> recordIds = new HashMap<>();
        private final Set<Long> createdHere = new java.util.HashSet<>();
        /** By name key; an organization looked up and not found is {@code null}: the row that needs it creates it. */
        private final Map<String, Long> organizationIds = new HashMap<>();
    }

    Lookups lookups() {
        return new Lookups();
    }

    /** Looks up the records the batch's keys name, all in one query, before its first row. */
    void prefetch(TransactionContext tx, Caller caller, String entity, String key, List<ImportRow> rows, Lookups lookups) {
        ContactStore<?, ?, ?> store = entity.equals("organization") ? organizations : persons;
        Set<String> terms = new LinkedHashSet<>();
        for (ImportRow row : rows) {
            String keyValue = keyValue(key, row);
            String term = keyValue == null ? null : store.keyTerm(key, keyValue);
            if (term != null && !lookups.recordIds.containsKey(term)) {
                terms.add(term);
            }
        }
        if (!terms.isEmpty()) {
            Map<String, Long> found = store.idsByKeyTerms(tx.entityManager(), key, terms);
            terms.forEach(term -> lookups.recordIds.put(term, Optional.ofNullable(found.get(term))));
        }
        if (!entity.equals("organization")) {
            prefetchOrganizations(tx, caller, rows, lookups);
        }
    }

    private void prefetchOrganizations(TransactionContext tx, Caller caller, List<ImportRow> rows, Lookups lookups) {
        Set<String> names = new LinkedHashSet<>();
        for (ImportRow row : rows) {
            String organization = row.cell("organization");
            if (organization != null && !lookups.organizationIds.containsKey(organizations.nameKey(organization))) {
                names.add(organizations.nameKey(organization));
            }
        }
        if (!names.isEmpty()) {
            Map<String, Long> found = organizations.visibleByNameKeys(tx, caller, names);
            names.forEach(name -> lookups.organizationIds.put(name, found.get(name)));
        }
    }

    private static String keyValue(String key, ImportRow row) {
        return key.equals("externalId") ? row.cell(key) : several(row.cell(key)).stream().findFirst().orElse(null);
    }

    Outcome apply(TransactionContext tx, Caller caller, String entity, String key, ImportRow row, Lookups lookups) {
        String keyValue = keyValue(key, row);
        if (keyValue == null) {
            throw ApiProblem.invalid("No key.", List.of(new FieldError(key,
                    "is empty, and it is the key rows are matched on")));
        }
        return entity.equals("organization") ? organization(tx, caller, key, keyValue, row, lookups)
                : person(tx, caller, key, keyValue, row, lookups);
    }

    /** The record a key names: created earlier in this batch, or stored before. */
    private static <E extends ContactEntity> Optional<E> existing(TransactionContext tx, ContactStore<E, ?, ?> store,
            String key,
            String term, Lookups lookups) {
        if (term == null) {
            return Optional.empty();
        }
        Optional<Long> id = lookups.recordIds.computeIfAbsent(term,
                t -> store.idByKeyTerm(tx.entityManager(), key, t));
        if (id.isPresent() && lookups.createdHere.contains(id.get())) {
            // an earlier row of this batch created it: what it held back is read with the record
            ImportBatchScope.current().ifPresent(batch -> batch.writeHeldBack(tx.entityManager()));
        }
        return id.map(found -> tx.entityManager().find(store.entityClass(), found));
    }

    private Outcome person(TransactionContext tx, Caller caller, String key, String keyValue, ImportRow row,
            Lookups lookups) {
        Map<String, FieldRule> rules = persons.rules(caller);
        String term = persons.keyTerm(key, keyValue);
        Optional<PersonEntity> existing = existing(tx, persons, key, term, lookups);
        if (existing.isPresent() && !persons.canChange(tx.entityManager(), caller, existing.get().getId())) {
            throw new ContactAccessException("A person with this " + key + " exists that you may not change.");
        }
        PersonDraft base = existing.map(p -> persons.draftOf(p, tx.entityManager(), caller)).orElse(null);
        List<Affiliation> affiliations = new ArrayList<>(base == null ? List.of() : base.affiliations());
        String organization = row.cell("organization");
        if (organization != null) {
            long organizationId = organizationId(tx, caller, organization, lookups);
            ImportBatchScope.current().ifPresent(batch -> batch.rememberVisible(organizationId));
            affiliations.removeIf(a -> a.organizationId() == organizationId);
            affiliations.add(new Affiliation(organizationId, null, row.cell("role")));
        }
        PersonDraft draft = new PersonDraft(pick(row.cell("firstName"), base == null ? null : base.firstName()),
                pick(row.cell("lastName"), base == null ? null : base.lastName()),
                emails(base == null ? List.of() : base.emails(), row.cell("email")),
                phones(base == null ? List.of() : base.phones(), row.cell("phone")),
                base == null ? List.of() : base.addresses(), base == null ? List.of() : base.socialHandles(),
                pick(row.cell("website"), base == null ? null : base.website()), affiliations,
                tags(base == null ? Set.of() : base.tags(), row.tags()),
                pick(row.cell("leadSource"), base == null ? null : base.leadSource()),
                row.stage() != null ? row.stage() : base == null ? null : base.stage(),
                base == null ? null : base.owner(), pick(row.cell("notes"), base == null ? null : base.notes()),
                pick(row.cell("externalId"), base == null ? null : base.externalId()),
                custom(base == null ? null : base.custom(), row));
        if (existing.isPresent()) {
            // an organization this row created must be in the database before the person's new link to it
            ImportBatchScope.writeAll(tx.entityManager());
            persons.updateIn(tx, caller, rules, existing.get(), draft);
            return Outcome.UPDATED;
        }
        remember(lookups, term, persons.createIn(tx, caller, rules, draft).getId());
        return Outcome.CREATED;
    }

    private Outcome organization(TransactionContext tx, Caller caller, String key, String keyValue, ImportRow row,
            Lookups lookups) {
        Map<String, FieldRule> rules = organizations.rules(caller);
        String term = organizations.keyTerm(key, keyValue);
        Optional<OrganizationEntity> existing = existing(tx, organizations, key, term, lookups);
        if (existing.isPresent() && !organizations.canChange(tx.entityManager(), caller, existing.get().getId())) {
            throw new ContactAccessException("An organization with this " + key + " exists that you may not change.");
        }
        OrganizationDraft base = existing.map(o -> organizations.draftOf(o, tx.entityManager(), caller)).orElse(null);
        OrganizationDraft draft = new OrganizationDraft(pick(row.cell("name"), base == null ? null : base.name()),
                pick(row.cell("industry"), base == null ? null : base.industry()),
                emails(base == null ? List.of() : base.emails(), row.cell("email")),
                phones(base == null ? List.of() : base.phones(), row.cell("phone")),
                base == null ? List.of() : base.addresses(), base == null ? List.of() : base.socialHandles(),
                pick(row.cell("website"), base == null ? null : base.website()),
                tags(base == null ? Set.of() : base.tags(), row.tags()),
                pick(row.cell("leadSource"), base == null ? null : base.leadSource()),
                row.stage() != null ? row.stage() : base == null ? null : base.stage(),
                base == null ? null : base.owner(), pick(row.cell("notes"), base == null ? null : base.notes()),
                pick(row.cell("externalId"), base == null ? null : base.externalId()),
                custom(base == null ? null : base.custom(), row));
        if (existing.isPresent()) {
            organizations.updateIn(tx, caller, rules, existing.get(), draft);
            return Outcome.UPDATED;
        }
        remember(lookups, term, organizations.createIn(tx, caller, rules, draft).getId());
        return Outcome.CREATED;
    }


    /** The organization a row names: looked up before the batch (or now), created when nobody has it yet. */
    private long organizationId(TransactionContext tx, Caller caller, String name, Lookups lookups) {
        String key = organizations.nameKey(name);
        if (!lookups.organizationIds.containsKey(key)) {
            lookups.organizationIds.put(key, organizations.findOrCreate(tx, caller, organizations.rules(caller), name));
        } else if (lookups.organizationIds.get(key) == null) {
            lookups.organizationIds.put(key, organizations.createNamed(tx, caller, organizations.rules(caller), name));
        }
        return lookups.organizationIds.get(key);
    }

    private static void remember(Lookups lookups, String term, long id) {
        lookups.createdHere.add(id);
        if (term != null) {
            lookups.recordIds.put(term, Optional.of(id));
        }
    }

    /** The record's custom values with the row's {@code custom.<key>} cells over them (as text; checked on save). */
    private static Map<String, Object> custom(Map<String, Object> current, ImportRow row) {
        Map<String, Object> result = new java.util.LinkedHashMap<>(current == null ? Map.of() : current);
        row.cells().forEach((column, cell) -> {
            if (column.startsWith(CustomValues.PREFIX)) {
                result.put(column.substring(CustomValues.PREFIX.length()), cell);
            }
        });
        return result;
    }

    private static String pick(String cell, String current) {
        return cell != null ? cell : current;
    }

    /** A cell's values: an email or phone cell may hold several, separated by {@code ;} (a vCard's do). */
    private static List<String> several(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(v -> !v.isEmpty())
                .toList();
    }

    private static List<Email> emails(List<Email> current, String cell) {
        List<Email> result = new ArrayList<>(current);
        for (String address : several(cell)) {
            if (result.stream().noneMatch(e -> e.address().equalsIgnoreCase(address))) {
                result.add(new Email(address));
            }
        }
        return result;
    }

    /** The row's phones are added; the checks drop one again if it is the same number written differently. */
    private static List<Phone> phones(List<Phone> current, String cell) {
        List<Phone> result = new ArrayList<>(current);
        several(cell).forEach(number -> result.add(new Phone(number)));
        return result;
    }

    private static Set<String> tags(Set<String> current, Set<String> added) {
        Set<String> result = new LinkedHashSet<>(current);
        result.addAll(added);
        return result;
    }
}
