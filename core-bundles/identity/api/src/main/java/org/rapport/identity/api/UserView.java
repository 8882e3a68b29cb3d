package org.rapport.identity.api;

import java.time.Instant;
import java.util.List;

/**
 * A user as administrators see them; never carries the password hash.
 *
 * @param locale      BCP 47 language tag, e.g. {@code fa-IR}
 * @param calendar    calendar system name, e.g. {@code persian}; {@code null} = the language's default
 * @param timeZone    IANA zone id, e.g. {@code Asia/Tehran}
 * @param lockedUntil when a lockout after failed sign-ins ends; {@code null} when not locked
 * @param roles       the roles given to the user directly (not those below them in the hierarchy)
 */
public record UserView(long id, long version, String username, String displayName, String email, String locale,
        String calendar, String timeZone, boolean active, Instant lockedUntil, List<String> roles, Instant createdAt,
        Instant updatedAt) {
}
