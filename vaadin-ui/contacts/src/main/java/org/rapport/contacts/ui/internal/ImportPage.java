package org.rapport.contacts.ui.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.ContactImports;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.ViewContribution;

/** The import wizard, {@code contacts/import}: reached from the lists' Import button, for those who may import. */
@Component(service = ViewContribution.class)
public final class ImportPage implements ViewContribution {

    static final String ROUTE = "contacts/import";

    private final ContactImports imports;
    private final LocaleFormatting formatting;

    @Activate
    public ImportPage(@Reference ContactImports imports, @Reference LocaleFormatting formatting) {
        this.imports = imports;
        this.formatting = formatting;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<ImportView> viewType() {
        return ImportView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ImportView(imports, formatting);
    }

    @Override
    public String titleKey() {
        return "contacts.import.title";
    }

    @Override
    public String icon() {
        return "UPLOAD";
    }

    @Override
    public String menuGroup() {
        return MenuGroups.SALES;
    }

    @Override
    public boolean inMenu() {
        return false;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(ContactPermissions.PERSON_IMPORT);
    }
}
