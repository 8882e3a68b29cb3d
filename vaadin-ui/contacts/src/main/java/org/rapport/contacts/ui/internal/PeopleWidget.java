package org.rapport.contacts.ui.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.Page;
import org.rapport.contacts.api.Persons;
import org.rapport.ui.api.DashboardWidget;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A home card: how many people the user can see, and the five changed last. */
@Component(service = DashboardWidget.class)
public final class PeopleWidget implements DashboardWidget {

    static final int RECENT = 5;

    private final ContactService people;

    @Activate
    public PeopleWidget(@Reference Persons persons) {
        this.people = ContactService.of(persons, null);
    }

    @Override
    public String id() {
        return "contacts.persons";
    }

    @Override
    public String titleKey() {
        return "contacts.widget.title";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(ContactPermissions.PERSON_READ);
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Div card = new Div();
        card.setId("contacts-widget");
        Page<Contact> recent = people.list(new ContactQuery(null, null, null, ContactQuery.Sort.UPDATED_DESC, RECENT,
                null));
        Span count = new Span(Texts.total(card, ContactKind.PERSON, recent.total(), recent.totalEstimated()));
        count.setId("contacts-widget-count");
        count.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        if (recent.items().isEmpty()) {
            // "0 people" above "No people yet" says the same thing twice: the sentence is friendlier.
            Paragraph empty = new Paragraph(card.getTranslation("contacts.widget.empty"));
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
            card.add(empty);
            if (Texts.callerHas(ContactPermissions.PERSON_WRITE)) {
                card.add(new Anchor(ContactKind.PERSON.newRoute(), card.getTranslation("contacts.persons.new")));
            }
            return card;
        }
        card.add(count);
        Span heading = new Span(card.getTranslation("contacts.widget.recent"));
        heading.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)").set("margin-block", "var(--lumo-space-s) var(--lumo-space-xs)");
        card.add(heading);
        Div list = new Div();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        for (Contact person : recent.items()) {
            list.add(new Anchor(ContactKind.PERSON.detailRoute(person.id()), Texts.shownName(card, person)));
        }
        card.add(list);
        return card;
    }
}
