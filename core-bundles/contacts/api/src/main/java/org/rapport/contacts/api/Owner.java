package org.rapport.contacts.api;

/**
 * Who owns a record: a user, a team, or both (a user within a team). Ownership decides who sees a record when its
 * type is private. A new record without an owner is owned by the user who creates it.
 */
public record Owner(Long userId, Long teamId) {

    public static Owner user(long userId) {
        return new Owner(userId, null);
    }
}
