package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.rapport.contacts.api.Affiliation;
import org.rapport.contacts.api.ContactConflictException;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.Phone;
import org.rapport.contacts.api.PostalAddress;
import org.rapport.contacts.api.SocialHandle;
import org.rapport.platform.api.audit.AuditTrail;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.ui.api.DetailTab;
import org.rapport.ui.api.DetailTabs;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * One person or organization: its fields (those the user may see), its history from the audit trail (for those who
 * may read the trail) and the tabs other modules add for its record type. A record the user may not see shows the
 * same "not found" page as one that does not exist: the services make no difference between the two, and neither
 * does this page.
 */
abstract class ContactDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    /** The trail is the platform's; reading it needs the permission its own page and REST resource require. */
    static final String AUDIT_READ = "identity.audit.read";

    private final transient ContactService service;
    private final transient LocaleFormatting formatting;
    private final transient AuditTrail trail;
    private final transient DetailTabs tabs;
    private final ContactKind kind;
    private String title;

    ContactDetailView(ContactService service, LocaleFormatting formatting, AuditTrail trail, DetailTabs tabs) {
        this.service = service;
        this.formatting = formatting;
        this.trail = trail;
        this.tabs = tabs;
        this.kind = service.kind();
        setId("contact-detail");
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box");
        title = getTranslation(kind.key("title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Contact> found = event.getRouteParameters().get("id").flatMap(ContactDetailView::parse)
                .flatMap(service::find);
        if (found.isEmpty()) {
            notFound();
        } else {
            show(found.get());
        }
    }

    static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private void notFound() {
        title = getTranslation(kind.key("notFound"));
        H2 heading = new H2(title);
        heading.setId("contact-not-found");
        Paragraph hint = new Paragraph(getTranslation(kind.key("notFound.hint")));
        Anchor back = new Anchor(kind.listRoute(), getTranslation(kind.key("back")));
        add(heading, hint, back);
    }

    private void show(Contact contact) {
        title = Texts.shownName(this, contact);
        add(header(contact));
        if (contact.erasedAt() != null) {
            add(erasedNote(contact));
        }
        TabSheet sheet = new TabSheet();
        sheet.setId("contact-tabs");
        sheet.setWidthFull();
        sheet.add(getTranslation("contacts.detail.details"), details(contact)).setId("contact-tab-details");
        if (Texts.callerHas(AUDIT_READ)) {
            sheet.add(getTranslation("contacts.detail.history"),
                    new LazyTab(() -> new HistoryPanel(trail, formatting, kind, contact,
                            service.customFields().stream().collect(java.util.stream.Collectors.toMap(
                                    org.rapport.contacts.api.CustomFieldDefinition::key,
                                    org.rapport.contacts.api.CustomFieldDefinition::label))))).setId("contact-tab-history");
        }
        ownTabs(sheet, contact);
        String recordType = kind == ContactKind.PERSON ? "contacts.person" : "contacts.organization";
        for (DetailTab tab : tabs.forRecordType(recordType)) {
            if (tab.requiredPermission().map(Texts::callerHas).orElse(true)) {
                sheet.add(getTranslation(tab.titleKey()), new LazyTab(() -> tab.create(String.valueOf(contact.id()))));
            }
        }
        add(sheet);
    }

    /**
     * When the person's data was erased on request, under the name: the page otherwise shows only a placeholder and
     * empty fields, which would read as a record nobody filled in.
     */
    private Component erasedNote(Contact contact) {
        Span text = new Span(getTranslation("contacts.person.erasedOn",
                Texts.date(formatting, getLocale(), contact.erasedAt())));
        text.setId("contact-erased-on");
        com.vaadin.flow.component.icon.Icon icon = VaadinIcon.ERASER.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Div note = new Div(icon, text);
        note.setId("contact-erased");
        note.getElement().setAttribute("role", "note");
        note.getElement().setAttribute("title", Texts.dateTime(formatting, getLocale(), contact.erasedAt()));
        note.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-block-end", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-contrast-5pct)").set("color", "var(--lumo-secondary-text-color)")
                .set("border-inline-start", "4px solid var(--lumo-contrast-50pct)");
        return note;
    }

    /** Tabs of this kind of record only, after History (e.g. a person's possible duplicates). */
    void ownTabs(TabSheet sheet, Contact contact) {
    }

    private Component header(Contact contact) {
        H2 name = new H2(Texts.shownName(this, contact));
        name.setId("contact-name");
        name.getStyle().set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(name);
        if (!contact.hidden("stage") && contact.stage() != null) {
            header.add(Texts.stageBadge(this, contact.stage()));
        }
        Div spacer = new Div();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        Anchor back = new Anchor(kind.listRoute(), getTranslation(kind.key("back")));
        header.add(back);
        // an erased person's record is not filled in again (the contacts module refuses it)
        if (Texts.callerHas(kind.writePermission) && contact.erasedAt() == null) {
            Button edit = new Button(getTranslation("contacts.detail.edit"), VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(kind.editRoute(contact.id()))));
            edit.setId("contact-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(edit);
        }
        if (Texts.callerHas(kind.deletePermission)) {
            Button delete = new Button(getTranslation("contacts.detail.delete"), VaadinIcon.TRASH.create(),
                    click -> confirmDelete(contact));
            delete.setId("contact-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            header.add(delete);
        }
        actions(contact).forEach(header::add);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap").set("margin-block-end", "var(--lumo-space-m)");
        return header;
    }

    /** Further actions in the header of a record's page, after edit and delete; none by default. */
    List<Component> actions(Contact contact) {
        return List.of();
    }

    private void confirmDelete(Contact contact) {
        ConfirmDialog dialog = deleteDialog(this, "contact-delete-dialog",
                getTranslation(kind.key("delete.title"), Texts.shownName(this, contact)), getTranslation(kind.key("delete.text")));
        dialog.addConfirmListener(confirmed -> {
            try {
                service.delete(contact.id(), contact.version());
                Texts.notice(getTranslation(kind.key("deleted"), Texts.shownName(this, contact)),
                        NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(kind.listRoute()));
            } catch (ContactConflictException changed) {
                Texts.notice(getTranslation("contacts.conflict.delete"), NotificationVariant.LUMO_ERROR);
            } catch (ApiProblem problem) {
                Texts.notice(ProblemTexts.translate(this, problem.detail()), NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.open();
    }

    /** "Delete …?" with Cancel and a red Delete; the caller says what deleting does. */
    static ConfirmDialog deleteDialog(Component page, String id, String header, String text) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(page.getTranslation("contacts.form.cancel"));
        dialog.setConfirmText(page.getTranslation("contacts.detail.delete"));
        dialog.setConfirmButtonTheme("error primary");
        return dialog;
    }

    /** Label and value pairs in two columns that follow the writing direction; hidden fields are left out. */
    private Component details(Contact contact) {
        Div fields = new Div();
        fields.setId("contact-fields");
        fields.getStyle().set("display", "grid").set("grid-template-columns", "minmax(8rem, max-content) 1fr")
                .set("column-gap", "var(--lumo-space-l)").set("row-gap", "var(--lumo-space-s)")
                .set("align-items", "baseline").set("padding-block", "var(--lumo-space-m)");
        if (kind == ContactKind.ORGANIZATION) {
            field(fields, contact, "industry", text(contact.industry()));
        }
        field(fields, contact, "emails", list(contact.emails().stream().map(ContactDetailView::email)));
        field(fields, contact, "phones", list(contact.phones().stream().map(ContactDetailView::phone)));
        field(fields, contact, "addresses", list(contact.addresses().stream().map(ContactDetailView::address)));
        field(fields, contact, "socialHandles", list(contact.socialHandles().stream().map(ContactDetailView::social)));
        field(fields, contact, "website", contact.website() == null ? null : website(contact.website()));
        if (kind == ContactKind.PERSON) {
            field(fields, contact, "affiliations", list(contact.affiliations().stream().map(ContactDetailView::affiliation)));
        }
        field(fields, contact, "tags", contact.tags().isEmpty() ? null
                : text(Texts.joinList(getLocale(), contact.tags())));
        field(fields, contact, "stage", contact.stage() == null ? null : text(Texts.stage(this, contact.stage())));
        field(fields, contact, "owner", owner(contact.owner()));
        field(fields, contact, "leadSource", text(contact.leadSource()));
        Component notes = text(contact.notes());
        if (notes != null) {
            notes.getElement().getStyle().set("white-space", "pre-wrap");
        }
        field(fields, contact, "notes", notes);
        if (contact.externalId() != null) {
            field(fields, contact, "externalId", new Span(Texts.ltr(contact.externalId())));
        }
        for (org.rapport.contacts.api.CustomFieldDefinition custom : service.customFields()) {
            if (!contact.hidden("custom." + custom.key())) {
                label(fields, custom.label());
                Object value = contact.custom().get(custom.key());
                Span shown = new Span(value == null ? "—"
                        : CustomValueTexts.text(this, getLocale(), formatting, custom, value));
                shown.getElement().setAttribute("data-field", "custom." + custom.key());
                fields.add(shown);
            }
        }
        label(fields, getTranslation("contacts.detail.created"));
        fields.add(new Span(Texts.dateTime(formatting, getLocale(), contact.createdAt())));
        label(fields, getTranslation("contacts.detail.updated"));
        fields.add(new Span(Texts.dateTime(formatting, getLocale(), contact.updatedAt())));
        return fields;
    }

    private void field(Div fields, Contact contact, String field, Component value) {
        if (contact.hidden(field)) {
            return;
        }
        label(fields, getTranslation(kind.fieldKey(field)));
        Component shown = value == null ? new Span("—") : value;
        shown.getElement().setAttribute("data-field", field);
        fields.add(shown);
    }

    private static void label(Div fields, String text) {
        Span label = new Span(text);
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        fields.add(label);
    }

    private static Component text(String value) {
        return value == null || value.isBlank() ? null : new Span(value);
    }

    static Component list(Stream<Component> items) {
        List<Component> all = items.toList();
        if (all.isEmpty()) {
            return null;
        }
        Div column = new Div();
        column.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        all.forEach(column::add);
        return column;
    }

    static Component email(Email email) {
        Anchor link = new Anchor("mailto:" + email.address(), Texts.ltr(email.address()));
        return labelled(link, email.label());
    }

    static Component phone(Phone phone) {
        Anchor link = new Anchor("tel:" + phone.number(), Texts.ltr(phone.number()));
        return labelled(link, phone.label());
    }

    private static Component labelled(Component value, String label) {
        if (label == null || label.isBlank()) {
            return value;
        }
        Span note = new Span(label);
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin-inline-start", "var(--lumo-space-s)");
        return new Span(value, note);
    }

    static Component address(PostalAddress a) {
        String lines = Stream.of(a.street(), Stream.of(a.postalCode(), a.city()).filter(ContactDetailView::present)
                .collect(Collectors.joining(" ")), a.region(), a.country()).filter(ContactDetailView::present)
                .collect(Collectors.joining("\n"));
        Span text = new Span(lines);
        text.getStyle().set("white-space", "pre-line");
        return labelled(text, a.label());
    }

    static Component social(SocialHandle handle) {
        return new Span(handle.network() + ": " + Texts.ltr(handle.handle()));
    }

    private static Component website(String site) {
        String href = site.contains("://") ? site : "https://" + site;
        Anchor link = new Anchor(href, Texts.ltr(site));
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }

    static Component affiliation(Affiliation a) {
        Anchor organization = new Anchor(ContactKind.ORGANIZATION.detailRoute(a.organizationId()),
                a.organizationName() == null ? "#" + a.organizationId() : a.organizationName());
        return labelled(organization, a.role());
    }

    private Component owner(Owner owner) {
        String text = Texts.owner(this, owner);
        return text == null ? null : new Span(text);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
