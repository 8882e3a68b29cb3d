package org.rapport.contacts.core.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.platform.api.security.PermissionSet;

/** The permissions of the contacts module, for roles to grant. */
@Component
public class ContactPermissionSet implements PermissionSet {

    @Override
    public String module() {
        return "contacts";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(permission(ContactPermissions.PERSON_READ), permission(ContactPermissions.PERSON_WRITE),
                permission(ContactPermissions.PERSON_DELETE), permission(ContactPermissions.PERSON_EXPORT),
                permission(ContactPermissions.PERSON_IMPORT), permission(ContactPermissions.PERSON_ERASE),
                permission(ContactPermissions.ORGANIZATION_READ),
                permission(ContactPermissions.ORGANIZATION_WRITE), permission(ContactPermissions.ORGANIZATION_DELETE),
                permission(ContactPermissions.ORGANIZATION_EXPORT), permission(ContactPermissions.CUSTOM_FIELD_ADMIN),
                permission(ContactPermissions.IMPORT_MANAGE), permission(ContactPermissions.SEGMENT_MANAGE));
    }

    /** {@code contacts.person.read} is titled by the UI text {@code contacts.permission.person.read}. */
    private static Permission permission(String id) {
        return new Permission(id, "contacts.permission." + id.substring("contacts.".length()));
    }
}
