package org.rapport.contacts.ui.internal;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.rapport.contacts.api.Affiliation;
import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.Page;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.Persons;

/**
 * The people linked to one organization, by name, 50 at a time ("Show more" continues with the list's cursor): each
 * with their role there, first email and first phone, as far as the user may see them.
 */
final class OrganizationPeoplePanel extends Div {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    private final transient Persons persons;
    private final long organizationId;
    private final Grid<Person> grid = new Grid<>();
    private final Button more = new Button();
    private final Paragraph summary = new Paragraph();
    private final List<Person> shown = new ArrayList<>();
    private String cursor;

    OrganizationPeoplePanel(Persons persons, long organizationId) {
        this.persons = persons;
        this.organizationId = organizationId;
        setId("organization-people");
        setWidthFull();
        grid.setId("organization-people-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(p -> new Anchor(ContactKind.PERSON.detailRoute(p.id()), Texts.shownName(this, p)))
                .setHeader(getTranslation("contacts.list.name")).setFlexGrow(2);
        grid.addColumn(this::role).setHeader(getTranslation("contacts.organization.people.role")).setFlexGrow(1);
        grid.addColumn(p -> p.emails().isEmpty() ? "" : Texts.ltr(p.emails().get(0).address()))
                .setHeader(getTranslation("contacts.person.field.emails")).setFlexGrow(2);
        grid.addColumn(p -> p.phones().isEmpty() ? "" : Texts.ltr(p.phones().get(0).number()))
                .setHeader(getTranslation("contacts.person.field.phones")).setFlexGrow(1);
        more.setText(getTranslation("contacts.history.more"));
        more.setId("organization-people-more");
        more.addClickListener(click -> load());
        summary.setId("organization-people-summary");
        add(summary, grid, more);
        load();
    }

    private void load() {
        ContactQuery query = ContactQuery.first(PAGE).withOrganization(organizationId);
        Page<Person> page = persons.list(cursor == null ? query : query.after(cursor));
        shown.addAll(page.items());
        cursor = page.nextCursor();
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        more.setVisible(cursor != null);
        summary.setText(shown.isEmpty() ? getTranslation("contacts.organization.people.none")
                : Texts.total(this, ContactKind.PERSON, page.total(), page.totalEstimated()));
    }

    private String role(Person person) {
        return person.affiliations().stream().filter(a -> a.organizationId() == organizationId)
                .map(Affiliation::role).filter(r -> r != null).findFirst().orElse("");
    }
}
