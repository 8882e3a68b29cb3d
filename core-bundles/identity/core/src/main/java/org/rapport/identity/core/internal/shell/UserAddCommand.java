package org.rapport.identity.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.rapport.identity.api.NewUser;
import org.rapport.identity.api.UserAdmin;
import org.rapport.identity.api.UserView;
import org.rapport.platform.api.web.ApiProblem;

@Command(scope = "rapport", name = "user-add", description = "Creates a Rapport user; asks for the password unless --password is given.")
@Service
public class UserAddCommand implements Action {

    @Argument(index = 0, name = "username", description = "The login name (unique, case ignored)", required = true)
    String username;

    @Argument(index = 1, name = "displayName", description = "The name shown in the UI", required = true)
    String displayName;

    @Option(name = "--role", description = "A role to give the user (repeatable), e.g. admin", multiValued = true)
    List<String> roles;

    @Option(name = "--password", description = "The password (else asked for; it then stays out of the shell history)")
    String password;

    @Reference
    UserAdmin users;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        char[] chosen = PasswordPrompt.newPassword(session, password);
        try {
            UserView user = users.create(new NewUser(username, displayName, null, null, null, null, new String(chosen),
                    roles == null ? List.of() : roles));
            System.out.println("Created user " + user.username() + " (id " + user.id() + ")"
                    + (user.roles().isEmpty() ? "" : " with roles " + String.join(", ", user.roles())) + ".");
        } catch (ApiProblem problem) {
            throw Problems.forShell(problem);
        }
        return null;
    }
}
