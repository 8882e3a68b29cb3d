package org.rapport.contacts.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rapport.contacts.api.ContactImports;
import org.rapport.contacts.api.ImportJob;
import org.rapport.identity.api.UserAdmin;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.CurrentCaller;

@Command(scope = "rapport", name = "contacts-imports", description = "Lists your recent contact imports: state, rows"
        + " done of all, created, updated, failed.")
@Service
public class ContactsImportsCommand implements Action {

    @Reference
    ContactImports imports;

    @Reference
    UserAdmin users;

    @Reference
    Authenticator authenticator;

    @Override
    public Object execute() throws Exception {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Entity", "Key", "State", "Done", "Created", "Updated", "Failed",
            "Started", "Problem"}) {
            table.column(column);
        }
        for (ImportJob job : CurrentCaller.runAs(ShellCaller.current(users, authenticator),
                () -> imports.recent(20))) {
            table.addRow().addContent(job.id(), job.entity(), job.key(), job.state().wire()
                    + (job.dryRun() ? " (dry run)" : ""), job.processedRows() + "/" + job.totalRows(), job.created(),
                    job.updated(), job.failed(), job.createdAt(), job.problem() == null ? "" : job.problem());
        }
        table.print(System.out);
        return null;
    }
}
