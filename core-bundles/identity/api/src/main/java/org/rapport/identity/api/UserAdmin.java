package org.rapport.identity.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Creating and maintaining users. */
@ProviderType
public interface UserAdmin {

    /** The shortest password accepted for new passwords. */
    int MIN_PASSWORD_LENGTH = 12;

    List<UserView> users();

    Optional<UserView> user(long id);

    /** By login name, ignoring case. */
    Optional<UserView> userByName(String username);

    UserView create(NewUser user);

    UserView update(long id, UserChange change);

    /** The user can no longer sign in and their tokens stop working; nothing is deleted. */
    UserView deactivate(long id);

    /** Sets a new password (at least {@link #MIN_PASSWORD_LENGTH} characters) and ends a lockout. */
    void setPassword(long id, char[] password);

    /** Ends a lockout and clears the count of failed sign-ins. */
    UserView unlock(long id);

    /** Replaces the roles given to the user directly. */
    UserView assignRoles(long id, List<String> roleNames);
}
