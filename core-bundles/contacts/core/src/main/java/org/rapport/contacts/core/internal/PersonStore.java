package org.rapport.contacts.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import java.time.Clock;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import org.rapport.contacts.api.Affiliation;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.ContactTopics;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.PersonDraft;
import org.rapport.contacts.api.Persons;
import org.rapport.contacts.api.Phone;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.RecordAccess;
import org.rapport.platform.api.audit.AuditTrail;
import org.rapport.platform.api.i18n.TextFolding;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.web.ApiProblem;

/** People, with their links to organizations. */
@Component(service = {Persons.class, PersonStore.class}, configurationPid = ContactSettings.PID)
public final class PersonStore extends ContactStore<PersonEntity, Person, PersonDraft> implements Persons {

    /** The fields an admin can hide or make read-only, as REST names them. */
    static final List<String> FIELDS = List.of("firstName", "lastName", "emails", "phones", "addresses",
            "socialHandles", "website", "affiliations", "tags", "leadSource", "stage", "owner", "notes", "externalId");

    private final OrganizationStore organizations;

    @Activate
    public PersonStore(@Reference(target = "(rapport.module=contacts)") ModulePersistence persistence,
            @Reference RecordAccess access, @Reference TextFolding folding, @Reference AuditTrail audit,
            @Reference OrganizationStore organizations,
            ContactSettings settings) {
        this(ContactContext.of(persistence, access, folding, settings, Clock.systemUTC(), audit), organizations);
    }

    PersonStore(ContactContext context, OrganizationStore organizations) {
        super(context);
        this.organizations = organizations;
    }

    /**
     * An erased person's record stays only so that what refers to it stays whole: filling it in again would undo the
     * erasure under the placeholder (the pages show an erased person as such, whatever name is stored).
     */
    @Override
    void refuseChange(PersonEntity person) {
        if (person.getErasedAt() != null) {
            throw new ApiProblem(409, ERASED_NOT_CHANGED, "Person " + person.getId() + " was erased on request: the"
                    + " record is kept so that what refers to it stays whole, and is not filled in again. If they come"
                    + " back, create a new person.", null, null);
        }
    }

    static final String ERASED_NOT_CHANGED = "An erased person is not changed";

    @Override
    RecordKind kind() {
        return RecordKind.PERSON;
    }

    @Override
    String entityName() {
        return "Person";
    }

    @Override
    String tableName() {
        return "contacts_person";
    }

    @Override
    Class<PersonEntity> entityClass() {
        return PersonEntity.class;
    }

    @Override
    PersonEntity newEntity() {
        return new PersonEntity();
    }

    @Override
    String readPermission() {
        return ContactPermissions.PERSON_READ;
    }

    @Override
    String writePermission() {
        return ContactPermissions.PERSON_WRITE;
    }

    @Override
    String deletePermission() {
        return ContactPermissions.PERSON_DELETE;
    }

    @Override
    String exportPermission() {
        return ContactPermissions.PERSON_EXPORT;
    }

    @Override
    public long exportVCards(ContactQuery query, java.io.Writer out) throws java.io.IOException {
        permitted(exportPermission(), "export");
        long written = eachPage(query, people -> VCards.write(people, out));
        recordExport(written, " as vCard", query);
        return written;
    }

    @Override
    CsvExport<Person> exportColumns() {
        return new CsvExport<Person>()
                .column("id", "id", p -> String.valueOf(p.id()))
                .column("firstName", "firstName", Person::firstName)
                .column("lastName", "lastName", Person::lastName)
                .column("emails", "emails", p -> CsvExport.joined(p.emails(), e -> ((Email) e).address()))
                .column("phones", "phones", p -> CsvExport.joined(p.phones(), n -> ((Phone) n).number()))
                .column("organizations", "affiliations", p -> CsvExport.joined(p.affiliations(),
                        a -> ((Affiliation) a).organizationName() + (((Affiliation) a).role() == null ? ""
                                : " (" + ((Affiliation) a).role() + ")")))
                .column("website", "website", Person::website)
                .column("tags", "tags", p -> CsvExport.joined(p.tags(), String::valueOf))
                .column("leadSource", "leadSource", Person::leadSource)
                .column("stage", "stage", p -> p.stage() == null ? null
                        : p.stage().name().toLowerCase(java.util.Locale.ROOT))
                .column("ownerUserId", "owner", p -> p.owner() == null || p.owner().userId() == null ? null
                        : String.valueOf(p.owner().userId()))
                .column("externalId", "externalId", Person::externalId)
                .column("notes", "notes", Person::notes)
                .column("createdAt", "createdAt", p -> String.valueOf(p.createdAt()))
                .column("updatedAt", "updatedAt", p -> String.valueOf(p.updatedAt()));
    }

    @Override
    String createdTopic() {
        return ContactTopics.PERSON_CREATED;
    }

    @Override
    String updatedTopic() {
        return ContactTopics.PERSON_UPDATED;
    }

    @Override
    String deletedTopic() {
        return ContactTopics.PERSON_DELETED;
    }

    @Override
    String nameField() {
        return "firstName";
    }

    @Override
    String secondNameField() {
        return "lastName";
    }

    @Override
    FieldValues valuesOf(PersonDraft draft, DraftCheck check, Caller caller, EntityManager em) {
        if (draft == null) {
            check.error("firstName", "a person needs a first or last name");
            return new FieldValues();
        }
        String first = check.text("firstName", draft.firstName(), 200);
        String last = check.text("lastName", draft.lastName(), 200);
        if (first == null && last == null) {
            check.error("lastName", "a person needs a first or last name");
        }
        FieldValues values = new FieldValues().put("firstName", first).put("lastName", last)
                .put("affiliations", affiliations(draft.affiliations(), check, caller, em));
        return SharedFields.checked(values, check, draft.emails(), draft.phones(), draft.addresses(),
                draft.socialHandles(), draft.website(), draft.tags(), draft.leadSource(), draft.stage(), draft.owner(),
                draft.notes(), draft.externalId());
    }

    @Override
    FieldValues valuesOf(PersonEntity e, EntityManager em, Caller caller) {
        return SharedFields.stored(new FieldValues().put("firstName", e.getFirstName())
                .put("lastName", e.getLastName())
                .put("affiliations", visibleAffiliations(em, caller, e.getId()).stream()
                        .map(a -> new Affiliation(a.organizationId(), null, a.role())).toList()), e);
    }

    @Override
    @SuppressWarnings("unchecked")
    void apply(PersonEntity e, FieldValues values, EntityManager em, Caller caller) {
        e.setFirstName((String) values.get("firstName"));
        e.setLastName((String) values.get("lastName"));
        e.setDisplayName(displayNameOf(e.getFirstName(), e.getLastName()));
        e.setSortKey(cut(context.folding().fold(join(e.getLastName(), e.getFirstName())), 401));
        SharedFields.apply(e, values);
        boolean created = e.getId() == null;
        List<Affiliation> wanted = (List<Affiliation>) values.get("affiliations");
        if (created) {
            em.persist(e);
            Optional<ImportBatchScope> batch = ImportBatchScope.current();
            if (batch.isPresent()) {
                // links name the person by id only: the batch writes them after its people
                (wanted == null ? List.<Affiliation>of() : wanted).forEach(a -> batch.get()
                        .holdBack(new AffiliationEntity(e.getId(), a.organizationId(), a.role())));
                return;
            }
            if (wanted != null && !wanted.isEmpty()) {
                // links name the person by id only, so the database must have the person before them
                em.flush();
            }
        }
        replaceAffiliations(em, caller, e.getId(), wanted == null ? List.of() : wanted,
                created ? List.of() : links(em, e.getId()));
    }

    /** A people list by organization needs the organization to be one the caller may see (else: not found). */
    @Override
    public org.rapport.contacts.api.Page<Person> list(org.rapport.contacts.api.ContactQuery query) {
        if (query.organizationId() != null && organizations.find(query.organizationId()).isEmpty()) {
            throw new org.rapport.contacts.api.ContactNotFoundException("organization", query.organizationId());
        }
        return super.list(query);
    }

    @Override
    String memberOf(long organizationId, Map<String, Object> params) {
        params.put("memberOf", organizationId);
        return "e.id in (select a.personId from Affiliation a where a.organizationId = :memberOf)";
    }

    @Override
    Person toRecord(PersonEntity e, EntityManager em, Map<String, FieldRule> rules, Caller caller) {
        return toRecords(List.of(e), em, rules, caller).get(0);
    }

    /** A page of people with their organizations read in one query, not one (and an access check) per person. */
    @Override
    List<Person> toRecords(List<PersonEntity> entities, EntityManager em, Map<String, FieldRule> rules,
            Caller caller) {
        Map<Long, List<Affiliation>> affiliations = hidden(rules, "affiliations") ? Map.of()
                : visibleAffiliations(em, caller, entities.stream().map(PersonEntity::getId).toList());
        return entities.stream().map(e -> toRecord(e, em, rules, affiliations.getOrDefault(e.getId(), List.of())))
                .toList();
    }

    private Person toRecord(PersonEntity e, EntityManager em, Map<String, FieldRule> rules,
            List<Affiliation> affiliations) {
        Set<String> hidden = new TreeSet<>();
        Set<String> readOnly = new TreeSet<>();
        rules.forEach((field, rule) -> (rule == FieldRule.HIDDEN ? hidden : readOnly).add(field));
        Show show = new Show(hidden);
        return new Person(e.getId(), e.getVersion(), show.value("firstName", e.getFirstName()),
                show.value("lastName", e.getLastName()), displayName(e, rules),
                show.list("emails", ContactJson.emails(e.getEmails())),
                show.list("phones", ContactJson.phones(e.getPhones())),
                show.list("addresses", ContactJson.addresses(e.getAddresses())),
                show.list("socialHandles", ContactJson.socialHandles(e.getSocialHandles())),
                show.value("website", e.getWebsite()),
                show.list("affiliations", affiliations),
                hidden.contains("tags") ? Set.of() : ContactJson.tags(e.getTags()),
                show.value("leadSource", e.getLeadSource()),
                hidden.contains("stage") || e.getStage() == null ? null : LifecycleStage.valueOf(e.getStage()),
                hidden.contains("owner") ? null : new Owner(e.getOwnerUserId(), e.getOwnerTeamId()),
                show.value("notes", e.getNotes()), show.value("externalId", e.getExternalId()), e.getCreatedAt(),
                e.getUpdatedAt(), hidden, readOnly, customValuesOf(e, em, rules), e.getErasedAt());
    }

    @Override
    Set<Terms.Term> termsOf(PersonEntity e) {
        return context.terms().of(
                java.util.stream.Stream.of(e.getFirstName(), e.getLastName()).filter(n -> n != null).toList(),
                ContactJson.emails(e.getEmails()).stream().map(Email::address).toList(),
                ContactJson.phones(e.getPhones()).stream().map(Phone::number).toList(),
                ContactJson.tags(e.getTags()));
    }

    @Override
    PersonDraft draftOf(PersonEntity e, EntityManager em, Caller caller) {
        return new PersonDraft(e.getFirstName(), e.getLastName(), ContactJson.emails(e.getEmails()),
                ContactJson.phones(e.getPhones()), ContactJson.addresses(e.getAddresses()),
                ContactJson.socialHandles(e.getSocialHandles()), e.getWebsite(),
                visibleAffiliations(em, caller, e.getId()), ContactJson.tags(e.getTags()), e.getLeadSource(),
                e.getStage() == null ? null : LifecycleStage.valueOf(e.getStage()),
                new Owner(e.getOwnerUserId(), e.getOwnerTeamId()), e.getNotes(), e.getExternalId(),
                CustomValuesJson.typed(e.getCustomValues(), CustomFieldService.active(customFields(em))));
    }

    @Override
    Map<String, Object> customOf(PersonDraft draft) {
        return draft.custom();
    }

    @Override
    Map<String, Object> customOfRecord(Person record) {
        return record.custom();
    }

    @Override
    String displayName(PersonEntity e) {
        return e.getDisplayName();
    }

    private String displayName(PersonEntity e, Map<String, FieldRule> rules) {
        boolean firstHidden = hidden(rules, "firstName");
        boolean lastHidden = hidden(rules, "lastName");
        return displayNameOf(firstHidden ? null : e.getFirstName(), lastHidden ? null : e.getLastName());
    }

    @Override
    String detail(PersonEntity e, Map<String, FieldRule> rules) {
        if (!hidden(rules, "emails") && e.getEmails() != null) {
            return ContactJson.emails(e.getEmails()).get(0).address();
        }
        if (!hidden(rules, "phones") && e.getPhones() != null) {
            return ContactJson.phones(e.getPhones()).get(0).number();
        }
        return null;
    }

    @Override
    void beforeDelete(PersonEntity entity, EntityManager em) {
        em.createQuery("select a from Affiliation a where a.personId = :person", AffiliationEntity.class)
                .setParameter("person", entity.getId()).getResultList().forEach(em::remove);
    }

    /** The person's links to organizations the caller can see (the others stay, unseen and untouched). */
    private List<Affiliation> visibleAffiliations(EntityManager em, Caller caller, Long personId) {
        return personId == null ? List.of()
                : visibleAffiliations(em, caller, List.of(personId)).getOrDefault(personId, List.of());
    }

    /**
     * Each person's links to organizations the caller may see, with their names, by person id. Two plain queries, the
     * links by person and then their organizations by id, rather than one join: right after a large import MariaDB's
     * statistics made it plan the join from the organizations' side, reading every link of the few organizations
     * (seconds a page, at a million people) until they were refreshed.
     */
    private Map<Long, List<Affiliation>> visibleAffiliations(EntityManager em, Caller caller,
            List<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> links = em.createQuery("select a.personId, a.organizationId, a.role from Affiliation a"
                + " where a.personId in :persons order by a.personId, a.organizationId", Object[].class)
                .setParameter("persons", personIds).getResultList();
        if (links.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("organizations", links.stream().map(link -> (Long) link[1]).distinct().toList());
        String scope = ScopeFilter.jpql(context.access().readScope(caller, organizations.kind().recordType()),
                organizations.kind(), false, params);
        jakarta.persistence.TypedQuery<Object[]> visible = em.createQuery("select e.id, e.name from Organization e"
                + " where e.id in :organizations" + (scope == null ? "" : " and " + scope), Object[].class);
        params.forEach(visible::setParameter);
        Map<Long, String> names = new java.util.HashMap<>();
        for (Object[] organization : visible.getResultList()) {
            names.put((Long) organization[0], (String) organization[1]);
        }
        Map<Long, List<Affiliation>> result = new java.util.HashMap<>();
        for (Object[] link : links) {
            Long organizationId = (Long) link[1];
            if (names.containsKey(organizationId)) {
                result.computeIfAbsent((Long) link[0], id -> new ArrayList<>())
                        .add(new Affiliation(organizationId, names.get(organizationId), (String) link[2]));
            }
        }
        return result;
    }

    private List<Affiliation> affiliations(List<Affiliation> given, DraftCheck check, Caller caller,
            EntityManager em) {
        List<Affiliation> result = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Affiliation a = given.get(i);
            if (a == null) {
                continue;
            }
            if (!visibleOrganization(em, caller, a.organizationId())) {
                check.error("affiliations[" + i + "].organizationId", "there is no organization " + a.organizationId());
            } else if (seen.add(a.organizationId())) {
                result.add(new Affiliation(a.organizationId(), null,
                        check.text("affiliations[" + i + "].role", a.role(), 200)));
            }
        }
        result.sort(Comparator.comparingLong(Affiliation::organizationId));
        return result;
    }

    /** Whether the caller may see the organization; an import batch asks once per organization. */
    private boolean visibleOrganization(EntityManager em, Caller caller, long organizationId) {
        Optional<ImportBatchScope> batch = ImportBatchScope.current();
        if (batch.isPresent() && batch.get().knownVisible(organizationId)) {
            return true;
        }
        boolean visible = organizations.visible(em, caller, organizationId, false).isPresent();
        if (visible) {
            batch.ifPresent(b -> b.rememberVisible(organizationId));
        }
        return visible;
    }

    /** {@code current} is what the person has (nothing for a person just created: no query, and no flush for it). */
    private void replaceAffiliations(EntityManager em, Caller caller, long personId, List<Affiliation> wanted,
            List<AffiliationEntity> current) {
        Map<Long, Affiliation> byOrganization = wanted.stream()
                .collect(Collectors.toMap(Affiliation::organizationId, a -> a));
        for (AffiliationEntity link : current) {
            Affiliation keep = byOrganization.remove(link.getOrganizationId());
            if (keep != null) {
                link.setRole(keep.role());
            } else if (organizations.visible(em, caller, link.getOrganizationId(), false).isPresent()) {
                em.remove(link);
            }
        }
        byOrganization.values().forEach(a -> em.persist(new AffiliationEntity(personId, a.organizationId(), a.role())));
    }

    private static List<AffiliationEntity> links(EntityManager em, long personId) {
        return em.createQuery("select a from Affiliation a where a.personId = :person", AffiliationEntity.class)
                .setParameter("person", personId).getResultList();
    }

    static String displayNameOf(String first, String last) {
        String name = join(first, last);
        return name.isEmpty() ? "—" : name;
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Leaves out what the caller may not see. */
    record Show(Set<String> hidden) {

        String value(String field, String value) {
            return hidden.contains(field) ? null : value;
        }

        <T> List<T> list(String field, List<T> values) {
            return hidden.contains(field) ? List.of() : values;
        }
    }
}
