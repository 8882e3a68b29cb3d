package org.rapport.contacts.api;

/**
 * A person's link to an organization.
 *
 * @param organizationId   the organization
 * @param organizationName its name (filled in on answers; ignored on input)
 * @param role             what the person is there, e.g. {@code CFO}; may be {@code null}
 */
public record Affiliation(long organizationId, String organizationName, String role) {
}
