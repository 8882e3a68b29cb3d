package org.rapport.platform.api.access;

/** What everyone in the organization may do with records of a type they neither own nor had shared with them. */
public enum OrgWideDefault {
    /** Only the owner, the owner's team, the people above the owner in the role hierarchy and those it is shared with. */
    PRIVATE,
    /** Everyone with the type's read permission sees every record; changes follow the private rules. */
    PUBLIC_READ,
    /** Everyone with the type's read and write permissions sees and changes every record. */
    PUBLIC_READ_WRITE
}
