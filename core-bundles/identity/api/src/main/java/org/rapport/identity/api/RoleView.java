package org.rapport.identity.api;

import java.util.List;

/**
 * A role. Holders of a role also hold every role below it (whose parent chain leads to it).
 *
 * @param parent         the name of the role above, or {@code null}
 * @param allPermissions the built-in {@code admin} role: every permission, present and future
 * @param permissions    permission ids granted to this role itself, sorted
 */
public record RoleView(long id, String name, String title, String parent, boolean allPermissions,
        List<String> permissions) {
}
