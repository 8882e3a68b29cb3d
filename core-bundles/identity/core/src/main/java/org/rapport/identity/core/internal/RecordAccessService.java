package org.rapport.identity.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.access.RecordAccess;
import org.rapport.platform.api.access.RecordScope;
import org.rapport.platform.api.access.RecordType;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.security.Caller;

/**
 * Record and field access from what identity stores: the caller's roles (read from the database, so a role taken
 * away counts, whatever the caller object says), the users below them, their teams, the admins' sharing settings.
 * Answers are remembered per user and record type for the identity generation they were looked up in (see
 * {@link IdentityGeneration}): every change they depend on moves it, on any node. A question asked in a REST
 * request after its token check costs nothing more (see {@link RequestGeneration}); any other costs one read of
 * the generation row, and a handful of indexed queries when the answer is not remembered.
 */
@Component(service = RecordAccess.class)
public class RecordAccessService implements RecordAccess {

    /** Users times record types times four questions: past this, everything is forgotten at once. */
    static final int REMEMBERED_ANSWERS = 20_000;

    /**
     * One question: {@code typesChanged} is the catalog's count of changes, since a module coming or going changes
     * the initial defaults without any change stored in identity.
     */
    private record Question(Kind kind, long userId, String recordType, long typesChanged) {
    }

    private enum Kind { READ, WRITE, FIELDS, DEFAULT }

    private final ModulePersistence persistence;
    private final RecordTypeCatalog types;
    private final GenerationMemory<Question, Object> answers = new GenerationMemory<>(REMEMBERED_ANSWERS);

    @Activate
    public RecordAccessService(@Reference(target = "(rapport.module=identity)") ModulePersistence persistence,
            @Reference RecordTypeCatalog types) {
        this.persistence = persistence;
        this.types = types;
    }

    @Override
    public RecordScope readScope(Caller caller, String recordType) {
        return scope(caller, recordType, false);
    }

    @Override
    public RecordScope writeScope(Caller caller, String recordType) {
        return scope(caller, recordType, true);
    }

    private RecordScope scope(Caller caller, String recordType, boolean write) {
        Objects.requireNonNull(caller, "caller");
        return remembered(new Question(write ? Kind.WRITE : Kind.READ, caller.userId(), recordType, types.changes()),
                RequestGeneration.of(persistence, caller), () -> lookUpScope(caller, recordType, write));
    }

    private RecordScope lookUpScope(Caller caller, String recordType, boolean write) {
        return persistence.inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            Roles roles = Roles.of(em, caller.userId());
            if (roles.admin()) {
                return RecordScope.all(caller.userId());
            }
            OrgWideDefault standard = orgWideDefault(em, recordType);
            if (standard == OrgWideDefault.PUBLIC_READ_WRITE || !write && standard == OrgWideDefault.PUBLIC_READ) {
                return RecordScope.all(caller.userId());
            }
            Set<Long> owners = new HashSet<>();
            owners.add(caller.userId());
            Set<Long> below = roles.strictlyBelowDirect();
            if (!below.isEmpty()) {
                owners.addAll(em.createQuery("select distinct r.userId from UserRoleEntity r where r.roleId in :roles",
                        Long.class).setParameter("roles", below).getResultList());
            }
            List<Long> teams = em.createQuery("select m.teamId from TeamMemberEntity m where m.userId = :user",
                    Long.class).setParameter("user", caller.userId()).getResultList();
            return new RecordScope(false, caller.userId(), owners, new HashSet<>(teams));
        });
    }

    @Override
    public Map<String, FieldRule> fieldRules(Caller caller, String recordType) {
        Objects.requireNonNull(caller, "caller");
        return remembered(new Question(Kind.FIELDS, caller.userId(), recordType, types.changes()),
                RequestGeneration.of(persistence, caller), () -> lookUpFieldRules(caller, recordType));
    }

    private Map<String, FieldRule> lookUpFieldRules(Caller caller, String recordType) {
        return persistence.inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            Roles roles = Roles.of(em, caller.userId());
            Set<Long> held = roles.held();
            if (roles.admin() || held.isEmpty() || recordType == null) {
                return Map.of();
            }
            List<FieldRuleEntity> stored = em.createQuery("select f from FieldRuleEntity f where f.recordType = :type"
                    + " and f.roleId in :roles", FieldRuleEntity.class).setParameter("type", recordType)
                    .setParameter("roles", held).getResultList();
            return loosest(stored, held.size());
        });
    }

    /**
     * Per field, the loosest rule over all held roles. A role without a rule for the field leaves it editable, so a
     * field stays restricted only when every held role restricts it.
     */
    static Map<String, FieldRule> loosest(List<FieldRuleEntity> stored, int heldRoles) {
        Map<String, List<FieldRule>> byField = new HashMap<>();
        stored.forEach(rule -> byField.computeIfAbsent(rule.getField(), field -> new ArrayList<>()).add(rule.getRule()));
        Map<String, FieldRule> result = new HashMap<>();
        byField.forEach((field, rules) -> {
            if (rules.size() < heldRoles) {
                return;
            }
            FieldRule effective = rules.stream().reduce(FieldRule.HIDDEN, FieldRule::loosest);
            if (effective != FieldRule.EDITABLE) {
                result.put(field, effective);
            }
        });
        return Map.copyOf(result);
    }

    @Override
    public OrgWideDefault orgWideDefault(String recordType) {
        return remembered(new Question(Kind.DEFAULT, 0, recordType, types.changes()),
                IdentityGeneration.current(persistence),
                () -> persistence.inTransaction(tx -> orgWideDefault(tx.entityManager(), recordType)));
    }

    @SuppressWarnings("unchecked")
    private <T> T remembered(Question question, long generation, java.util.function.Supplier<T> lookUp) {
        return (T) answers.answer(question, generation, lookUp::get);
    }

    /** The admin's choice, else the module's initial default; a type nobody knows is private (fail closed). */
    OrgWideDefault orgWideDefault(EntityManager em, String recordType) {
        if (recordType == null) {
            return OrgWideDefault.PRIVATE;
        }
        SharingDefaultEntity chosen = em.find(SharingDefaultEntity.class, recordType);
        if (chosen != null && chosen.getOrgWideDefault() != null) {
            return chosen.getOrgWideDefault();
        }
        return types.find(recordType).map(RecordType::initialDefault).filter(Objects::nonNull)
                .orElse(OrgWideDefault.PRIVATE);
    }

    /** The roles a user holds directly, and through the hierarchy. */
    private record Roles(RoleGraph graph, List<Long> direct) {

        static Roles of(EntityManager em, long userId) {
            List<Long> direct = em.createQuery("select r.roleId from UserRoleEntity r where r.userId = :user",
                    Long.class).setParameter("user", userId).getResultList();
            return new Roles(Callers.graph(em), direct);
        }

        Set<Long> held() {
            Set<Long> ids = new HashSet<>();
            graph.withDescendants(direct).forEach(role -> ids.add(role.id()));
            return ids;
        }

        boolean admin() {
            return graph.withDescendants(direct).stream().anyMatch(RoleGraph.Node::allPermissions);
        }

        /**
         * The roles strictly below one of the directly held roles: their holders' records are the caller's to see.
         * Holders of the caller's own roles are peers and stay out, unless that role also lies below another role
         * the caller holds.
         */
        Set<Long> strictlyBelowDirect() {
            Set<Long> below = new HashSet<>();
            for (Long role : direct) {
                graph.withDescendants(List.of(role)).stream().map(RoleGraph.Node::id)
                        .filter(id -> !id.equals(role)).forEach(below::add);
            }
            return below;
        }
    }
}
