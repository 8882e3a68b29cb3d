package org.rapport.platform.api.security;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An authenticated user as a request sees them: name, language, roles (with every role below them in the
 * hierarchy already included) and the permissions those roles grant.
 *
 * @param userId      the user's id
 * @param username    the login name
 * @param displayName what the UI shows
 * @param locale      the user's language and format choices (BCP 47, may carry {@code -u-ca-…-nu-…})
 * @param roles       role names
 * @param permissions permission ids, e.g. {@code contacts.person.read}
 * @param channel     how the call arrived
 */
public record Caller(long userId, String username, String displayName, Locale locale, Set<String> roles,
        Set<String> permissions, Channel channel) {

    public Caller {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        locale = locale == null ? Locale.ENGLISH : locale;
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
        Objects.requireNonNull(channel, "channel");
    }

    public boolean has(String permission) {
        return permissions.contains(permission);
    }

    public Caller via(Channel other) {
        return new Caller(userId, username, displayName, locale, roles, permissions, other);
    }
}
