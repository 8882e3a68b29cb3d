package org.rapport.contacts.ui.internal;

import java.util.List;

import org.rapport.contacts.api.DuplicateCandidate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asked before a new person is created who may already be there: the people found (each opens their page), how alike
 * and why, then "Create anyway" or "Cancel" (back to the form as it was). Users who may merge are told they can also
 * create and merge later on the Possible duplicates tab.
 */
final class CreateDuplicatesDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    CreateDuplicatesDialog(List<DuplicateCandidate> candidates, Runnable createAnyway) {
        setHeaderTitle(getTranslation("contacts.duplicates.create.title"));
        setWidth("min(48rem, 96vw)");
        setCloseOnOutsideClick(false);

        Div content = new Div();
        content.setId("contact-create-duplicates");
        Paragraph intro = new Paragraph(getTranslation("contacts.duplicates.create.intro", candidates.size()));
        intro.setId("contact-create-duplicates-intro");
        intro.getStyle().set("margin-block", "0 var(--lumo-space-m)");
        Grid<DuplicateCandidate> grid = DuplicatesPanel.candidateGrid(this, getLocale(), "contact-create-duplicates-grid");
        grid.setItems(candidates);
        content.add(intro, grid);
        if (DuplicatesPanel.mayMerge()) {
            Paragraph mergeLater = new Paragraph(getTranslation("contacts.duplicates.create.mergeLater"));
            mergeLater.setId("contact-create-duplicates-merge");
            mergeLater.getStyle().set("margin-block", "var(--lumo-space-m) 0")
                    .set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            content.add(mergeLater);
        }
        add(content);

        Button cancel = new Button(getTranslation("contacts.form.cancel"), click -> close());
        cancel.setId("contact-create-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button anyway = new Button(getTranslation("contacts.duplicates.create.anyway"), click -> {
            close();
            createAnyway.run();
        });
        anyway.setId("contact-create-anyway");
        anyway.setDisableOnClick(true);
        getFooter().add(anyway, cancel);
        // the safe answer has the focus: Enter does not create a second record by accident
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                cancel.focus();
            }
        });
    }
}
