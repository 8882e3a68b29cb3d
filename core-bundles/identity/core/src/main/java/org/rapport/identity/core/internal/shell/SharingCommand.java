package org.rapport.identity.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rapport.identity.api.RecordTypeView;
import org.rapport.identity.api.SharingAdmin;
import org.rapport.platform.api.access.RecordType;

@Command(scope = "rapport", name = "sharing",
        description = "Lists the record types of the running modules with their org-wide defaults.")
@Service
public class SharingCommand implements Action {

    @Reference
    SharingAdmin sharing;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Record type");
        table.column("Module");
        table.column("Org-wide default");
        table.column("Initial default");
        table.column("Fields");
        for (RecordTypeView type : sharing.recordTypes()) {
            table.addRow().addContent(type.id(), type.module(), type.orgWideDefault(), type.initialDefault(),
                    String.join(", ", type.fields().stream().map(RecordType.Field::name).toList()));
        }
        table.print(System.out);
        return null;
    }
}
