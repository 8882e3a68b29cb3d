package org.rapport.identity.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;

/** Builds the {@link Caller} a user is: their roles with everything below them, and the permissions those grant. */
final class Callers {

    private final Supplier<Set<String>> contributedPermissions;

    /** @param contributedPermissions the ids the running modules define right now (for all-permissions roles) */
    Callers(Supplier<Set<String>> contributedPermissions) {
        this.contributedPermissions = contributedPermissions;
    }

    /** What the running modules define now: a remembered admin caller is only good while this stays the same. */
    Set<String> contributed() {
        return contributedPermissions.get();
    }

    Caller caller(EntityManager em, UserEntity user, Channel channel) {
        List<Long> direct = em.createQuery("select r.roleId from UserRoleEntity r where r.userId = :user", Long.class)
                .setParameter("user", user.getId()).getResultList();
        Set<RoleGraph.Node> roles = graph(em).withDescendants(direct);
        Set<String> permissions = new TreeSet<>();
        if (roles.stream().anyMatch(RoleGraph.Node::allPermissions)) {
            // Every permission, present and future: what modules define now, and every grant ever stored.
            permissions.addAll(contributedPermissions.get());
            permissions.addAll(em.createQuery("select distinct p.permission from RolePermissionEntity p", String.class)
                    .getResultList());
        } else if (!roles.isEmpty()) {
            Set<Long> roleIds = roles.stream().map(RoleGraph.Node::id).collect(Collectors.toSet());
            permissions.addAll(em.createQuery(
                    "select distinct p.permission from RolePermissionEntity p where p.roleId in :roles", String.class)
                    .setParameter("roles", roleIds).getResultList());
        }
        Set<String> roleNames = new HashSet<>();
        roles.forEach(role -> roleNames.add(role.name()));
        return new Caller(user.getId(), user.getUsername(), user.getDisplayName(), locale(user.getLocale()), roleNames,
                permissions, channel);
    }

    static RoleGraph graph(EntityManager em) {
        return new RoleGraph(em.createQuery("select r from RoleEntity r", RoleEntity.class).getResultList().stream()
                .map(r -> new RoleGraph.Node(r.getId(), r.getName(), r.getParentId(), r.isAllPermissions()))
                .toList());
    }

    static Locale locale(String tag) {
        return tag == null || tag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(tag);
    }
}
