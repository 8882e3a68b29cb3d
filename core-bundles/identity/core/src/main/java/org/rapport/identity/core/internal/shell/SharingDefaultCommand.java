package org.rapport.identity.core.internal.shell;

import java.util.Arrays;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.rapport.identity.api.RecordTypeView;
import org.rapport.identity.api.SharingAdmin;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.web.ApiProblem;

@Command(scope = "rapport", name = "sharing-default",
        description = "Sets the org-wide default of a record type: PRIVATE, PUBLIC_READ or PUBLIC_READ_WRITE.")
@Service
public class SharingDefaultCommand implements Action {

    @Argument(index = 0, name = "type", required = true, description = "the record type, e.g. contacts.person (see rapport:sharing)")
    @Completion(RecordTypeCompleter.class)
    String type;

    @Argument(index = 1, name = "default", required = true, description = "PRIVATE, PUBLIC_READ or PUBLIC_READ_WRITE")
    @Completion(value = StringsCompleter.class, values = {"PRIVATE", "PUBLIC_READ", "PUBLIC_READ_WRITE"})
    String orgWideDefault;

    @Reference
    SharingAdmin sharing;

    @Override
    public Object execute() {
        OrgWideDefault chosen;
        try {
            chosen = OrgWideDefault.valueOf(orgWideDefault.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("'" + orgWideDefault + "' is not an org-wide default: use one of "
                    + Arrays.toString(OrgWideDefault.values()) + ".");
        }
        try {
            RecordTypeView changed = sharing.setOrgWideDefault(type, chosen);
            System.out.println("Org-wide default of " + changed.id() + " is now " + changed.orgWideDefault() + ".");
        } catch (ApiProblem problem) {
            throw Problems.forShell(problem);
        }
        return null;
    }
}
