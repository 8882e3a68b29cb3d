package org.rapport.identity.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class RoleGraphTest {

    // director > manager > (sales, support); admin alone
    private final RoleGraph graph = new RoleGraph(List.of(
            new RoleGraph.Node(1, "director", null, false),
            new RoleGraph.Node(2, "manager", 1L, false),
            new RoleGraph.Node(3, "sales", 2L, false),
            new RoleGraph.Node(4, "support", 2L, false),
            new RoleGraph.Node(5, "admin", null, true)));

    private Set<String> below(long... ids) {
        return graph.withDescendants(java.util.Arrays.stream(ids).boxed().toList()).stream().map(RoleGraph.Node::name)
                .collect(Collectors.toSet());
    }

    @Test
    void aRoleIncludesEveryRoleBelowIt() {
        assertEquals(Set.of("director", "manager", "sales", "support"), below(1));
        assertEquals(Set.of("manager", "sales", "support"), below(2));
        assertEquals(Set.of("sales"), below(3));
        assertEquals(Set.of("sales", "admin"), below(3, 5));
        assertEquals(Set.of(), below(99));
    }

    @Test
    void aRoleCannotBePlacedBelowItselfOrItsDescendants() {
        assertTrue(graph.isSelfOrBelow(3, 1), "sales lies below director");
        assertTrue(graph.isSelfOrBelow(2, 2));
        assertFalse(graph.isSelfOrBelow(1, 3), "director is above sales");
        assertFalse(graph.isSelfOrBelow(5, 1));
    }

    @Test
    void aStoredCycleDoesNotLoopForever() {
        RoleGraph cyclic = new RoleGraph(List.of(new RoleGraph.Node(1, "a", 2L, false), new RoleGraph.Node(2, "b", 1L, false)));
        assertEquals(2, cyclic.withDescendants(List.of(1L)).size());
    }
}
