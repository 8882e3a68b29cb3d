package org.rapport.contacts.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import java.time.Clock;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ContactTopics;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Organization;
import org.rapport.contacts.api.OrganizationDraft;
import org.rapport.contacts.api.Organizations;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.Phone;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.RecordAccess;
import org.rapport.platform.api.audit.AuditTrail;
import org.rapport.platform.api.i18n.TextFolding;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.persistence.TransactionContext;
import org.rapport.platform.api.security.Caller;

/** Organizations (accounts). */
@Component(service = {Organizations.class, OrganizationStore.class}, configurationPid = ContactSettings.PID)
@Designate(ocd = ContactSettings.class)
public final class OrganizationStore extends ContactStore<OrganizationEntity, Organization, OrganizationDraft>
        implements Organizations {

    static final List<String> FIELDS = List.of("name", "industry", "emails", "phones", "addresses", "socialHandles",
            "website", "tags", "leadSource", "stage", "owner", "notes", "externalId");

    @Activate
    public OrganizationStore(@Reference(target = "(rapport.module=contacts)") ModulePersistence persistence,
            @Reference RecordAccess access, @Reference TextFolding folding, @Reference AuditTrail audit,
            ContactSettings settings) {
        this(ContactContext.of(persistence, access, folding, settings, Clock.systemUTC(), audit));
    }

    OrganizationStore(ContactContext context) {
        super(context);
    }

    @Override
    RecordKind kind() {
        return RecordKind.ORGANIZATION;
    }

    @Override
    String entityName() {
        return "Organization";
    }

    @Override
    String tableName() {
        return "contacts_organization";
    }

    @Override
    Class<OrganizationEntity> entityClass() {
        return OrganizationEntity.class;
    }

    @Override
    OrganizationEntity newEntity() {
        return new OrganizationEntity();
    }

    @Override
    String readPermission() {
        return ContactPermissions.ORGANIZATION_READ;
    }

    @Override
    String writePermission() {
        return ContactPermissions.ORGANIZATION_WRITE;
    }

    @Override
    String deletePermission() {
        return ContactPermissions.ORGANIZATION_DELETE;
    }

    @Override
    String exportPermission() {
        return ContactPermissions.ORGANIZATION_EXPORT;
    }

    @Override
    CsvExport<Organization> exportColumns() {
        return new CsvExport<Organization>()
                .column("id", "id", o -> String.valueOf(o.id()))
                .column("name", "name", Organization::name)
                .column("industry", "industry", Organization::industry)
                .column("emails", "emails", o -> CsvExport.joined(o.emails(), e -> ((Email) e).address()))
                .column("phones", "phones", o -> CsvExport.joined(o.phones(), n -> ((Phone) n).number()))
                .column("website", "website", Organization::website)
                .column("tags", "tags", o -> CsvExport.joined(o.tags(), String::valueOf))
                .column("leadSource", "leadSource", Organization::leadSource)
                .column("stage", "stage", o -> o.stage() == null ? null
                        : o.stage().name().toLowerCase(java.util.Locale.ROOT))
                .column("ownerUserId", "owner", o -> o.owner() == null || o.owner().userId() == null ? null
                        : String.valueOf(o.owner().userId()))
                .column("externalId", "externalId", Organization::externalId)
                .column("notes", "notes", Organization::notes)
                .column("createdAt", "createdAt", o -> String.valueOf(o.createdAt()))
                .column("updatedAt", "updatedAt", o -> String.valueOf(o.updatedAt()));
    }

    @Override
    String createdTopic() {
        return ContactTopics.ORGANIZATION_CREATED;
    }

    @Override
    String updatedTopic() {
        return ContactTopics.ORGANIZATION_UPDATED;
    }

    @Override
    String deletedTopic() {
        return ContactTopics.ORGANIZATION_DELETED;
    }

    @Override
    String nameField() {
        return "name";
    }

    @Override
    String secondNameField() {
        return "name";
    }

    @Override
    FieldValues valuesOf(OrganizationDraft draft, DraftCheck check, Caller caller, EntityManager em) {
        if (draft == null) {
            check.error("name", "an organization needs a name");
            return new FieldValues();
        }
        String name = check.text("name", draft.name(), 300);
        if (name == null) {
            check.error("name", "an organization needs a name");
        }
        return SharedFields.checked(new FieldValues().put("name", name)
                .put("industry", check.text("industry", draft.industry(), 100)), check, draft.emails(), draft.phones(),
                draft.addresses(), draft.socialHandles(), draft.website(), draft.tags(), draft.leadSource(),
                draft.stage(), draft.owner(), draft.notes(), draft.externalId());
    }

    @Override
    FieldValues valuesOf(OrganizationEntity e, EntityManager em, Caller caller) {
        return SharedFields.stored(new FieldValues().put("name", e.getName()).put("industry", e.getIndustry()), e);
    }

    @Override
    @SuppressWarnings("unchecked")
    void apply(OrganizationEntity e, FieldValues values, EntityManager em, Caller caller) {
        e.setName((String) values.get("name"));
        e.setSortKey(PersonStore.cut(context.folding().fold(e.getName() == null ? "" : e.getName()), 300));
        e.setIndustry((String) values.get("industry"));
        SharedFields.apply(e, values);
    }

    @Override
    Organization toRecord(OrganizationEntity e, EntityManager em, Map<String, FieldRule> rules, Caller caller) {
        Set<String> hidden = new TreeSet<>();
        Set<String> readOnly = new TreeSet<>();
        rules.forEach((field, rule) -> (rule == FieldRule.HIDDEN ? hidden : readOnly).add(field));
        PersonStore.Show show = new PersonStore.Show(hidden);
        return new Organization(e.getId(), e.getVersion(), show.value("name", e.getName()),
                show.value("industry", e.getIndustry()), show.list("emails", ContactJson.emails(e.getEmails())),
                show.list("phones", ContactJson.phones(e.getPhones())),
                show.list("addresses", ContactJson.addresses(e.getAddresses())),
                show.list("socialHandles", ContactJson.socialHandles(e.getSocialHandles())),
                show.value("website", e.getWebsite()),
                hidden.contains("tags") ? Set.of() : ContactJson.tags(e.getTags()),
                show.value("leadSource", e.getLeadSource()),
                hidden.contains("stage") || e.getStage() == null ? null : LifecycleStage.valueOf(e.getStage()),
                hidden.contains("owner") ? null : new Owner(e.getOwnerUserId(), e.getOwnerTeamId()),
                show.value("notes", e.getNotes()), show.value("externalId", e.getExternalId()), e.getCreatedAt(), e.getUpdatedAt(), hidden, readOnly,
                customValuesOf(e, em, rules));
    }

    @Override
    Set<Terms.Term> termsOf(OrganizationEntity e) {
        return context.terms().of(e.getName() == null ? List.of() : List.of(e.getName()),
                ContactJson.emails(e.getEmails()).stream().map(Email::address).toList(),
                ContactJson.phones(e.getPhones()).stream().map(Phone::number).toList(), ContactJson.tags(e.getTags()));
    }

    @Override
    OrganizationDraft draftOf(OrganizationEntity e, EntityManager em, Caller caller) {
        return new OrganizationDraft(e.getName(), e.getIndustry(), ContactJson.emails(e.getEmails()),
                ContactJson.phones(e.getPhones()), ContactJson.addresses(e.getAddresses()),
                ContactJson.socialHandles(e.getSocialHandles()), e.getWebsite(), ContactJson.tags(e.getTags()),
                e.getLeadSource(), e.getStage() == null ? null : LifecycleStage.valueOf(e.getStage()),
                new Owner(e.getOwnerUserId(), e.getOwnerTeamId()), e.getNotes(), e.getExternalId(),
                CustomValuesJson.typed(e.getCustomValues(), CustomFieldService.active(customFields(em))));
    }

    @Override
    Map<String, Object> customOf(OrganizationDraft draft) {
        return draft.custom();
    }

    @Override
    Map<String, Object> customOfRecord(Organization record) {
        return record.custom();
    }

    /**
     * The organization of this exact name (folded) the caller can see, else a new one owned by the caller: how an
     * import links people to their company.
     */
    @Override
    String memberOf(long organizationId, java.util.Map<String, Object> params) {
        throw org.rapport.platform.api.web.ApiProblem.invalid("Only people are listed by organization.", List.of(
                new org.rapport.platform.api.web.FieldError("organization", "filters people, not organizations")));
    }

    /** What organizations are matched on by name: the folded name (any case, any letter variant). */
    String nameKey(String name) {
        return PersonStore.cut(context.folding().fold(name), 300);
    }

    /**
     * The organizations the caller may see whose {@link #nameKey name keys} are given, in one query: each key with
     * its lowest id.
     */
    Map<String, Long> visibleByNameKeys(TransactionContext tx, Caller caller, java.util.Collection<String> keys) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("keys", keys);
        String scope = ScopeFilter.jpql(context.access().readScope(caller, kind().recordType()), kind(), false,
                params);
        jakarta.persistence.TypedQuery<Object[]> select = tx.entityManager().createQuery(
                "select e.sortKey, e.id from Organization e where e.sortKey in :keys"
                        + (scope == null ? "" : " and " + scope) + " order by e.id", Object[].class);
        params.forEach(select::setParameter);
        Map<String, Long> found = new java.util.HashMap<>();
        for (Object[] row : select.getResultList()) {
            found.putIfAbsent((String) row[0], ((Number) row[1]).longValue());
        }
        return found;
    }

    /** An organization of this name that the caller may see, or a new one (which needs the write permission). */
    long findOrCreate(TransactionContext tx, Caller caller, Map<String, FieldRule> rules, String name) {
        Long found = visibleByNameKeys(tx, caller, List.of(nameKey(name))).get(nameKey(name));
        return found != null ? found : createNamed(tx, caller, rules, name);
    }

    /** A new organization of this name, when the caller may create one. */
    long createNamed(TransactionContext tx, Caller caller, Map<String, FieldRule> rules, String name) {
        if (!caller.has(writePermission())) {
            throw new org.rapport.contacts.api.ContactAccessException("There is no organization '" + name
                    + "', and creating one needs the permission " + writePermission() + ".");
        }
        return createIn(tx, caller, rules, OrganizationDraft.named(name)).getId();
    }

    @Override
    String displayName(OrganizationEntity e) {
        return e.getName();
    }

    @Override
    String detail(OrganizationEntity e, Map<String, FieldRule> rules) {
        if (!hidden(rules, "website") && e.getWebsite() != null) {
            return e.getWebsite();
        }
        return hidden(rules, "industry") ? null : e.getIndustry();
    }

    @Override
    void beforeDelete(OrganizationEntity entity, EntityManager em) {
        em.createQuery("select a from Affiliation a where a.organizationId = :org", AffiliationEntity.class)
                .setParameter("org", entity.getId()).getResultList().forEach(em::remove);
    }
}
