package org.rapport.contacts.core.internal.shell;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.rapport.contacts.api.ContactImports;
import org.rapport.contacts.api.ImportJob;
import org.rapport.identity.api.UserAdmin;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.CurrentCaller;

@Command(scope = "rapport", name = "contacts-import", description = "Imports a CSV file from the server's disk as a"
        + " background job (no upload size limit): the header names the fields, rows are matched on the key.")
@Service
public class ContactsImportCommand implements Action {

    @Argument(name = "file", required = true, description = "The CSV file (UTF-8, header row first)")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--entity", description = "person (default) or organization")
    String entity = "person";

    @Option(name = "--key", description = "email (default), phone or externalId")
    String key = "email";

    @Option(name = "--dry-run", description = "Check and count every row, save nothing")
    boolean dryRun;

    @Reference
    ContactImports imports;

    @Reference
    UserAdmin users;

    @Reference
    Authenticator authenticator;

    @Override
    public Object execute() throws Exception {
        Path path = Paths.get(file);
        if (!Files.isReadable(path)) {
            System.err.println("Cannot read " + path.toAbsolutePath() + ".");
            return null;
        }
        ImportJob job = CurrentCaller.runAs(ShellCaller.current(users, authenticator), () -> {
            try (InputStream csv = Files.newInputStream(path)) {
                return imports.start(entity, key, csv, dryRun);
            }
        });
        System.out.println("Import " + job.id() + " started: " + job.totalRows() + " rows"
                + (dryRun ? " (dry run)" : "") + ". rapport:contacts-imports shows how far it got.");
        return null;
    }
}
