package org.rapport.itests.sample.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.itests.sample.api.SampleNotes;
import org.rapport.itests.sample.internal.SamplePermissions;
import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.ViewContribution;

/** Contributes the notes page at /sample/notes, in the Workspace section of the drawer. */
@Component
public final class SampleNotesPage implements ViewContribution {

    private final SampleNotes notes;

    @Activate
    public SampleNotesPage(@Reference SampleNotes notes) {
        this.notes = notes;
    }

    @Override
    public String route() {
        return "sample/notes";
    }

    @Override
    public Class<SampleNotesView> viewType() {
        return SampleNotesView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new SampleNotesView(notes);
    }

    @Override
    public String titleKey() {
        return "sample.notes.title";
    }

    @Override
    public String icon() {
        return "NOTEBOOK";
    }

    @Override
    public java.util.Optional<String> requiredPermission() {
        return java.util.Optional.of(SamplePermissions.READ);
    }

    @Override
    public String menuGroup() {
        return MenuGroups.WORKSPACE;
    }
}
