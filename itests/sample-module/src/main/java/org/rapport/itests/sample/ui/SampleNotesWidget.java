package org.rapport.itests.sample.ui;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.itests.sample.api.SampleNotes;
import org.rapport.itests.sample.internal.SamplePermissions;
import org.rapport.ui.api.DashboardWidget;

import com.vaadin.flow.component.html.Span;

/** A home card with the number of notes. */
@Component
public final class SampleNotesWidget implements DashboardWidget {

    private final SampleNotes notes;

    @Activate
    public SampleNotesWidget(@Reference SampleNotes notes) {
        this.notes = notes;
    }

    @Override
    public String id() {
        return "sample.notes";
    }

    @Override
    public java.util.Optional<String> requiredPermission() {
        return java.util.Optional.of(SamplePermissions.READ);
    }

    @Override
    public String titleKey() {
        return "sample.notes.title";
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Span count = new Span();
        count.setText(count.getTranslation("sample.notes.count", notes.count()));
        count.setId("sample-notes-count");
        return count;
    }
}
