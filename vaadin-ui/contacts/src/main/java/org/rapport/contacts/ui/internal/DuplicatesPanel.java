package org.rapport.contacts.ui.internal;

import java.util.List;

import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.DuplicateCandidate;
import org.rapport.contacts.api.PersonDuplicates;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.Component;
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
        Grid<DuplicateCandidate> grid = candidateGrid(this, getLocale(), "contact-duplicates-grid");
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

    /**
     * The candidates' grid without actions: each name opens that person's page (in the same tab), with how alike they
     * are and what matched, in the language of {@code texts} (lists joined as {@code locale} does).
     */
    static Grid<DuplicateCandidate> candidateGrid(Component texts, java.util.Locale locale, String id) {
        Grid<DuplicateCandidate> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(c -> {
            Anchor name = new Anchor(ContactKind.PERSON.detailRoute(c.id()), c.displayName());
            name.getElement().setAttribute("data-person", String.valueOf(c.id()));
            return name;
        }).setHeader(texts.getTranslation("contacts.list.name")).setFlexGrow(2);
        grid.addColumn(c -> texts.getTranslation("contacts.duplicates.score", c.score()))
                .setHeader(texts.getTranslation("contacts.duplicates.likeness")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Texts.joinList(locale, c.reasons().stream()
                .map(reason -> texts.getTranslation("contacts.duplicates.reason." + reason)).toList()))
                .setHeader(texts.getTranslation("contacts.duplicates.reasons")).setFlexGrow(2);
        return grid;
    }

    /** Merging writes one person and deletes the other: both permissions, as the contacts module requires. */
    static boolean mayMerge() {
        return Texts.callerHas(ContactPermissions.PERSON_WRITE) && Texts.callerHas(ContactPermissions.PERSON_DELETE);
    }
}
