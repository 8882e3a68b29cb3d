package org.rapport.identity.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.RoleView;

@Command(scope = "rapport", name = "roles", description = "Lists Rapport's roles: their place in the hierarchy and their permissions.")
@Service
public class RolesCommand implements Action {

    @Reference
    RoleAdmin roles;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Role");
        table.column("Title");
        table.column("Below");
        table.column("Permissions");
        for (RoleView role : roles.roles()) {
            table.addRow().addContent(role.name(), role.title() == null ? "" : role.title(),
                    role.parent() == null ? "" : role.parent(),
                    role.allPermissions() ? "(all)" : String.join(", ", role.permissions()));
        }
        table.print(System.out);
        return null;
    }
}
