package org.rapport.contacts.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFields;
import org.rapport.contacts.api.Page;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.Segment;
import org.rapport.contacts.api.Segments;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Saved filters of people (segments): the caller's own and the shared ones, a new one saved from a search, a stage
 * and a tag, and the members of the one chosen — computed now, as the caller, so a segment never shows anyone a
 * person their own list would not. Campaigns and reports target segments by id through the API.
 */
public final class SegmentsView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    private final transient Segments segments;
    private final transient LocaleFormatting formatting;
    private final transient CustomFields customFields;
    private final Grid<Segment> list = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final H3 membersTitle = new H3();
    private final Paragraph membersTotal = new Paragraph();
    private final Grid<Person> members = new Grid<>();
    private final Button more = new Button();
    private final List<Person> shown = new ArrayList<>();
    private Segment chosen;
    /** The person fields' definitions by key, read once per listing of the segments. */
    private transient Map<String, CustomFieldDefinition> fieldsByKey;
    private String nextCursor;

    public SegmentsView(Segments segments, CustomFields customFields, LocaleFormatting formatting) {
        this.segments = segments;
        this.customFields = customFields;
        this.formatting = formatting;
        setId("segments-page");
        setWidthFull();
        H2 heading = new H2(getTranslation("contacts.segments.title"));
        heading.getStyle().set("margin", "0");
        Button add = new Button(getTranslation("contacts.segments.new"), VaadinIcon.PLUS.create(),
                click -> SegmentDialog.open(this, segments, this::saved));
        add.setId("segment-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div spacer = new Div();
        HorizontalLayout top = new HorizontalLayout(heading, spacer, add);
        top.setFlexGrow(1, spacer);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph intro = new Paragraph(getTranslation("contacts.segments.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");

        list.setId("segments-grid");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        list.setAllRowsVisible(true);
        list.addComponentColumn(segment -> {
            // a name in another script than the page keeps its own direction
            com.vaadin.flow.component.html.Span name = new com.vaadin.flow.component.html.Span(segment.name());
            name.getElement().setAttribute("dir", "auto");
            return name;
        }).setHeader(getTranslation("contacts.segments.name")).setAutoWidth(true);
        list.addColumn(this::filterText).setHeader(getTranslation("contacts.segments.filter")).setFlexGrow(1);
        list.addColumn(segment -> getTranslation(segment.shared() ? "contacts.segments.shared"
                : "contacts.segments.private")).setHeader(getTranslation("contacts.segments.visibility"))
                .setAutoWidth(true).setFlexGrow(0);
        list.addColumn(segment -> Texts.dateTime(formatting, getLocale(), segment.createdAt()))
                .setHeader(getTranslation("contacts.segments.created")).setAutoWidth(true).setFlexGrow(0);
        list.addComponentColumn(this::deleteButton).setAutoWidth(true).setFlexGrow(0);
        list.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::choose));
        none.setText(getTranslation("contacts.segments.none"));
        none.getStyle().set("color", "var(--lumo-secondary-text-color)");

        members.setId("segment-members");
        members.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        members.setAllRowsVisible(true);
        members.addComponentColumn(person -> new Anchor(ContactKind.PERSON.detailRoute(person.id()),
                Texts.shownName(this, person))).setHeader(getTranslation("contacts.segments.person")).setFlexGrow(1);
        members.addColumn(person -> person.emails().isEmpty() ? "" : Texts.ltr(person.emails().get(0).address()))
                .setHeader(getTranslation(ContactKind.PERSON.fieldKey("emails"))).setAutoWidth(true);
        members.addColumn(person -> Texts.stage(this, person.stage()))
                .setHeader(getTranslation(ContactKind.PERSON.fieldKey("stage"))).setAutoWidth(true).setFlexGrow(0);
        more.setText(getTranslation("contacts.segments.more"));
        more.setId("segment-more");
        more.addClickListener(click -> loadMembers(false));
        membersTotal.getStyle().set("color", "var(--lumo-secondary-text-color)");
        showMembers(false);

        Div page = new Div(top, intro, list, none, membersTitle, membersTotal, members, more);
        page.getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "72rem");
        add(page);
        refresh(null);
    }

    private void saved(Segment segment) {
        Texts.notice(getTranslation("contacts.segments.saved", Texts.isolated(segment.name())), NotificationVariant.LUMO_SUCCESS);
        refresh(segment.id());
    }

    /** Reads the segments again and chooses the one with {@code chooseId}, if given. */
    private void refresh(Long chooseId) {
        List<Segment> all;
        try {
            all = segments.list();
        } catch (ApiProblem refused) {
            Texts.notice(ProblemTexts.translate(this, refused.detail()), NotificationVariant.LUMO_ERROR);
            return;
        }
        fieldsByKey = null;
        list.setItems(all);
        list.setVisible(!all.isEmpty());
        none.setVisible(all.isEmpty());
        all.stream().filter(segment -> chooseId != null && segment.id() == chooseId).findFirst()
                .ifPresentOrElse(list::select, () -> {
                    if (chosen != null && all.stream().noneMatch(segment -> segment.id() == chosen.id())) {
                        chosen = null;
                        showMembers(false);
                    }
                });
    }

    private void choose(Segment segment) {
        chosen = segment;
        membersTitle.setText(getTranslation("contacts.segments.members", Texts.isolated(segment.name())));
        loadMembers(true);
    }

    private void loadMembers(boolean fromStart) {
        if (chosen == null) {
            return;
        }
        Page<Person> page;
        try {
            page = segments.members(chosen.id(), PAGE, fromStart ? null : nextCursor);
        } catch (ApiProblem refused) {
            // e.g. a condition on a custom field retired since: say which, not only that the filter was refused
            List<String> why = new ArrayList<>();
            why.add(ProblemTexts.translate(this, refused.detail()));
            refused.fieldErrors().forEach(error -> why.add(Texts.isolated(error.field()) + ": "
                    + ProblemTexts.translate(this, error.message())));
            Texts.notice(String.join(" ", why), NotificationVariant.LUMO_ERROR);
            return;
        }
        if (fromStart) {
            shown.clear();
        }
        shown.addAll(page.items());
        nextCursor = page.nextCursor();
        members.setItems(shown);
        membersTotal.setText(Texts.total(this, ContactKind.PERSON, page.total(), page.totalEstimated()));
        showMembers(true);
        more.setVisible(nextCursor != null);
    }

    private void showMembers(boolean visible) {
        membersTitle.setVisible(visible);
        membersTotal.setVisible(visible);
        members.setVisible(visible);
        more.setVisible(visible && nextCursor != null);
    }

    /**
     * "search: علی · stage: Customer · tag: vip · Shoe size from 41", in the user's language; "everyone" without
     * conditions.
     */
    String filterText(Segment segment) {
        List<String> parts = new ArrayList<>();
        if (segment.text() != null && !segment.text().isBlank()) {
            parts.add(getTranslation("contacts.segments.filter.text", Texts.isolated(segment.text())));
        }
        if (segment.stage() != null) {
            parts.add(getTranslation("contacts.segments.filter.stage", Texts.stage(this, segment.stage())));
        }
        if (segment.tag() != null && !segment.tag().isBlank()) {
            parts.add(getTranslation("contacts.segments.filter.tag", Texts.isolated(segment.tag())));
        }
        if (!segment.custom().isEmpty()) {
            if (fieldsByKey == null) {
                // retired fields too: a segment may still name one, and its label reads better than its key
                fieldsByKey = customFields.definitions("person", true).stream()
                        .collect(Collectors.toMap(CustomFieldDefinition::key, field -> field, (a, b) -> a));
            }
            segment.custom().forEach(condition -> parts.add(SegmentConditionTexts.text(this, getLocale(), formatting,
                    fieldsByKey, condition)));
        }
        return parts.isEmpty() ? getTranslation("contacts.segments.filter.everyone") : String.join(" · ", parts);
    }

    /** Its owner deletes a segment, and so does a holder of {@code contacts.segment.manage}. */
    private Component deleteButton(Segment segment) {
        boolean mine = Texts.callerId().filter(id -> id == segment.ownerUserId()).isPresent();
        if (!mine && !Texts.callerHas(ContactPermissions.SEGMENT_MANAGE)) {
            return new Div();
        }
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(segment));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setTooltipText(getTranslation("contacts.segments.delete", Texts.isolated(segment.name())));
        delete.getElement().setAttribute("data-delete-segment", segment.name());
        return delete;
    }

    private void confirmDelete(Segment segment) {
        ConfirmDialog dialog = ContactDetailView.deleteDialog(this, "segment-delete-dialog",
                getTranslation("contacts.segments.delete", Texts.isolated(segment.name())),
                getTranslation("contacts.segments.delete.text"));
        dialog.addConfirmListener(confirmed -> {
            try {
                segments.delete(segment.id());
                Texts.notice(getTranslation("contacts.segments.deleted", Texts.isolated(segment.name())),
                        NotificationVariant.LUMO_SUCCESS);
            } catch (ApiProblem refused) {
                Texts.notice(ProblemTexts.translate(this, refused.detail()), NotificationVariant.LUMO_ERROR);
            }
            refresh(null);
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.segments.title");
    }
}
