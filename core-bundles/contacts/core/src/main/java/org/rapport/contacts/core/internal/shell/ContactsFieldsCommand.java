package org.rapport.contacts.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFields;
import org.rapport.identity.api.UserAdmin;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.CurrentCaller;

@Command(scope = "rapport", name = "contacts-fields", description = "Lists the custom fields of people or"
        + " organizations: key, label, type, required, shown in the list, retired.")
@Service
public class ContactsFieldsCommand implements Action {

    @Argument(name = "entity", description = "person (default) or organization")
    String entity = CustomFieldDefinition.PERSON;

    @Option(name = "--retired", description = "include retired fields")
    boolean withRetired;

    @Reference
    CustomFields fields;

    @Reference
    UserAdmin users;

    @Reference
    Authenticator authenticator;

    @Override
    public Object execute() throws Exception {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Key", "Label", "Type", "Choices", "Required", "In list", "Retired"}) {
            table.column(column);
        }
        for (CustomFieldDefinition field : CurrentCaller.runAs(ShellCaller.current(users, authenticator),
                () -> fields.definitions(entity, withRetired))) {
            table.addRow().addContent(field.key(), field.label(), field.type(), String.join(";", field.choices()),
                    field.required(), field.showInList(), field.retired());
        }
        table.print(System.out);
        return null;
    }
}
