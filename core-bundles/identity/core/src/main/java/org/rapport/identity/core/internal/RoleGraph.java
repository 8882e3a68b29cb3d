package org.rapport.identity.core.internal;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The role hierarchy: holders of a role also hold every role below it (a manager sees what the roles under them
 * see). Cycles cannot be stored through the admin services, but a walk here would survive one anyway.
 */
final class RoleGraph {

    record Node(long id, String name, Long parentId, boolean allPermissions) {
    }

    private final Map<Long, Node> byId = new HashMap<>();
    private final Map<Long, List<Node>> children = new HashMap<>();

    RoleGraph(Collection<Node> roles) {
        for (Node role : roles) {
            byId.put(role.id(), role);
        }
        for (Node role : roles) {
            if (role.parentId() != null) {
                children.computeIfAbsent(role.parentId(), parent -> new java.util.ArrayList<>()).add(role);
            }
        }
    }

    /** The given roles and every role below them. */
    Set<Node> withDescendants(Collection<Long> direct) {
        Set<Node> found = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(direct);
        while (!todo.isEmpty()) {
            Node role = byId.get(todo.pop());
            if (role != null && found.add(role)) {
                children.getOrDefault(role.id(), List.of()).forEach(child -> todo.push(child.id()));
            }
        }
        return found;
    }

    /** True when {@code candidate} is {@code role} or lies below it: making it the parent would close a cycle. */
    boolean isSelfOrBelow(long candidate, long role) {
        return withDescendants(List.of(role)).stream().anyMatch(node -> node.id() == candidate);
    }

    Node byName(String name) {
        return byId.values().stream().filter(node -> node.name().equals(name)).findFirst().orElse(null);
    }
}
