package org.rapport.contacts.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFieldType;
import org.rapport.contacts.api.CustomFilter;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.platform.api.access.RecordAccess;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * People or organizations in a grid that reads them page by page as the user scrolls (keyset cursors: fast at any
 * depth), with a folded search (typing {@code علی} finds {@code علي}, Persian digits find phone numbers), a stage
 * filter, a tag filter and filters on listed custom fields; the exports take the same filters. The total shown is
 * the service's: exact up to its threshold, "about …" past it.
 */
abstract class ContactListView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 100;
    /** The scroll range the grid starts with, and grows by, when the total is large: keeps cursor walks short. */
    private static final int ESTIMATE_STEP = 1000;

    private final transient ContactService service;
    private final transient LocaleFormatting formatting;
    private final ContactKind kind;
    /** Fields the caller may not see: their columns would only ever be empty. */
    private final Set<String> hidden;
    private final Grid<Contact> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<LifecycleStage> stage = new Select<>();
    private final TagFilter tag = new TagFilter(this::reload);
    private final Span total = new Span();
    private final Div empty = new Div();
    /** The filters the grid shows now, for the exports: read by the download request, on another thread. */
    private volatile ContactQuery shownQuery;
    /** Filters on custom fields shown in the list: each gives its conditions, none when set to any. */
    private final List<CustomConditions> customFilters = new ArrayList<>();

    /** A custom field filter's conditions; a range whose input cannot be used refuses, and marks itself. */
    @FunctionalInterface
    private interface CustomConditions {
        List<CustomFilter> get() throws RangeInput.Invalid;
    }

    ContactListView(ContactService service, LocaleFormatting formatting, RecordAccess access) {
        this.service = service;
        this.formatting = formatting;
        this.kind = service.kind();
        this.hidden = Contact.blank(Texts.fieldRules(access, kind)).hiddenFields();
        setId("contacts-" + kind.plural + "-list");
        setSizeFull();
        Div page = new Div();
        page.getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box").set("height", "100%")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");

        H2 heading = new H2(getTranslation(kind.key("title")));
        heading.getStyle().set("margin", "0");
        total.setId("contacts-total");
        total.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div spacer = new Div();
        Button add = new Button(getTranslation(kind.key("new")), VaadinIcon.PLUS.create(),
                click -> navigate(kind.newRoute()));
        add.setId("contacts-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(Texts.callerHas(kind.writePermission));
        Button importFile = new Button(getTranslation("contacts.import.button"), VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ImportPage.ROUTE,
                        com.vaadin.flow.router.QueryParameters.of("entity", kind.singular))));
        importFile.setId("contacts-import-open");
        importFile.setVisible(Texts.callerHas(org.rapport.contacts.api.ContactPermissions.PERSON_IMPORT)
                && Texts.callerHas(kind.writePermission));
        HorizontalLayout top = new HorizontalLayout(heading, total, spacer);
        if (Texts.callerHas(kind.exportPermission())) {
            top.add(Downloads.button("contacts-export-csv", VaadinIcon.DOWNLOAD_ALT, getTranslation("contacts.export.csv"),
                    () -> Downloads.dated(fileStem(), "csv"), "text/csv; charset=UTF-8", out -> {
                        java.io.Writer csv = Downloads.spreadsheetCsv(out);
                        service.exportCsv(shownQuery, csv);
                        csv.flush();
                    }));
            exports().forEach(top::add);
        }
        actions().forEach(top::add);
        top.add(importFile, add);
        top.getStyle().set("flex-wrap", "wrap");
        top.setFlexGrow(1, spacer);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        search.setId("contacts-search");
        search.setPlaceholder(getTranslation(kind.key("search")));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(350);
        search.setWidth("min(28rem, 100%)");
        search.addValueChangeListener(change -> reload());
        search.getElement().setAttribute("aria-label", getTranslation(kind.key("search")));
        stage.setId("contacts-stage-filter");
        stage.setItems(LifecycleStage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("contacts.stage.all"));
        stage.setItemLabelGenerator(value -> value == null ? getTranslation("contacts.stage.all")
                : Texts.stage(this, value));
        stage.setPlaceholder(getTranslation("contacts.stage.all"));
        stage.getElement().setAttribute("aria-label", getTranslation(kind.fieldKey("stage")));
        stage.addValueChangeListener(change -> reload());
        stage.setVisible(!hidden.contains("stage"));
        tag.setVisible(!hidden.contains("tags"));
        HorizontalLayout filters = new HorizontalLayout(search, stage, tag);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        List<CustomFieldDefinition> listed = service.customFields().stream()
                .filter(field -> field.showInList() && !hidden.contains("custom." + field.key())).toList();

        grid.setId("contacts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        columns(grid);
        for (CustomFieldDefinition field : listed) {
            grid.addColumn(contact -> CustomValueTexts.text(this, getLocale(), formatting, field,
                    contact.custom().get(field.key()))).setHeader(field.label()).setAutoWidth(true)
                    .setKey("custom." + field.key());
            customFilter(field).ifPresent(filters::add);
        }
        grid.addColumn(contact -> Texts.dateTime(formatting, getLocale(), contact.updatedAt()))
                .setHeader(getTranslation("contacts.list.updated")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> navigate(kind.detailRoute(click.getItem().id())));
        grid.getStyle().set("flex-grow", "1").set("cursor", "pointer");
        grid.setPageSize(PAGE_SIZE);

        empty.setId("contacts-empty");
        empty.setVisible(false);
        empty.getStyle().set("text-align", "center").set("padding", "var(--lumo-space-xl)")
                .set("color", "var(--lumo-secondary-text-color)");
        page.add(top, filters, grid, empty);
        add(page);
        reload();
    }

    /**
     * A filter for a listed custom field: a value to pick (choices, yes/no) or type (text), or a from–to range
     * (numbers, dates, amounts).
     */
    private java.util.Optional<com.vaadin.flow.component.Component> customFilter(CustomFieldDefinition field) {
        String label = getTranslation("contacts.custom.filter", field.label());
        switch (field.type()) {
            case CHOICE, MULTI_CHOICE, BOOLEAN -> {
                Select<String> choice = new Select<>();
                choice.setId("contacts-custom-filter-" + field.key());
                choice.setItems(field.type() == CustomFieldType.BOOLEAN ? List.of("true", "false") : field.choices());
                choice.setEmptySelectionAllowed(true);
                choice.setEmptySelectionCaption(getTranslation("contacts.custom.any", field.label()));
                choice.setItemLabelGenerator(value -> value == null ? getTranslation("contacts.custom.any", field.label())
                        : field.type() == CustomFieldType.BOOLEAN ? getTranslation(value.equals("true")
                                ? "contacts.custom.yes" : "contacts.custom.no") : value);
                choice.setPlaceholder(field.label());
                choice.getElement().setAttribute("aria-label", label);
                choice.addValueChangeListener(change -> reload());
                customFilters.add(() -> choice.getValue() == null ? List.of()
                        : List.of(new CustomFilter(field.key(), CustomFilter.Match.EQUALS, choice.getValue())));
                return java.util.Optional.of(choice);
            }
            case TEXT -> {
                TextField text = new TextField();
                text.setId("contacts-custom-filter-" + field.key());
                text.setPlaceholder(field.label());
                text.setClearButtonVisible(true);
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.setValueChangeTimeout(350);
                text.getElement().setAttribute("aria-label", label);
                text.addValueChangeListener(change -> reload());
                customFilters.add(() -> text.getValue().isBlank() ? List.of()
                        : List.of(new CustomFilter(field.key(), CustomFilter.Match.EQUALS, text.getValue().strip())));
                return java.util.Optional.of(text);
            }
            case NUMBER, DATE, MONEY -> {
                RangeFilter range = new RangeFilter(field, formatting, getLocale(), this::reload);
                customFilters.add(range::conditions);
                return java.util.Optional.of(range);
            }
            default -> {
                return java.util.Optional.empty();
            }
        }
    }

    /** The kind's own columns before "updated". */
    abstract void columns(Grid<Contact> grid);

    /** Name, email, phone, stage and tags: what both kinds show. */
    void commonColumns(Grid<Contact> grid, boolean withIndustry) {
        // A real link: keyboard users and "open in new tab" reach the record, not only a click on the row.
        grid.addColumn(LitRenderer.<Contact>of("<a href=\"${item.href}\" router-link>${item.name}</a>")
                .withProperty("href", contact -> kind.detailRoute(contact.id()))
                .withProperty("name", contact -> Texts.shownName(this, contact)))
                .setHeader(getTranslation("contacts.list.name")).setAutoWidth(true).setFlexGrow(1).setKey("name");
        if (withIndustry && !hidden.contains("industry")) {
            grid.addColumn(contact -> contact.industry() == null ? "" : contact.industry())
                    .setHeader(getTranslation(kind.fieldKey("industry"))).setFlexGrow(1);
        }
        if (!hidden.contains("emails")) {
            // Sized to the addresses: long dates (Mongolian spells the month out) must not squeeze them to "sarnai@ex…".
            grid.addColumn(Contact::firstEmail).setHeader(getTranslation(kind.fieldKey("emails"))).setAutoWidth(true)
                    .setFlexGrow(1);
        }
        if (!hidden.contains("phones")) {
            grid.addColumn(contact -> Texts.ltr(contact.firstPhone()))
                    .setHeader(getTranslation(kind.fieldKey("phones"))).setAutoWidth(true).setFlexGrow(0);
        }
        if (!hidden.contains("stage")) {
            grid.addColumn(contact -> Texts.stage(this, contact.stage()))
                    .setHeader(getTranslation(kind.fieldKey("stage"))).setAutoWidth(true).setFlexGrow(0);
        }
        if (!hidden.contains("tags")) {
            // each tag isolated: a Persian tag beside a Latin one in an English list keeps its letters in order
            grid.addColumn(contact -> Texts.joinList(getLocale(), contact.tags().stream().map(Texts::isolated)
                    .toList()))
                    .setHeader(getTranslation(kind.fieldKey("tags"))).setFlexGrow(1);
        }
    }

    private void reload() {
        String text = search.getValue().strip();
        List<CustomFilter> conditions = new ArrayList<>();
        boolean usable = true;
        for (CustomConditions filter : customFilters) {
            try {
                conditions.addAll(filter.get());
            } catch (RangeInput.Invalid invalid) {
                // the filter shows what to type; the list, its total and the exports stay as they were
                usable = false;
            }
        }
        if (!usable) {
            return;
        }
        // a hidden filter filters nothing (the module would ignore it too)
        ContactQuery query = new ContactQuery(text.isEmpty() ? null : text, stage.getValue(),
                tag.isVisible() ? tag.tag() : null,
                ContactQuery.Sort.NAME, PAGE_SIZE, null, conditions);
        shownQuery = query;
        KeysetPages<Contact> pages = new KeysetPages<>((cursor, size) -> service.list(query.after(cursor)), PAGE_SIZE);
        long count;
        boolean estimated;
        try {
            count = pages.total();
            estimated = pages.totalEstimated();
        } catch (ApiProblem problem) {
            Texts.notice(ProblemTexts.translate(this, problem.detail()), NotificationVariant.LUMO_ERROR);
            return;
        }
        total.setText(Texts.total(this, kind, count, estimated));
        boolean filtered = query.text() != null || query.stage() != null || query.tag() != null
                || !conditions.isEmpty();
        showEmpty(count == 0, filtered);
        GridLazyDataView<Contact> view = grid.setItems(fetch -> pages.rows(fetch.getOffset(), fetch.getLimit())
                .stream());
        view.setItemCountEstimate((int) Math.max(1, Math.min(count, ESTIMATE_STEP)));
        view.setItemCountEstimateIncrease(ESTIMATE_STEP);
    }

    private void showEmpty(boolean nothing, boolean filtered) {
        grid.setVisible(!nothing);
        empty.setVisible(nothing);
        empty.removeAll();
        if (!nothing) {
            return;
        }
        Icon icon = (kind == ContactKind.PERSON ? VaadinIcon.USER_CARD : VaadinIcon.BUILDING_O).create();
        icon.setSize("var(--lumo-icon-size-l)");
        Paragraph headline = new Paragraph(getTranslation(kind.key(filtered ? "noMatch" : "empty")));
        headline.getStyle().set("font-size", "var(--lumo-font-size-l)").set("color", "var(--lumo-body-text-color)");
        Paragraph hint = new Paragraph(getTranslation(kind.key(filtered ? "noMatch.hint" : "empty.hint")));
        empty.add(icon, headline, hint);
        if (!filtered && Texts.callerHas(kind.writePermission)) {
            Button first = new Button(getTranslation(kind.key("new")), VaadinIcon.PLUS.create(),
                    click -> navigate(kind.newRoute()));
            first.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            empty.add(first);
        }
        if (!filtered) {
            emptyListOffer().ifPresent(empty::add);
        }
    }

    /** Further exports of the shown list, for a caller with the export permission; none by default. */
    java.util.List<com.vaadin.flow.component.Component> exports() {
        return java.util.List.of();
    }

    /** What else the list offers to do with its filters (people: save them as a segment); nothing by default. */
    java.util.List<com.vaadin.flow.component.Component> actions() {
        return java.util.List.of();
    }

    /** The user's formats, and the kind's custom fields: what pages built on the list's filters need to word them. */
    LocaleFormatting formatting() {
        return formatting;
    }

    java.util.List<CustomFieldDefinition> customFieldDefinitions() {
        return service.customFields();
    }

    /** The filters the list shows now (all pages of them). */
    ContactQuery shownQuery() {
        return shownQuery;
    }

    /** The start of an export's file name: {@code people}, {@code organizations}. */
    String fileStem() {
        return kind == ContactKind.PERSON ? "people" : "organizations";
    }

    /** What an empty, unfiltered list offers besides creating a record; nothing by default. */
    java.util.Optional<com.vaadin.flow.component.Component> emptyListOffer() {
        return java.util.Optional.empty();
    }

    private void navigate(String route) {
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(kind.key("title"));
    }
}
