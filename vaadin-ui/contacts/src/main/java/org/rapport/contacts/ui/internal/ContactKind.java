package org.rapport.contacts.ui.internal;

import java.util.List;

import org.rapport.contacts.api.ContactPermissions;

/**
 * What differs between the people and the organization pages besides their services: routes, message keys,
 * permissions, the audit trail's entity name and the fields an admin may hide or make read-only.
 */
enum ContactKind {

    PERSON("persons", "person", "Person", ContactPermissions.PERSON_TYPE, ContactPermissions.PERSON_READ, ContactPermissions.PERSON_WRITE,
            ContactPermissions.PERSON_DELETE, "USER_CARD",
            List.of("firstName", "lastName", "emails", "phones", "addresses", "socialHandles", "website",
                    "affiliations", "tags", "leadSource", "stage", "owner", "notes", "externalId")),
    ORGANIZATION("organizations", "organization", "Organization", ContactPermissions.ORGANIZATION_TYPE,
            ContactPermissions.ORGANIZATION_READ, ContactPermissions.ORGANIZATION_WRITE, ContactPermissions.ORGANIZATION_DELETE, "BUILDING_O",
            List.of("name", "industry", "emails", "phones", "addresses", "socialHandles", "website", "tags",
                    "leadSource", "stage", "owner", "notes", "externalId"));

    /** The plural in routes and list keys, e.g. {@code contacts/persons}, {@code contacts.persons.title}. */
    final String plural;
    /** The singular in field keys, e.g. {@code contacts.person.field.emails}. */
    final String singular;
    /** The JPA entity name the platform writes into the audit trail. */
    final String auditEntity;
    /** The record type whose sharing defaults and field rules apply. */
    final String recordType;
    final String readPermission;
    final String writePermission;
    final String deletePermission;
    final String icon;
    final List<String> fields;

    ContactKind(String plural, String singular, String auditEntity, String recordType, String readPermission,
            String writePermission, String deletePermission, String icon, List<String> fields) {
        this.plural = plural;
        this.singular = singular;
        this.auditEntity = auditEntity;
        this.recordType = recordType;
        this.readPermission = readPermission;
        this.writePermission = writePermission;
        this.deletePermission = deletePermission;
        this.icon = icon;
        this.fields = fields;
    }

    /** The permission to export this kind's lists. */
    String exportPermission() {
        return this == PERSON ? ContactPermissions.PERSON_EXPORT : ContactPermissions.ORGANIZATION_EXPORT;
    }

        String listRoute() {
        return "contacts/" + plural;
    }

    String detailRoute(long id) {
        return listRoute() + "/" + id;
    }

    String editRoute(long id) {
        return detailRoute(id) + "/edit";
    }

    String newRoute() {
        return listRoute() + "/new";
    }

    /** {@code contacts.persons.<suffix>}: the texts of this kind's pages. */
    String key(String suffix) {
        return "contacts." + plural + "." + suffix;
    }

    /** {@code contacts.person.field.<field>}: the title of a field, shared with the sharing settings page. */
    String fieldKey(String field) {
        return "contacts." + singular + ".field." + field;
    }
}
