package org.rapport.identity.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.rapport.identity.api.UserAdmin;
import org.rapport.identity.api.UserView;

@Service
public class UsernameCompleter implements Completer {

    @Reference
    UserAdmin users;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter();
        users.users().stream().map(UserView::username).forEach(names.getStrings()::add);
        return names.complete(session, commandLine, candidates);
    }
}
