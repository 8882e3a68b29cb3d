package org.rapport.identity.api;

import java.util.List;

/**
 * A user to create. {@code password} may be {@code null}: the user cannot sign in until one is set.
 *
 * @param roles role names to give the user
 */
public record NewUser(String username, String displayName, String email, String locale, String calendar,
        String timeZone, String password, List<String> roles) {
}
