package org.rapport.contacts.api;

/** The permissions of the contacts module, and its record types (for sharing settings and field rules). */
public final class ContactPermissions {

    public static final String PERSON_TYPE = "contacts.person";
    public static final String ORGANIZATION_TYPE = "contacts.organization";

    public static final String PERSON_READ = "contacts.person.read";
    public static final String PERSON_WRITE = "contacts.person.write";
    public static final String PERSON_DELETE = "contacts.person.delete";
    public static final String PERSON_EXPORT = "contacts.person.export";
    public static final String PERSON_IMPORT = "contacts.person.import";
    /** Erasing a person's data on request (GDPR): cannot be undone, so it is a right of its own. */
    public static final String PERSON_ERASE = "contacts.person.erase";
    public static final String ORGANIZATION_READ = "contacts.organization.read";
    public static final String ORGANIZATION_WRITE = "contacts.organization.write";
    public static final String ORGANIZATION_DELETE = "contacts.organization.delete";
    public static final String ORGANIZATION_EXPORT = "contacts.organization.export";
    /** Seeing every user's import jobs and their refused rows, not only one's own. */
    public static final String IMPORT_MANAGE = "contacts.import.manage";
    /** Deleting shared segments that others saved. */
    public static final String SEGMENT_MANAGE = "contacts.segment.manage";
    /** Defining, changing, retiring and restoring custom fields of people and organizations. */
    public static final String CUSTOM_FIELD_ADMIN = "contacts.customfield.admin";

    private ContactPermissions() {
    }
}
