package org.rapport.platform.api.access;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.rapport.platform.api.security.Caller;

/**
 * The one place that decides which records and fields of a {@link RecordType} a caller reaches. Object permissions
 * ({@code contacts.person.read}) are checked before this by the platform; this narrows them to records and fields.
 * Modules ask it once per request and put the answer into their queries, so lists are filtered in the database and
 * a record outside the scope answers 404 exactly like one that does not exist.
 */
@ProviderType
public interface RecordAccess {

    /** The records of {@code recordType} the caller may see. */
    RecordScope readScope(Caller caller, String recordType);

    /** The records of {@code recordType} the caller may change or delete. */
    RecordScope writeScope(Caller caller, String recordType);

    /**
     * The caller's rule for each field of {@code recordType} that is not {@link FieldRule#EDITABLE} for them; fields
     * absent from the map are editable. With several roles the loosest rule wins, as permissions add up.
     */
    Map<String, FieldRule> fieldRules(Caller caller, String recordType);

    /** The org-wide default of {@code recordType} now: the admin's choice, else the type's initial default. */
    OrgWideDefault orgWideDefault(String recordType);
}
