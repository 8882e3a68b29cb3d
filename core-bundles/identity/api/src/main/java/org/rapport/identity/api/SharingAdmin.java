package org.rapport.identity.api;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.rapport.platform.api.access.FieldRule;
import org.rapport.platform.api.access.OrgWideDefault;

/**
 * The sharing settings admins make: each record type's org-wide default, and per role which fields of a type are
 * hidden or read-only. Settings of a type stay stored while its module is uninstalled; they can only be changed
 * while it is installed (only then are its fields known).
 */
@ProviderType
public interface SharingAdmin {

    /** The record types of the running modules, sorted by id. */
    List<RecordTypeView> recordTypes();

    /** @throws org.rapport.platform.api.web.ApiProblem 404 when no running module provides {@code recordType} */
    RecordTypeView setOrgWideDefault(String recordType, OrgWideDefault orgWideDefault);

    /** The role's stored rules: record type → field → rule (only {@code HIDDEN} and {@code READ_ONLY} are stored). */
    Map<String, Map<String, FieldRule>> fieldRules(String role);

    /**
     * Replaces the role's rules for one record type; {@code EDITABLE} (or leaving a field out) removes a rule. A stored
     * rule on a field the type does not list now (e.g. a custom field retired since) is kept as it is, whether given
     * again unchanged or left out; it cannot be changed until the field is back.
     *
     * @return the role's rules for that type now
     * @throws org.rapport.platform.api.web.ApiProblem 404 for an unknown role or a type no running module provides,
     *         400 with a field error per field the type does not have
     */
    Map<String, FieldRule> setFieldRules(String role, String recordType, Map<String, FieldRule> rules);
}
