package org.rapport.contacts.api;

/**
 * Outbox and EventAdmin topics of the contacts module. Payloads are JSON objects with at least {@code "id"}; a merge
 * carries {@code "survivorId"} and {@code "mergedId"} so modules holding references re-point them.
 */
public final class ContactTopics {

    public static final String PERSON_CREATED = "rapport/contacts/Person/CREATED";
    public static final String PERSON_UPDATED = "rapport/contacts/Person/UPDATED";
    public static final String PERSON_DELETED = "rapport/contacts/Person/DELETED";
    /**
     * Two people were merged into one: payload {@code {"survivorId", "mergedId"}}. Modules holding references to
     * {@code mergedId} re-point them to {@code survivorId}; the merged id answers 404 from now on.
     */
    public static final String PERSON_MERGED = "rapport/contacts/Person/MERGED";
    /** A person's data was erased on request: modules holding copies of it (names, emails) erase theirs. */
    public static final String PERSON_ERASED = "rapport/contacts/Person/ERASED";
    public static final String ORGANIZATION_CREATED = "rapport/contacts/Organization/CREATED";
    public static final String ORGANIZATION_UPDATED = "rapport/contacts/Organization/UPDATED";
    public static final String ORGANIZATION_DELETED = "rapport/contacts/Organization/DELETED";

    private ContactTopics() {
    }
}
