package org.rapport.identity.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The permissions the running modules contribute (their {@code PermissionSet} services). */
@ProviderType
public interface Permissions {

    /** Sorted by id. */
    List<PermissionInfo> available();
}
