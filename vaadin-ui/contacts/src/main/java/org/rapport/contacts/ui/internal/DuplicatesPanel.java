package org.rapport.contacts.ui.internal;

import java.util.List;

import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.DuplicateCandidate;
import org.rapport.contacts.api.PersonDuplicates;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A person's possible duplicates, found when the tab is opened (same email, same phone, or a nearly equal name;
 * only people the user may see), best first, each with what matched and a way to merge it into this person.
 */
final class DuplicatesPanel extends Div {

    private static final long serialVersionUID = 1L;

    DuplicatesPanel(PersonDuplicates duplicates, Contact person) {
        setId("contact-duplicates");
        setWidthFull();
        Paragraph summary = new Paragraph();
        summary.setId("contact-duplicates-summary");
        add(summary);
        List<DuplicateCandidate> candidates;
        try {
            candidates = duplicates.candidatesOf(person.id());
        } catch (ApiProblem problem) {
            summary.setText(ProblemTexts.translate(this, String.valueOf(problem.detail())));
            return;
        }
        if (candidates.isEmpty()) {
            summary.setText(getTranslation("contacts.duplicates.none"));
            return;
        }
        summary.setText(getTranslation("contacts.duplicates.found", candidates.size()));
        Grid<DuplicateCandidate> grid = new Grid<>();
        grid.setId("contact-duplicates-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(c -> new Anchor(ContactKind.PERSON.detailRoute(c.id()), c.displayName()))
                .setHeader(getTranslation("contacts.list.name")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("contacts.duplicates.score", c.score()))
                .setHeader(getTranslation("contacts.duplicates.likeness")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Texts.joinList(getLocale(), c.reasons().stream()
                .map(reason -> getTranslation("contacts.duplicates.reason." + reason)).toList()))
                .setHeader(getTranslation("contacts.duplicates.reasons")).setFlexGrow(2);
        grid.addComponentColumn(c -> {
            Button merge = new Button(getTranslation("contacts.duplicates.merge"), VaadinIcon.COMPRESS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(PersonMergeView.route(person.id(), c.id()))));
            merge.addThemeVariants(ButtonVariant.LUMO_SMALL);
            merge.getElement().setAttribute("data-merge", String.valueOf(c.id()));
            return merge;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(candidates);
        add(grid);
    }

    /** Merging writes one person and deletes the other: both permissions, as the contacts module requires. */
    static boolean mayMerge() {
        return Texts.callerHas(ContactPermissions.PERSON_WRITE) && Texts.callerHas(ContactPermissions.PERSON_DELETE);
    }
}
