package org.rapport.contacts.core.internal;

import org.rapport.contacts.api.ContactPermissions;

/** The two kinds of contact record, as the shared share and term tables tell them apart. */
enum RecordKind {
    PERSON("P", ContactPermissions.PERSON_TYPE, "person"),
    ORGANIZATION("O", ContactPermissions.ORGANIZATION_TYPE, "organization");

    private final String code;
    private final String recordType;
    private final String noun;

    RecordKind(String code, String recordType, String noun) {
        this.code = code;
        this.recordType = recordType;
        this.noun = noun;
    }

    String code() {
        return code;
    }

    /** The access record type, e.g. {@code contacts.person}. */
    String recordType() {
        return recordType;
    }

    /** What an error message calls one. */
    String noun() {
        return noun;
    }
}
