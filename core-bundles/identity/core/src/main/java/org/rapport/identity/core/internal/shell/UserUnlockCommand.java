package org.rapport.identity.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.rapport.identity.api.UserAdmin;
import org.rapport.identity.api.UserView;

@Command(scope = "rapport", name = "user-unlock", description = "Ends a user's lockout after failed sign-ins.")
@Service
public class UserUnlockCommand implements Action {

    @Argument(index = 0, name = "username", required = true)
    @Completion(UsernameCompleter.class)
    String username;

    @Reference
    UserAdmin users;

    @Override
    public Object execute() {
        UserView user = users.userByName(username)
                .orElseThrow(() -> new IllegalArgumentException("There is no user '" + username + "' (see rapport:users)."));
        users.unlock(user.id());
        System.out.println("User " + user.username() + " is unlocked.");
        return null;
    }
}
