package org.rapport.identity.core.internal;

import java.util.List;

import org.rapport.platform.testing.ModuleTestDatabase;

/** The identity module's real changelog on H2 or MariaDB (see {@link ModuleTestDatabase}). */
final class IdentityTestDatabase {

    /** The module's tables, children first. */
    static final List<String> TABLES = List.of("identity_generation", "identity_field_rule", "identity_sharing_default", "identity_token", "identity_team_member", "identity_team", "identity_user_role", "identity_role_permission", "identity_role", "identity_user");

    private IdentityTestDatabase() {
    }

    static ModuleTestDatabase h2() throws Exception {
        return ModuleTestDatabase.h2("identity");
    }

    static ModuleTestDatabase mariaDb() throws Exception {
        return ModuleTestDatabase.mariaDb("identity", TABLES);
    }
}
