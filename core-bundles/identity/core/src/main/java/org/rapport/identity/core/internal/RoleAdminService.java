package org.rapport.identity.core.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.identity.api.NewRole;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.RoleView;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = RoleAdmin.class)
public class RoleAdminService implements RoleAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(RoleAdminService.class);
    private static final java.util.regex.Pattern PERMISSION = java.util.regex.Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+){1,5}");

    private final ModulePersistence persistence;

    @Activate
    public RoleAdminService(@Reference(target = "(rapport.module=identity)") ModulePersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public List<RoleView> roles() {
        return persistence.inTransaction(tx -> {
            EntityManager em = tx.entityManager();
            List<RoleEntity> roles = em.createQuery("select r from RoleEntity r order by r.name", RoleEntity.class)
                    .getResultList();
            Map<Long, String> names = roles.stream().collect(Collectors.toMap(RoleEntity::getId, RoleEntity::getName));
            Map<Long, List<String>> grants = em.createQuery("select p from RolePermissionEntity p order by p.permission",
                    RolePermissionEntity.class).getResultList().stream().collect(Collectors.groupingBy(
                            RolePermissionEntity::getRoleId,
                            Collectors.mapping(RolePermissionEntity::getPermission, Collectors.toList())));
            return roles.stream().map(r -> new RoleView(r.getId(), r.getName(), r.getTitle(),
                    r.getParentId() == null ? null : names.get(r.getParentId()), r.isAllPermissions(),
                    grants.getOrDefault(r.getId(), List.of()))).toList();
        });
    }

    @Override
    public RoleView create(NewRole role) {
        if (role == null) {
            throw ApiProblem.invalid("A role needs a name.", List.of(new FieldError("name", "must not be blank")));
        }
        Validation check = new Validation();
        String name = check.name("name", role.name());
        String title = check.text("title", role.title(), 200, false);
        check.throwIfInvalid("The role cannot be created as given.");
        IdentityGeneration.changing(persistence, tx -> {
            EntityManager em = tx.entityManager();
            if (byName(em, name) != null) {
                throw ApiProblem.invalid("The role exists.", List.of(new FieldError("name", "'" + name + "' exists")));
            }
            Long parent = role.parent() == null || role.parent().isBlank() ? null : existing(em, role.parent(), "parent").getId();
            em.persist(new RoleEntity(name, title, parent, false));
            return null;
        });
        LOG.info("Created role '{}'", name);
        return view(name);
    }

    @Override
    public RoleView setParent(String role, String parent) {
        IdentityGeneration.changing(persistence, tx -> {
            EntityManager em = tx.entityManager();
            RoleEntity entity = existing(em, role, "name");
            if (parent == null || parent.isBlank()) {
                entity.setParentId(null);
                return null;
            }
            RoleEntity above = existing(em, parent, "parent");
            if (Callers.graph(em).isSelfOrBelow(above.getId(), entity.getId())) {
                throw ApiProblem.invalid("A role cannot be placed below itself.", List.of(new FieldError("parent",
                        "'" + parent + "' is '" + role + "' or lies below it")));
            }
            entity.setParentId(above.getId());
            return null;
        });
        return view(role);
    }

    @Override
    public RoleView grant(String role, String permission) {
        String id = permissionId(permission);
        IdentityGeneration.changing(persistence, tx -> {
            EntityManager em = tx.entityManager();
            RoleEntity entity = existing(em, role, "name");
            boolean granted = !em.createQuery("select p from RolePermissionEntity p where p.roleId = :role"
                    + " and p.permission = :permission", RolePermissionEntity.class).setParameter("role", entity.getId())
                    .setParameter("permission", id).getResultList().isEmpty();
            if (!granted) {
                em.persist(new RolePermissionEntity(entity.getId(), id));
            }
            return null;
        });
        LOG.info("Granted '{}' to role '{}'", id, role);
        return view(role);
    }

    @Override
    public RoleView revoke(String role, String permission) {
        String id = permissionId(permission);
        IdentityGeneration.changing(persistence, tx -> {
            EntityManager em = tx.entityManager();
            RoleEntity entity = existing(em, role, "name");
            // Entity by entity, not a bulk delete: only entity removals reach the audit trail.
            em.createQuery("select p from RolePermissionEntity p where p.roleId = :role and p.permission = :permission",
                    RolePermissionEntity.class).setParameter("role", entity.getId()).setParameter("permission", id)
                    .getResultList().forEach(em::remove);
            return null;
        });
        LOG.info("Revoked '{}' from role '{}'", id, role);
        return view(role);
    }

    private RoleView view(String name) {
        return roles().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("There is no role '" + name + "'."));
    }

    private static String permissionId(String permission) {
        String id = permission == null ? "" : permission.strip();
        if (id.length() > 150 || !PERMISSION.matcher(id).matches()) {
            throw ApiProblem.invalid("Not a permission id.", List.of(new FieldError("permission",
                    "a permission id like contacts.person.read (lower case, dot-separated)")));
        }
        return id;
    }

    static RoleEntity byName(EntityManager em, String name) {
        return em.createQuery("select r from RoleEntity r where r.name = :name", RoleEntity.class)
                .setParameter("name", name).getResultList().stream().findFirst().orElse(null);
    }

    private static RoleEntity existing(EntityManager em, String name, String field) {
        RoleEntity role = name == null ? null : byName(em, name.strip());
        if (role == null) {
            if ("name".equals(field)) {
                throw ApiProblem.notFound("There is no role '" + name + "'.");
            }
            throw ApiProblem.invalid("There is no such role.", List.of(new FieldError(field, "no role named '" + name + "'")));
        }
        return role;
    }
}
