package org.rapport.itests.sample.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rapport.platform.api.security.PermissionSet;

/** What a role can be granted on sample notes. */
@Component
public class SamplePermissions implements PermissionSet {

    public static final String READ = "sample.note.read";
    public static final String WRITE = "sample.note.write";

    @Override
    public String module() {
        return "sample";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission(READ, "sample.permission.read"), new Permission(WRITE, "sample.permission.write"));
    }
}
