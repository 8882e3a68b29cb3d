package org.rapport.contacts.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.rapport.contacts.api.ContactDemoData;
import org.rapport.contacts.api.ImportJob;
import org.rapport.identity.api.UserAdmin;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.CurrentCaller;

@Command(scope = "rapport", name = "contacts-demo", description = "Loads made-up people and organizations (Persian,"
        + " Arabic, Mongolian, Latin) as an import job owned by you, so a new installation shows a living CRM.")
@Service
public class ContactsDemoCommand implements Action {

    @Argument(name = "people", description = "How many people (default 200)")
    int people = 200;

    @Reference
    ContactDemoData demo;

    @Reference
    UserAdmin users;

    @Reference
    Authenticator authenticator;

    @Override
    public Object execute() throws Exception {
        ImportJob job = CurrentCaller.runAs(ShellCaller.current(users, authenticator), () -> demo.load(people));
        System.out.println("Import " + job.id() + " started: " + job.totalRows()
                + " people. rapport:contacts-imports shows how far it got.");
        return null;
    }
}
