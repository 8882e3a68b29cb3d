package org.rapport.platform.modules.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rapport.platform.api.modules.ModuleInfo;
import org.rapport.platform.api.modules.ModuleRegistry;

@Command(scope = "rapport", name = "modules", description = "Lists Rapport modules and plugins: id, version, state, schema version.")
@Service
public class ListModulesCommand implements Action {

    @Reference
    ModuleRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Version");
        table.column("State");
        table.column("Schema");
        table.column("Details");
        for (ModuleInfo module : registry.modules()) {
            table.addRow().addContent(module.id(), module.version(), module.state(),
                    module.schemaVersion() == null ? "-" : module.schemaVersion(),
                    module.message() == null ? (module.required() ? "required" : "") : module.message());
        }
        table.print(System.out);
        return null;
    }
}
