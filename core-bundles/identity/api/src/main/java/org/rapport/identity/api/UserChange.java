package org.rapport.identity.api;

/**
 * Changes to a user's details; {@code null} fields stay as they are.
 *
 * @param version the version the change is based on; a different current version is a conflict
 */
public record UserChange(long version, String displayName, String email, String locale, String calendar,
        String timeZone, Boolean active) {
}
