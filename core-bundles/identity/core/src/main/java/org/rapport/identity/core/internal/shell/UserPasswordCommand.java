package org.rapport.identity.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.rapport.identity.api.UserAdmin;
import org.rapport.identity.api.UserView;
import org.rapport.platform.api.web.ApiProblem;

@Command(scope = "rapport", name = "user-password", description = "Sets a user's password (and ends a lockout); asks for it unless --password is given.")
@Service
public class UserPasswordCommand implements Action {

    @Argument(index = 0, name = "username", required = true)
    @Completion(UsernameCompleter.class)
    String username;

    @Option(name = "--password", description = "The new password (else asked for)")
    String password;

    @Reference
    UserAdmin users;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        UserView user = users.userByName(username)
                .orElseThrow(() -> new IllegalArgumentException("There is no user '" + username + "' (see rapport:users)."));
        try {
            users.setPassword(user.id(), PasswordPrompt.newPassword(session, password));
        } catch (ApiProblem problem) {
            throw Problems.forShell(problem);
        }
        System.out.println("The password of " + user.username() + " is changed.");
        return null;
    }
}
