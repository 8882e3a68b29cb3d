package org.rapport.contacts.core.internal;

import java.util.ArrayList;
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

    Outcome apply(TransactionContext tx, Caller caller, String entity, String key, ImportRow row) {
        String keyValue = row.cell(key);
        if (keyValue == null) {
            throw ApiProblem.invalid("No key.", List.of(new FieldError(key,
                    "is empty, and it is the key rows are matched on")));
        }
        return entity.equals("organization") ? organization(tx, caller, key, keyValue, row)
                : person(tx, caller, key, keyValue, row);
    }

    private Outcome person(TransactionContext tx, Caller caller, String key, String keyValue, ImportRow row) {
        Map<String, FieldRule> rules = persons.rules(caller);
        Optional<PersonEntity> existing = persons.byKey(tx.entityManager(), key, keyValue);
        if (existing.isPresent() && !persons.canChange(tx.entityManager(), caller, existing.get().getId())) {
            throw new ContactAccessException("A person with this " + key + " exists that you may not change.");
        }
        PersonDraft base = existing.map(p -> persons.draftOf(p, tx.entityManager(), caller)).orElse(null);
        List<Affiliation> affiliations = new ArrayList<>(base == null ? List.of() : base.affiliations());
        String organization = row.cell("organization");
        if (organization != null) {
            long organizationId = organizations.findOrCreate(tx, caller, organizations.rules(caller), organization);
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
            persons.updateIn(tx, caller, rules, existing.get(), draft);
            return Outcome.UPDATED;
        }
        persons.createIn(tx, caller, rules, draft);
        return Outcome.CREATED;
    }

    private Outcome organization(TransactionContext tx, Caller caller, String key, String keyValue, ImportRow row) {
        Map<String, FieldRule> rules = organizations.rules(caller);
        Optional<OrganizationEntity> existing = organizations.byKey(tx.entityManager(), key, keyValue);
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
        organizations.createIn(tx, caller, rules, draft);
        return Outcome.CREATED;
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

    private static List<Email> emails(List<Email> current, String cell) {
        List<Email> result = new ArrayList<>(current);
        if (cell != null && result.stream().noneMatch(e -> e.address().equalsIgnoreCase(cell.strip()))) {
            result.add(new Email(cell));
        }
        return result;
    }

    /** The row's phone is added; the checks drop it again if it is the same number written differently. */
    private static List<Phone> phones(List<Phone> current, String cell) {
        List<Phone> result = new ArrayList<>(current);
        if (cell != null) {
            result.add(new Phone(cell));
        }
        return result;
    }

    private static Set<String> tags(Set<String> current, Set<String> added) {
        Set<String> result = new LinkedHashSet<>(current);
        result.addAll(added);
        return result;
    }
}
