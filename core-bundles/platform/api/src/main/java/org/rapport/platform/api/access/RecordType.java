package org.rapport.platform.api.access;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of record that has an owner and can be shared, registered as a service by the module that stores it. Admins
 * see it (with its fields) in the sharing settings while the module is installed; settings made for it stay stored
 * when the module goes.
 */
@ConsumerType
public interface RecordType {

    /** {@code <module>.<thing>}, e.g. {@code contacts.person}; also the prefix of its permissions. */
    String id();

    /** The module id, e.g. {@code contacts}. */
    String module();

    /** Message key of its name in the module's UI texts. */
    String titleKey();

    /** The org-wide default until an admin chooses one. */
    OrgWideDefault initialDefault();

    /** The fields an admin may hide or make read-only per role. */
    List<Field> fields();

    /**
     * @param name     the field's name as REST and exports spell it, e.g. {@code birthDate}
     * @param titleKey message key of its label in the module's UI texts
     */
    record Field(String name, String titleKey) {
    }
}
