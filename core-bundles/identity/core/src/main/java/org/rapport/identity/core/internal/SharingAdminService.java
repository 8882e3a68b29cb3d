package org.rapport.identity.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.identity.api.RecordTypeView;
import org.rapport.identity.api.SharingAdmin;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.access.RecordType;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admins' sharing settings. Every change is an entity change, so the platform writes it to the audit trail in
 * the same transaction (entities {@code SharingDefaultEntity}, keyed by the type, and {@code FieldRuleEntity}).
 */
@Component(service = SharingAdmin.class)
public class SharingAdminService implements SharingAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(SharingAdminService.class);

    private final ModulePersistence persistence;
    private final RecordTypeCatalog types;

    @Activate
    public SharingAdminService(@Reference(target = "(rapport.module=identity)") ModulePersistence persistence,
            @Reference RecordTypeCatalog types) {
        this.persistence = persistence;
        this.types = types;
    }

    @Override
    public List<RecordTypeView> recordTypes() {
        List<RecordType> installed = types.all();
        Map<String, OrgWideDefault> chosen = persistence.inTransaction(tx -> tx.entityManager()
                .createQuery("select d from SharingDefaultEntity d", SharingDefaultEntity.class).getResultList().stream()
                .collect(Collectors.toMap(SharingDefaultEntity::getRecordType, SharingDefaultEntity::getOrgWideDefault)));
        return installed.stream().map(type -> view(type, chosen.get(type.id()))).toList();
    }

    @Override
    public RecordTypeView setOrgWideDefault(String recordType, OrgWideDefault orgWideDefault) {
        RecordType type = installed(recordType);
        if (orgWideDefault == null) {
            throw ApiProblem.invalid("Choose an org-wide default.", List.of(new FieldError("orgWideDefault",
                    "one of " + Arrays.toString(OrgWideDefault.values()))));
        }
        IdentityGeneration.changing(persistence, tx -> {
            EntityManager em = tx.entityManager();
            SharingDefaultEntity stored = em.find(SharingDefaultEntity.class, type.id());
            if (stored == null) {
                em.persist(new SharingDefaultEntity(type.id(), orgWideDefault));
            } else {
                stored.setOrgWideDefault(orgWideDefault);
            }
            return null;
        });
        LOG.info("Org-wide default of '{}' set to {}", type.id(), orgWideDefault);
        return view(type, orgWideDefault);
    }

    @Override
    public Map<String, Map<String, FieldRule>> fieldRules(String role) {
        return persistence.inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            RoleEntity entity = existingRole(em, role);
            Map<String, Map<String, FieldRule>> rules = new TreeMap<>();
            rules(em, entity.getId(), null).forEach(rule -> rules.computeIfAbsent(rule.getRecordType(),
                    type -> new TreeMap<>()).put(rule.getField(), rule.getRule()));
            return rules;
        });
    }

    @Override
    public Map<String, FieldRule> setFieldRules(String role, String recordType, Map<String, FieldRule> rules) {
        RecordType type = installed(recordType);
        Set<String> known = type.fields().stream().map(RecordType.Field::name).collect(Collectors.toSet());
        Map<String, FieldRule> given = rules == null ? Map.of() : rules;
        Map<String, FieldRule> result = IdentityGeneration.changing(persistence, tx -> {
            EntityManager em = tx.entityManager();
            RoleEntity entity = existingRole(em, role);
            List<FieldRuleEntity> existing = rules(em, entity.getId(), type.id());
            // A rule on a field the type does not list now (a custom field retired since) stays as it is: the field
            // may come back, and uninstalling or retiring never removes data. It is accepted unchanged, never edited.
            Map<String, FieldRule> kept = new TreeMap<>();
            existing.stream().filter(rule -> !known.contains(rule.getField()))
                    .forEach(rule -> kept.put(rule.getField(), rule.getRule()));
            Map<String, FieldRule> wanted = wanted(type, known, kept, given);
            if (entity.isAllPermissions() && !wanted.isEmpty()) {
                throw ApiProblem.invalid("The role '" + entity.getName() + "' holds every permission: field rules do"
                        + " not apply to it.", List.of(new FieldError("role", "a role with all permissions")));
            }
            // Row by row rather than a bulk delete: the audit trail sees each rule that goes, changes or comes.
            Set<String> stored = new java.util.HashSet<>();
            for (FieldRuleEntity rule : existing) {
                if (kept.containsKey(rule.getField())) {
                    continue;
                }
                FieldRule now = wanted.get(rule.getField());
                if (now == null) {
                    em.remove(rule);
                } else {
                    stored.add(rule.getField());
                    if (now != rule.getRule()) {
                        rule.setRule(now);
                    }
                }
            }
            wanted.forEach((field, rule) -> {
                if (!stored.contains(field)) {
                    em.persist(new FieldRuleEntity(entity.getId(), type.id(), field, rule));
                }
            });
            Map<String, FieldRule> now = new TreeMap<>(wanted);
            now.putAll(kept);
            return Map.copyOf(now);
        });
        LOG.info("Field rules of role '{}' for '{}' set to {}", role, type.id(), result);
        return result;
    }

    /** The rules to store for the type's listed fields; refuses fields it does not have, unless kept as stored. */
    private static Map<String, FieldRule> wanted(RecordType type, Set<String> known, Map<String, FieldRule> kept,
            Map<String, FieldRule> given) {
        Map<String, FieldRule> wanted = new TreeMap<>();
        List<FieldError> errors = new ArrayList<>();
        given.forEach((field, rule) -> {
            if (!known.contains(field)) {
                if (rule == null || rule != kept.get(field)) {
                    errors.add(new FieldError(field, "'" + type.id() + "' has no field '" + field + "'; it has "
                            + known.stream().sorted().toList()));
                }
            } else if (rule == null) {
                errors.add(new FieldError(field, "one of " + Arrays.toString(FieldRule.values())));
            } else if (rule != FieldRule.EDITABLE) {
                wanted.put(field, rule);
            }
        });
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid("The field rules name fields or rules that do not exist.", errors);
        }
        return wanted;
    }

    /** Parses an org-wide default as REST and the shell spell it; {@code null} when it is none. */
    static OrgWideDefault parseDefault(String value) {
        return parse(OrgWideDefault.class, value);
    }

    static FieldRule parseRule(String value) {
        return parse(FieldRule.class, value);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private RecordType installed(String recordType) {
        return types.find(recordType).orElseThrow(() -> ApiProblem.notFound("There is no record type '" + recordType
                + "' among the running modules; the installed ones are "
                + types.all().stream().map(RecordType::id).toList() + "."));
    }

    private static RecordTypeView view(RecordType type, OrgWideDefault chosen) {
        OrgWideDefault initial = type.initialDefault() == null ? OrgWideDefault.PRIVATE : type.initialDefault();
        return new RecordTypeView(type.id(), type.module(), type.titleKey(), chosen == null ? initial : chosen, initial,
                type.fields());
    }

    private static List<FieldRuleEntity> rules(EntityManager em, long roleId, String recordType) {
        String query = "select f from FieldRuleEntity f where f.roleId = :role"
                + (recordType == null ? "" : " and f.recordType = :type") + " order by f.recordType, f.field";
        var typed = em.createQuery(query, FieldRuleEntity.class).setParameter("role", roleId);
        if (recordType != null) {
            typed.setParameter("type", recordType);
        }
        return typed.getResultList();
    }

    private static RoleEntity existingRole(EntityManager em, String name) {
        RoleEntity role = name == null ? null : RoleAdminService.byName(em, name.strip());
        if (role == null) {
            throw ApiProblem.notFound("There is no role '" + name + "'.");
        }
        return role;
    }
}
