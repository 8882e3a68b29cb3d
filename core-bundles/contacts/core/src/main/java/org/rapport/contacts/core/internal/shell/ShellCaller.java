package org.rapport.contacts.core.internal.shell;

import java.security.AccessController;
import java.security.Principal;
import java.util.Set;

import javax.security.auth.Subject;

import org.rapport.identity.api.UserAdmin;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Channel;

/**
 * The Rapport user signed in to the Karaf shell, as a caller: shell commands act with that user's rights and the
 * audit trail names them (the shell's JAAS realm signs in with Rapport's users).
 */
final class ShellCaller {

    private ShellCaller() {
    }

    @SuppressWarnings("removal") // Karaf runs each command inside Subject.doAs: this is how a command learns who
    static Caller current(UserAdmin users, Authenticator authenticator) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        String username = subject == null ? null : subject.getPrincipals().stream()
                .filter(p -> p.getClass().getSimpleName().equals("UserPrincipal")).map(Principal::getName)
                .findFirst().orElse(null);
        if (username == null) {
            throw new IllegalStateException("This command needs a signed-in Rapport user (the Karaf shell's user).");
        }
        long id = users.userByName(username).orElseThrow(() -> new IllegalStateException("The shell user '"
                + username + "' is not a Rapport user.")).id();
        return authenticator.refresh(new Caller(id, username, null, null, Set.of(), Set.of(), Channel.SHELL))
                .map(caller -> caller.via(Channel.SHELL))
                .orElseThrow(() -> new IllegalStateException("The user '" + username + "' is not active."));
    }
}
