package org.rapport.itests.sample.ui;

import org.rapport.itests.sample.api.SampleNotes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The sample module's page: its notes and a field to add one. Enough to prove a contributed view works. */
public final class SampleNotesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient SampleNotes notes;
    private final Grid<String> list = new Grid<>();

    public SampleNotesView(SampleNotes notes) {
        this.notes = notes;
        setId("sample-notes");
        setSizeFull();
        H2 heading = new H2(getTranslation("sample.notes.title"));
        TextField text = new TextField();
        text.setId("sample-note-text");
        text.setPlaceholder(getTranslation("sample.notes.placeholder"));
        text.setWidth("min(30rem, 100%)");
        Button add = new Button(getTranslation("sample.notes.add"), click -> {
            if (!text.getValue().isBlank()) {
                notes.add(text.getValue().strip());
                text.clear();
                refresh();
            }
        });
        add.setId("sample-note-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.setId("sample-notes-grid");
        list.addColumn(note -> note).setHeader(getTranslation("sample.notes.text"));
        add(heading, new HorizontalLayout(text, add), list);
        setFlexGrow(1, list);
        refresh();
    }

    private void refresh() {
        list.setItems(notes.texts());
    }
}
