package org.rapport.platform.api.security;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The permissions a module defines, registered as a service by the module: they exist while the module does
 * (the admin UI lists them, roles can be granted them) and vanish with it (grants stay stored for when it is back).
 */
@ConsumerType
public interface PermissionSet {

    /** The module id, e.g. {@code contacts}. */
    String module();

    List<Permission> permissions();

    /**
     * @param id       {@code <module>.<thing>.<action>}, e.g. {@code contacts.person.export}
     * @param titleKey message key of its name in the module's UI texts
     */
    record Permission(String id, String titleKey) {
    }
}
