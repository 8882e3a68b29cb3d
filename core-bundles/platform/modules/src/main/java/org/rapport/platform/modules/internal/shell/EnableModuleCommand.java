package org.rapport.platform.modules.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.rapport.platform.api.modules.ModuleInfo;
import org.rapport.platform.api.modules.ModuleOperationException;
import org.rapport.platform.api.modules.ModuleRegistry;

@Command(scope = "rapport", name = "module-enable", description = "Enables a module: installs its feature again.")
@Service
public class EnableModuleCommand implements Action {

    @Argument(index = 0, name = "id", description = "The module id, as listed by rapport:modules", required = true)
    @Completion(ModuleIdCompleter.class)
    String id;

    @Reference
    ModuleRegistry registry;

    @Override
    public Object execute() throws ModuleOperationException {
        ModuleInfo module = registry.enable(id);
        String detail = module.message() == null ? "" : " (" + module.message() + ")";
        System.out.println("Module " + module.id() + " is " + module.state() + detail + ".");
        return null;
    }
}
