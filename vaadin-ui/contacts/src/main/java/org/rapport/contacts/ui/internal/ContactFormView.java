package org.rapport.contacts.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.contacts.api.ContactConflictException;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.DuplicateCandidate;
import org.rapport.contacts.api.Email;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Phone;
import org.rapport.platform.api.access.RecordAccess;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Creates or edits a person or an organization. The contacts module decides what is valid and who may change what:
 * this form shows its answers. Fields hidden from the user are not on the form, read-only ones are disabled and
 * sent back as they were; each invalid field gets its message; a change someone else saved first is reported with
 * a choice (reload theirs, or keep editing yours and save over it). Whatever the user typed stays in the form on
 * every error. Before a new person is created, the people it may already be are shown, to open or create anyway.
 */
abstract class ContactFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Pattern ENTRY_FIELD = Pattern.compile("(emails|phones)\\[(\\d+)\\]\\.(\\w+)");
    /** Tags are typed as one list: Latin, Arabic and ideographic commas all separate them. */
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[,،、]");

    private final transient ContactService service;
    private final transient RecordAccess access;
    private final transient LocaleFormatting formatting;
    private final ContactKind kind;
    private final boolean editing;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Div problems = new Div();
    private final Div conflict = new Div();
    private Contact original;
    private long version;
    private String title;
    private TextField firstName;
    private TextField lastName;
    private TextField name;
    private TextField industry;
    private EntryRows emails;
    private EntryRows phones;
    private Select<LifecycleStage> stage;
    private TextField tags;
    private TextField website;
    private TextField leadSource;
    private TextArea notes;
    private CustomFieldInputs customInputs;
    /** {@code null} when the owner is hidden from the user or the directory of names is not there. */
    private transient OwnerPicker ownerPicker;
    /** The rows last sent, in the order sent: the service's {@code emails[i]} is the i-th of them. */
    private List<EntryRows.Row> sentEmails = List.of();
    private List<EntryRows.Row> sentPhones = List.of();
    private CreateDuplicateCheck duplicateCheck = new CreateDuplicateCheck();

    /** @param access the caller's field rules for a new record; {@code null} when editing (the record has its own) */
    ContactFormView(ContactService service, boolean editing, RecordAccess access, LocaleFormatting formatting) {
        this.service = service;
        this.access = access;
        this.formatting = formatting;
        this.kind = service.kind();
        this.editing = editing;
        setId("contact-form");
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box").set("max-width", "60rem");
        title = getTranslation(kind.key("new"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!editing) {
            build(Contact.blank(Texts.fieldRules(access, kind)));
            return;
        }
        Optional<Contact> found = event.getRouteParameters().get("id").flatMap(ContactDetailView::parse)
                .flatMap(service::find);
        if (found.isPresent() && found.get().erasedAt() != null) {
            erased(found.get());
        } else if (found.isPresent()) {
            build(found.get());
        } else {
            removeAll();
            title = getTranslation(kind.key("notFound"));
            H2 heading = new H2(title);
            heading.setId("contact-not-found");
            add(heading, new Paragraph(getTranslation(kind.key("notFound.hint"))),
                    new Anchor(kind.listRoute(), getTranslation(kind.key("back"))));
        }
    }

    /** An erased person is not filled in again: the page says so instead of offering the placeholder to edit. */
    private void erased(Contact contact) {
        removeAll();
        title = Texts.shownName(this, contact);
        H2 heading = new H2(title);
        Paragraph why = new Paragraph(getTranslation("contacts.form.erased"));
        why.setId("contact-form-erased");
        add(heading, why, new Anchor(kind.detailRoute(contact.id()), getTranslation("contacts.form.erased.back")));
    }

    private void build(Contact contact) {
        removeAll();
        fields.clear();
        duplicateCheck = new CreateDuplicateCheck();
        original = contact;
        version = contact.version();
        title = editing ? getTranslation("contacts.form.editTitle", Texts.shownName(this, contact)) : getTranslation(kind.key("new"));
        H2 heading = new H2(title);
        heading.getStyle().set("margin-block", "0 var(--lumo-space-m)");

        problems.setId("contact-form-problems");
        problems.getElement().setAttribute("role", "alert");
        alertStyle(problems, "error");
        problems.setVisible(false);
        conflict.setId("contact-conflict");
        conflict.getElement().setAttribute("role", "alert");
        alertStyle(conflict, "warning");
        conflict.setVisible(false);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        if (kind == ContactKind.PERSON) {
            firstName = text(form, "firstName", contact.firstName());
            lastName = text(form, "lastName", contact.lastName());
        } else {
            name = text(form, "name", contact.name());
            industry = text(form, "industry", contact.industry());
        }
        emails = entries(form, "emails", "contacts.form.email", contact.emails(), Email::address, Email::label);
        phones = entries(form, "phones", "contacts.form.phone", contact.phones(), Phone::number, Phone::label);
        if (!contact.hidden("stage")) {
            stage = new Select<>();
            stage.setId("contact-field-stage");
            stage.setLabel(getTranslation(kind.fieldKey("stage")));
            stage.setItems(LifecycleStage.values());
            stage.setEmptySelectionAllowed(true);
            stage.setEmptySelectionCaption(getTranslation("contacts.stage.none"));
            stage.setItemLabelGenerator(value -> value == null ? getTranslation("contacts.stage.none")
                    : Texts.stage(this, value));
            stage.setValue(contact.stage());
            place(form, "stage", stage, contact);
        }
        tags = text(form, "tags", Texts.joinList(getLocale(), contact.tags()));
        if (tags != null) {
            tags.setHelperText(getTranslation("contacts.form.tags.help"));
        }
        website = text(form, "website", contact.website());
        if (website != null) {
            Texts.typedDirectionAuto(website);
        }
        leadSource = text(form, "leadSource", contact.leadSource());
        ownerPicker = OwnerPicker.add(this, form, contact, editing, fields).orElse(null);
        if (!contact.hidden("notes")) {
            notes = new TextArea(getTranslation(kind.fieldKey("notes")));
            notes.setId("contact-field-notes");
            notes.setValue(contact.notes() == null ? "" : contact.notes());
            notes.setMinHeight("6rem");
            place(form, "notes", notes, contact);
            form.setColspan(notes, 2);
        }
        customInputs = CustomFieldInputs.add(service.customFields(), contact, form, fields, formatting,
                getLocale());

        Button save = new Button(getTranslation("contacts.form.save"), click -> save());
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("contacts.form.cancel"), click -> getUI().ifPresent(ui -> ui.navigate(
                editing ? kind.detailRoute(contact.id()) : kind.listRoute())));
        cancel.setId("contact-cancel");
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.getStyle().set("margin-block-start", "var(--lumo-space-l)");
        add(heading, problems, conflict, form, buttons);
    }

    private TextField text(FormLayout form, String field, String value) {
        if (original.hidden(field)) {
            return null;
        }
        TextField input = new TextField(getTranslation(kind.fieldKey(field)));
        input.setId("contact-field-" + field);
        input.setValue(value == null ? "" : value);
        place(form, field, input, original);
        return input;
    }

    private <T extends Component & HasValidation & HasEnabled> void place(FormLayout form, String field, T input,
            Contact contact) {
        input.setEnabled(!contact.readOnly(field));
        fields.put(field, input);
        form.add(input);
    }

    private <T> EntryRows entries(FormLayout form, String field, String keyPrefix, List<T> values,
            Function<T, String> value, Function<T, String> label) {
        if (original.hidden(field)) {
            return null;
        }
        EntryRows rows = new EntryRows("contact-field-" + field, getTranslation(kind.fieldKey(field)),
                getTranslation(keyPrefix), getTranslation("contacts.form.label"), getTranslation(keyPrefix + ".add"),
                getTranslation("contacts.form.remove"));
        values.forEach(entry -> rows.addRow(value.apply(entry), label.apply(entry)));
        if (values.isEmpty()) {
            rows.addRow("", "");
        }
        if (original.readOnly(field)) {
            rows.disable();
        }
        form.add(rows);
        form.setColspan(rows, 2);
        return rows;
    }

    private void save() {
        clearProblems();
        if (ownerPicker != null && !ownerPicker.checkChosen()) {
            showProblems(null, List.of());
            return;
        }
        if (customInputs != null && !customInputs.datesRead()) {
            // the date's own message is beside it; nothing is sent, and what was typed stays
            showProblems(null, List.of());
            return;
        }
        Contact values = values();
        if (!editing) {
            List<DuplicateCandidate> ask = duplicateCheck.toAsk(service.duplicatesOf(values));
            if (!ask.isEmpty()) {
                askAboutDuplicates(ask, values);
                return;
            }
        }
        store(values);
    }

    /** The dialog is the form's child, so it goes when the user opens one of the people it lists. */
    private void askAboutDuplicates(List<DuplicateCandidate> candidates, Contact values) {
        CreateDuplicatesDialog dialog = new CreateDuplicatesDialog(candidates, () -> {
            duplicateCheck.acknowledge(candidates);
            store(values);
        });
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                dialog.getElement().removeFromParent();
            }
        });
        add(dialog);
        dialog.open();
    }

    private void store(Contact values) {
        try {
            Contact saved = editing ? service.update(original.id(), version, values) : service.create(values);
            if (!java.util.Objects.equals(saved.owner(), original.owner()) && service.find(saved.id()).isEmpty()) {
                // given to someone outside the user's sight: the record's page would only say "not found"
                Texts.notice(getTranslation("contacts.owners.outOfSight", Texts.shownName(this, saved),
                        Texts.owner(this, saved.owner())), NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(kind.listRoute()));
                return;
            }
            Texts.notice(getTranslation(kind.key(editing ? "saved" : "created"), Texts.shownName(this, saved)),
                    NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(kind.detailRoute(saved.id())));
        } catch (ContactConflictException changed) {
            showConflict(changed.currentVersion());
        } catch (ContactNotFoundException gone) {
            showProblems(getTranslation(kind.key("gone")), List.of());
        } catch (ApiProblem problem) {
            showProblems(problem.detail(), problem.fieldErrors());
        }
    }

    /** What the form says now; fields the user may not change go back exactly as they came. */
    private Contact values() {
        List<Email> emailValues = new ArrayList<>();
        List<Phone> phoneValues = new ArrayList<>();
        sentEmails = collect(emails, "emails", original.emails(), emailValues, Email::new);
        sentPhones = collect(phones, "phones", original.phones(), phoneValues, Phone::new);
        return new Contact(original.id(), version, original.displayName(), value(firstName, "firstName", original.firstName()),
                value(lastName, "lastName", original.lastName()), value(name, "name", original.name()),
                value(industry, "industry", original.industry()), emailValues, phoneValues, original.addresses(),
                original.socialHandles(), value(website, "website", original.website()), original.affiliations(),
                tagValues(), value(leadSource, "leadSource", original.leadSource()),
                stage == null || original.readOnly("stage") ? original.stage() : stage.getValue(),
                // Without a picker the owner goes back as read (a hidden owner reads as null: "as it is").
                ownerPicker != null ? ownerPicker.value(original.owner()) : editing ? original.owner() : null,
                notes == null || original.readOnly("notes") ? original.notes() : blankToNull(notes.getValue()),
                // An import key: kept as it is, never typed here.
                original.externalId(), null, null, Set.of(), Set.of(),
                customInputs == null ? original.custom() : customInputs.values(), original.erasedAt());
    }

    private String value(TextField input, String field, String before) {
        if (input == null || original.readOnly(field)) {
            return before;
        }
        return blankToNull(input.getValue());
    }

    private Set<String> tagValues() {
        if (tags == null || original.readOnly("tags")) {
            return original.tags();
        }
        Set<String> result = new LinkedHashSet<>();
        Arrays.stream(TAG_SEPARATOR.split(tags.getValue())).map(String::strip).filter(tag -> !tag.isEmpty())
                .forEach(result::add);
        return result;
    }

    /** Entries as sent; rows left entirely empty are not entries. Returns the rows sent, in order. */
    private <T> List<EntryRows.Row> collect(EntryRows rows, String field, List<T> before, List<T> into,
            java.util.function.BiFunction<String, String, T> make) {
        if (rows == null || original.readOnly(field)) {
            into.addAll(before);
            return List.of();
        }
        List<EntryRows.Row> sent = new ArrayList<>();
        for (EntryRows.Row row : rows.rows()) {
            String value = row.value().getValue().strip();
            String label = row.label().getValue().strip();
            if (value.isEmpty() && label.isEmpty()) {
                continue;
            }
            into.add(make.apply(value, label.isEmpty() ? null : label));
            sent.add(row);
        }
        return sent;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void clearProblems() {
        fields.values().forEach(field -> field.setInvalid(false));
        if (emails != null) {
            emails.clearErrors();
        }
        if (phones != null) {
            phones.clearErrors();
        }
        problems.setVisible(false);
        conflict.setVisible(false);
    }

    /** Each error at its field; what has no field on this form is listed in the summary above it. */
    private void showProblems(String detail, List<FieldError> errors) {
        List<String> unplaced = new ArrayList<>();
        for (FieldError error : errors) {
            Optional<HasValidation> target = fieldFor(error.field());
            if (target.isPresent()) {
                target.get().setErrorMessage(ProblemTexts.translate(this, error.message()));
                target.get().setInvalid(true);
            } else {
                unplaced.add(fieldTitle(error.field()) + ": " + ProblemTexts.translate(this, error.message()));
            }
        }
        problems.removeAll();
        // Invalid input is summed up; any other refusal (access, an erasure meanwhile) in the user's language where
        // it is known, else in the module's own words.
        problems.add(new Span(detail == null || !errors.isEmpty() ? getTranslation("contacts.form.invalid")
                : ProblemTexts.translate(this, detail)));
        if (!unplaced.isEmpty()) {
            UnorderedList list = new UnorderedList();
            unplaced.forEach(text -> list.add(new ListItem(text)));
            list.getStyle().set("margin-block", "var(--lumo-space-xs) 0");
            problems.add(list);
        }
        problems.setVisible(true);
        // custom fields make forms long: the summary is at the top, the button that was pressed at the bottom
        problems.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
    }

    private Optional<HasValidation> fieldFor(String path) {
        Matcher entry = ENTRY_FIELD.matcher(path);
        if (entry.matches()) {
            List<EntryRows.Row> sent = entry.group(1).equals("emails") ? sentEmails : sentPhones;
            int index = Integer.parseInt(entry.group(2));
            if (index < sent.size()) {
                EntryRows.Row row = sent.get(index);
                return Optional.of(entry.group(3).equals("label") ? row.label() : row.value());
            }
            return Optional.empty();
        }
        return Optional.ofNullable(fields.get(path));
    }

    /** "emails[2].address" as the user knows it: the field's title. */
    private String fieldTitle(String path) {
        int end = path.indexOf('[');
        String field = end < 0 ? path : path.substring(0, end);
        return kind.fields.contains(field) ? getTranslation(kind.fieldKey(field)) : path;
    }

    private void showConflict(long currentVersion) {
        conflict.removeAll();
        Span text = new Span(getTranslation(kind.key("conflict")));
        Button reload = new Button(getTranslation("contacts.conflict.reload"), click -> {
            Optional<Contact> now = service.find(original.id());
            if (now.isPresent()) {
                build(now.get());
            } else {
                showProblems(getTranslation(kind.key("gone")), List.of());
            }
        });
        reload.setId("contact-conflict-reload");
        Button keep = new Button(getTranslation("contacts.conflict.keepMine"), click -> {
            version = currentVersion;
            conflict.setVisible(false);
            Texts.notice(getTranslation("contacts.conflict.keptMine"), NotificationVariant.LUMO_CONTRAST);
        });
        keep.setId("contact-conflict-keep");
        keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(reload, keep);
        actions.getStyle().set("margin-block-start", "var(--lumo-space-s)");
        conflict.add(text, actions);
        conflict.setVisible(true);
        conflict.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
    }

    private static void alertStyle(Div box, String tone) {
        String color = tone.equals("error") ? "error" : "warning";
        box.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-block-end", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-" + color + "-color-10pct, var(--lumo-contrast-5pct))")
                .set("color", "var(--lumo-" + color + "-text-color, var(--lumo-body-text-color))")
                .set("border-inline-start", "4px solid var(--lumo-" + color + "-color, currentColor)");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
