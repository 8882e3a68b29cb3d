package org.rapport.identity.core.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rapport.platform.api.security.PermissionSet;

/** The identity module's own permissions. */
@Component(service = PermissionSet.class)
public class IdentityPermissions implements PermissionSet {

    static final String USER_READ = "identity.user.read";
    static final String USER_WRITE = "identity.user.write";
    static final String ROLE_WRITE = "identity.role.write";
    static final String AUDIT_READ = "identity.audit.read";
    static final String SHARING_WRITE = "identity.sharing.write";

    @Override
    public String module() {
        return "identity";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(USER_READ, "identity.permission.user.read"),
                new Permission(USER_WRITE, "identity.permission.user.write"),
                new Permission(ROLE_WRITE, "identity.permission.role.write"),
                new Permission(AUDIT_READ, "identity.permission.audit.read"),
                new Permission(SHARING_WRITE, "identity.permission.sharing.write"));
    }
}
