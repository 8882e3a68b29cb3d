package org.rapport.identity.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rapport.identity.api.UserAdmin;
import org.rapport.identity.api.UserView;

@Command(scope = "rapport", name = "users", description = "Lists Rapport's users: username, name, roles, active, locked.")
@Service
public class UsersCommand implements Action {

    @Reference
    UserAdmin users;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Username");
        table.column("Name");
        table.column("Roles");
        table.column("Active");
        table.column("Locked until");
        for (UserView user : users.users()) {
            table.addRow().addContent(user.id(), user.username(), user.displayName(), String.join(",", user.roles()),
                    user.active() ? "yes" : "no", user.lockedUntil() == null ? "" : user.lockedUntil());
        }
        table.print(System.out);
        return null;
    }
}
