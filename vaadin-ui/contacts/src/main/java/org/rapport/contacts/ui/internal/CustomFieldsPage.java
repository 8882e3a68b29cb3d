package org.rapport.contacts.ui.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.CustomFields;
import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.ViewContribution;

/** Administration → Custom fields; there while the contacts module is, for holders of the custom field right. */
@Component(service = ViewContribution.class)
public final class CustomFieldsPage implements ViewContribution {

    private final CustomFields fields;

    @Activate
    public CustomFieldsPage(@Reference CustomFields fields) {
        this.fields = fields;
    }

    @Override
    public String route() {
        return "admin/custom-fields";
    }

    @Override
    public Class<CustomFieldsView> viewType() {
        return CustomFieldsView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new CustomFieldsView(fields);
    }

    @Override
    public String titleKey() {
        return "contacts.customFields.title";
    }

    @Override
    public String icon() {
        return "LIST";
    }

    @Override
    public String menuGroup() {
        return MenuGroups.ADMIN;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(ContactPermissions.CUSTOM_FIELD_ADMIN);
    }
}
