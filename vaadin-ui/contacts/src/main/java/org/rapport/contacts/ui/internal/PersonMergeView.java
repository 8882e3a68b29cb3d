package org.rapport.contacts.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.rapport.contacts.api.ContactConflictException;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Owner;
import org.rapport.contacts.api.PersonLists;
import org.rapport.contacts.api.PersonDuplicates;
import org.rapport.contacts.api.PersonDuplicates.Side;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Two people side by side, the second to be merged into the first: for each single-valued field that differs the
 * user picks the side whose value is kept (the survivor's to begin with), sees the lists as they will be united, may
 * swap which person survives, and merges after a confirmation. The contacts module does the merge
 * ({@link PersonDuplicates#merge}); if either person was changed meanwhile, both are read again and the choices made
 * so far stay. A person erased on request is never merged: the page says so rather than offering to merge them.
 */
abstract class PersonMergeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final ContactKind KIND = ContactKind.PERSON;

    private final transient ContactService service;
    private final transient PersonDuplicates duplicates;
    private final transient LocaleFormatting formatting;
    private final Div problems = new Div();
    private Contact survivor;
    private Contact merged;
    private transient List<MergePlan.Row> rows = List.of();
    /** The side picked per field; fields not in it keep the survivor's value. */
    private Map<String, Side> chosen = new LinkedHashMap<>();

    PersonMergeView(ContactService service, PersonDuplicates duplicates, LocaleFormatting formatting) {
        this.service = service;
        this.duplicates = duplicates;
        this.formatting = formatting;
        setId("contact-merge");
        setWidthFull();
        getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box").set("max-width", "72rem");
        problems.setId("merge-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-block-end", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)")
                .set("border-inline-start", "4px solid var(--lumo-error-color)");
    }

    static String route(long survivorId, long mergedId) {
        return KIND.detailRoute(survivorId) + "/merge/" + mergedId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> survivorId = event.getRouteParameters().get("id").flatMap(ContactDetailView::parse);
        Optional<Long> mergedId = event.getRouteParameters().get("mergedId").flatMap(ContactDetailView::parse);
        removeAll();
        if (survivorId.isPresent() && survivorId.equals(mergedId)) {
            message(getTranslation("contacts.merge.same"), KIND.detailRoute(survivorId.get()));
            return;
        }
        Optional<Contact> first = survivorId.flatMap(service::find);
        Optional<Contact> second = mergedId.flatMap(service::find);
        if (first.isEmpty() || second.isEmpty()) {
            notFound();
            return;
        }
        survivor = first.get();
        merged = second.get();
        if (!refusedAsErased()) {
            build();
        }
    }

    /**
     * An erased person is never merged (the contacts module refuses it): instead of offering the placeholder's values
     * as choices, the page says which side was erased and, when the other was the same person, to erase that one too.
     *
     * @return whether the page now shows that refusal
     */
    private boolean refusedAsErased() {
        boolean keptErased = survivor.erasedAt() != null;
        boolean goneErased = merged.erasedAt() != null;
        if (!keptErased && !goneErased) {
            return false;
        }
        removeAll();
        if (keptErased && goneErased) {
            message(getTranslation("contacts.merge.erased.both"), KIND.listRoute());
            return true;
        }
        Contact live = keptErased ? merged : survivor;
        Anchor other = new Anchor(KIND.detailRoute(live.id()), Texts.shownName(this, live));
        other.setId("merge-other");
        message(getTranslation(keptErased ? "contacts.merge.erased.survivor" : "contacts.merge.erased.merged",
                Texts.isolated(Texts.shownName(this, live))), KIND.listRoute(), other);
        return true;
    }

    private void notFound() {
        H2 heading = new H2(getTranslation(KIND.key("notFound")));
        heading.setId("contact-not-found");
        add(heading, new Paragraph(getTranslation("contacts.merge.notFound")),
                new Anchor(KIND.listRoute(), getTranslation(KIND.key("back"))));
    }

    /** Why there is nothing to merge, then links: {@code first} ones, and {@code back}. */
    private void message(String text, String back, Anchor... first) {
        H2 heading = new H2(getTranslation("contacts.merge.title"));
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId("merge-message");
        Div links = new Div(first);
        links.add(new Anchor(back, getTranslation(KIND.key("back"))));
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        add(heading, paragraph, links);
    }

    private void build() {
        removeAll();
        rows = MergePlan.differing(survivor, merged, service.customFields());
        H2 heading = new H2(getTranslation("contacts.merge.title"));
        heading.getStyle().set("margin-block", "0 var(--lumo-space-s)");
        Paragraph intro = new Paragraph(getTranslation("contacts.merge.intro"));
        intro.getStyle().set("margin-block", "0 var(--lumo-space-m)").set("color", "var(--lumo-secondary-text-color)");
        problems.setVisible(false);
        add(heading, intro, problems);
        if (!DuplicatesPanel.mayMerge()) {
            Paragraph refused = new Paragraph(getTranslation("contacts.merge.notAllowed"));
            refused.setId("merge-message");
            add(refused);
        }

        Div table = table();
        table.setId("merge-fields");
        Button swap = new Button(getTranslation("contacts.merge.swap"), VaadinIcon.EXCHANGE.create(), click -> swap());
        swap.setId("merge-swap");
        swap.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        table.add(swap);
        table.add(halves(side(survivor, "contacts.merge.survivor", "merge-survivor"),
                side(merged, "contacts.merge.merged", "merge-merged")));
        if (rows.isEmpty()) {
            Span same = new Span(getTranslation("contacts.merge.noDifferences"));
            same.setId("merge-no-differences");
            table.add(new Span(), same);
        }
        for (MergePlan.Row row : rows) {
            table.add(label(title(row)), choice(row));
        }
        add(table);

        H3 united = new H3(getTranslation("contacts.merge.united"));
        united.getStyle().set("margin-block", "var(--lumo-space-l) var(--lumo-space-xs)");
        Paragraph unitedHint = new Paragraph(getTranslation("contacts.merge.united.hint"));
        unitedHint.getStyle().set("margin-block", "0").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        Div lists = unitedLists();
        if (lists.getChildren().findAny().isEmpty()) {
            unitedHint.setText(getTranslation("contacts.merge.united.none"));
        }
        add(united, unitedHint, lists);

        Button merge = new Button(getTranslation("contacts.merge.start"), VaadinIcon.COMPRESS.create(),
                click -> confirm());
        merge.setId("merge-start");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        merge.setEnabled(DuplicatesPanel.mayMerge());
        Button cancel = new Button(getTranslation("contacts.form.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(KIND.detailRoute(survivor.id()))));
        cancel.setId("merge-cancel");
        HorizontalLayout buttons = new HorizontalLayout(merge, cancel);
        buttons.getStyle().set("margin-block-start", "var(--lumo-space-l)");
        add(buttons);
    }

    /** Label column, then the two people's columns. */
    private static Div table() {
        Div table = new Div();
        table.getStyle().set("display", "grid").set("grid-template-columns", "minmax(8rem, max-content) 1fr")
                .set("column-gap", "var(--lumo-space-l)").set("row-gap", "var(--lumo-space-xs)")
                .set("align-items", "center");
        return table;
    }

    /** The two columns under a row's label: the survivor's on the starting side, the merged person's after it. */
    private static Div halves(Component kept, Component gone) {
        Div halves = new Div(kept, gone);
        halves.getStyle().set("display", "grid").set("grid-template-columns", "1fr 1fr")
                .set("column-gap", "var(--lumo-space-m)");
        return halves;
    }

    private Component side(Contact contact, String captionKey, String id) {
        Span caption = new Span(getTranslation(captionKey));
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Anchor name = new Anchor(KIND.detailRoute(contact.id()), Texts.shownName(this, contact));
        name.setId(id + "-name");
        name.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span created = new Span(getTranslation("contacts.merge.since",
                Texts.dateTime(formatting, getLocale(), contact.createdAt())));
        created.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        Div box = new Div(caption, name, created);
        box.setId(id);
        box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", id.equals("merge-survivor") ? "var(--lumo-primary-color-10pct)"
                        : "var(--lumo-contrast-5pct)");
        return box;
    }

    private String title(MergePlan.Row row) {
        return row.custom() != null ? row.custom().label() : getTranslation(KIND.fieldKey(row.field()));
    }

    private static Span label(String text) {
        Span label = new Span(text);
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return label;
    }

    /** One radio button per side, each under its person's column. */
    private Component choice(MergePlan.Row row) {
        RadioButtonGroup<Side> group = new RadioButtonGroup<>();
        group.setWidthFull();
        group.getElement().setAttribute("data-field", row.field());
        group.setAriaLabel(title(row));
        group.setRenderer(new ComponentRenderer<>(side -> shown(row, side)));
        group.setItems(Side.SURVIVOR, Side.MERGED);
        group.setValue(row.locked() ? Side.SURVIVOR : chosen.getOrDefault(row.field(), Side.SURVIVOR));
        if (row.locked()) {
            group.setEnabled(false);
            group.setHelperText(getTranslation("contacts.merge.locked"));
        }
        group.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                chosen.put(row.field(), change.getValue());
            }
        });
        // two equal columns, lined up with the people's names above
        group.getChildren().forEach(radio -> radio.getElement().getStyle().set("flex", "1 1 0").set("min-width", "0")
                .set("box-sizing", "border-box"));
        return group;
    }

    private Component shown(MergePlan.Row row, Side side) {
        Object value = side == Side.SURVIVOR ? row.survivorValue() : row.mergedValue();
        String text = value == null ? null : text(row, value);
        Span shown = new Span(text == null || text.isBlank() ? getTranslation("contacts.merge.empty") : text);
        if (text == null || text.isBlank()) {
            shown.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-style", "italic");
        }
        shown.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        shown.getElement().setAttribute("data-side", side.name());
        return shown;
    }

    private String text(MergePlan.Row row, Object value) {
        if (row.custom() != null) {
            return CustomValueTexts.text(this, getLocale(), formatting, row.custom(), value);
        }
        return switch (row.field()) {
            case "stage" -> Texts.stage(this, (LifecycleStage) value);
            case "owner" -> Texts.owner(this, (Owner) value);
            case "website", "externalId" -> Texts.ltr(String.valueOf(value));
            default -> String.valueOf(value);
        };
    }

    /** Emails, phones, addresses, social accounts, organizations and tags of both, as the survivor will have them. */
    private Div unitedLists() {
        PersonLists united = MergePlan.united(survivor, merged);
        Div table = table();
        table.setId("merge-united");
        table.getStyle().set("align-items", "baseline").set("padding-block", "var(--lumo-space-s)");
        unitedRow(table, "emails", united.emails().stream().map(ContactDetailView::email));
        unitedRow(table, "phones", united.phones().stream().map(ContactDetailView::phone));
        unitedRow(table, "addresses", united.addresses().stream().map(ContactDetailView::address));
        unitedRow(table, "socialHandles", united.socialHandles().stream().map(ContactDetailView::social));
        unitedRow(table, "affiliations", united.affiliations().stream().map(ContactDetailView::affiliation));
        unitedRow(table, "tags", united.tags().isEmpty() ? Stream.empty()
                : Stream.of(new Span(Texts.joinList(getLocale(), united.tags()))));
        return table;
    }

    /** A list neither person has is left out; so is one hidden from the user. */
    private void unitedRow(Div table, String field, Stream<Component> items) {
        Component shown = ContactDetailView.list(items);
        if (survivor.hidden(field) || shown == null) {
            return;
        }
        table.add(label(getTranslation(KIND.fieldKey(field))));
        shown.getElement().setAttribute("data-field", field);
        table.add(shown);
    }

    private void swap() {
        Map<String, Side> picked = MergePlan.choices(rows, chosen);
        Contact kept = survivor;
        survivor = merged;
        merged = kept;
        chosen = MergePlan.swapped(picked);
        build();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, route(survivor.id(), merged.id())));
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("merge-dialog");
        String mergedName = Texts.shownName(this, merged);
        String survivorName = Texts.shownName(this, survivor);
        dialog.setHeader(getTranslation("contacts.merge.confirm.title", mergedName, survivorName));
        dialog.setText(getTranslation("contacts.merge.confirm.text", mergedName, survivorName));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("contacts.form.cancel"));
        dialog.setConfirmText(getTranslation("contacts.merge.start"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> merge());
        dialog.open();
    }

    private void merge() {
        try {
            duplicates.merge(survivor.id(), survivor.version(), merged.id(), merged.version(),
                    MergePlan.choices(rows, chosen));
            Texts.notice(getTranslation("contacts.merge.done", Texts.shownName(this, merged),
                    Texts.shownName(this, survivor)),
                    NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(KIND.detailRoute(survivor.id())));
        } catch (ContactConflictException changed) {
            reload(getTranslation("contacts.merge.conflict"));
        } catch (ContactNotFoundException gone) {
            reload(getTranslation("contacts.merge.gone"));
        } catch (ApiProblem problem) {
            if (problem.status() == 409 && erasedMeanwhile()) {
                return;
            }
            showProblem(ProblemTexts.translate(this, String.valueOf(problem.detail())), problem.fieldErrors());
        }
    }

    /** Whether one of the two was erased since the page was opened; if so, the page says so instead. */
    private boolean erasedMeanwhile() {
        Optional<Contact> kept = service.find(survivor.id());
        Optional<Contact> gone = service.find(merged.id());
        if (kept.isEmpty() || gone.isEmpty() || (kept.get().erasedAt() == null && gone.get().erasedAt() == null)) {
            return false;
        }
        survivor = kept.get();
        merged = gone.get();
        return refusedAsErased();
    }

    /** Both people as they are now, the user's choices kept; then why the page changed. */
    private void reload(String why) {
        Optional<Contact> kept = service.find(survivor.id());
        Optional<Contact> gone = service.find(merged.id());
        if (kept.isEmpty() || gone.isEmpty()) {
            showProblem(getTranslation("contacts.merge.gone"), List.of());
            return;
        }
        survivor = kept.get();
        merged = gone.get();
        build();
        showProblem(why, List.of());
    }

    private void showProblem(String text, List<FieldError> errors) {
        problems.removeAll();
        problems.add(new Span(text));
        if (errors != null && !errors.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (FieldError error : errors) {
                lines.add(error.field() + ": " + ProblemTexts.translate(this, error.message()));
            }
            UnorderedList list = new UnorderedList();
            lines.forEach(line -> list.add(new ListItem(line)));
            list.getStyle().set("margin-block", "var(--lumo-space-xs) 0");
            problems.add(list);
        }
        problems.setVisible(true);
        problems.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.merge.title");
    }
}
