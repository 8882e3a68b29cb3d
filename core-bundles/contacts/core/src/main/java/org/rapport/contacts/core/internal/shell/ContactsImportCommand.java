package org.rapport.contacts.core.internal.shell;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.rapport.contacts.api.ContactImports;
import org.rapport.contacts.api.ImportFormat;
import org.rapport.contacts.api.ImportJob;
import org.rapport.identity.api.UserAdmin;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.platform.api.web.ApiProblem;

@Command(scope = "rapport", name = "contacts-import", description = "Imports a CSV file or an Excel workbook (.xlsx)"
        + " from the server's disk as a background job (no upload size limit): the header names the fields, or --map"
        + " says which column is which; rows are matched on the key.")
@Service
public class ContactsImportCommand implements Action {

    @Argument(name = "file", required = true, description = "The CSV file (UTF-8, header row first), or an .xlsx"
            + " workbook")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--entity", description = "person (default) or organization")
    String entity = "person";

    @Option(name = "--key", description = "email (default), phone or externalId")
    String key = "email";

    @Option(name = "--dry-run", description = "Check and count every row, save nothing")
    boolean dryRun;

    @Option(name = "--map", multiValued = true, description = "header=field: the column with that header holds that"
            + " field (header= skips it); repeat it for each column. With any --map, columns not named are skipped")
    List<String> map;

    @Option(name = "--sheet", description = "For a workbook: the sheet to read (default: the first)")
    String sheet;

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
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String pair : map == null ? List.<String>of() : map) {
            int equals = pair.lastIndexOf('=');
            if (equals <= 0) {
                System.err.println("--map " + pair + ": write it as header=field (header= skips the column).");
                return null;
            }
            mapping.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        ImportFormat format = ImportFormat.ofFileName(path.getFileName().toString(), sheet);
        if (sheet != null && format.type() != ImportFormat.Type.XLSX) {
            System.err.println("--sheet is for .xlsx workbooks; " + path.getFileName() + " is read as CSV.");
            return null;
        }
        ImportJob job;
        try {
            job = CurrentCaller.runAs(ShellCaller.current(users, authenticator), () -> {
                try (InputStream file = Files.newInputStream(path)) {
                    return imports.start(entity, key, mapping, file, format, dryRun);
                }
            });
        } catch (ApiProblem refused) {
            System.err.println(refused.detail());
            refused.fieldErrors().forEach(error -> System.err.println("  " + error.field() + ": " + error.message()));
            return null;
        }
        System.out.println("Import " + job.id() + " started: " + job.totalRows() + " rows"
                + (dryRun ? " (dry run)" : "") + ". rapport:contacts-imports shows how far it got.");
        return null;
    }
}
