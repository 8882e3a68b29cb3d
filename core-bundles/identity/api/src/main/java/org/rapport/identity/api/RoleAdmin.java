package org.rapport.identity.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Roles, their place in the hierarchy, and the permissions granted to them. */
@ProviderType
public interface RoleAdmin {

    /** The built-in role that holds every permission. */
    String ADMIN_ROLE = "admin";

    List<RoleView> roles();

    RoleView create(NewRole role);

    /** Moves a role under another one ({@code null}: to the top); a role cannot end up below itself. */
    RoleView setParent(String role, String parent);

    /** Grants a permission id; ids of modules that are not installed are accepted and kept. */
    RoleView grant(String role, String permission);

    RoleView revoke(String role, String permission);
}
