package org.rapport.identity.core.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rapport.platform.api.security.PermissionSet;

/**
 * The platform's permissions. The platform cannot register them itself without depending on identity (it must run
 * without it), so identity, which gives permissions their meaning, contributes them on its behalf.
 */
@Component(service = PermissionSet.class)
public class PlatformPermissions implements PermissionSet {

    @Override
    public String module() {
        return "platform";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission("platform.modules.manage", "platform.permission.modules.manage"),
                new Permission("platform.api.read", "platform.permission.api.read"));
    }
}
