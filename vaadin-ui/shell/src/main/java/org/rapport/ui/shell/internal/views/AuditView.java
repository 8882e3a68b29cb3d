package org.rapport.ui.shell.internal.views;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.platform.api.audit.AuditEntry;
import org.rapport.platform.api.audit.AuditQuery;
import org.rapport.platform.api.audit.AuditTrail;
import org.rapport.ui.components.CalendarDateField;
import org.rapport.ui.shell.internal.Shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.StreamResource;

/**
 * Administration → Audit log: every recorded change and security event, newest first, searchable by record,
 * person and date, exportable as CSV; pages continue with "Show more" (keyset paging, fast at any size).
 */
public final class AuditView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 100;

    private final transient Shell shell = Shell.current();
    private final transient AuditTrail trail;
    private final TextField entity = new TextField();
    private final TextField record = new TextField();
    private final TextField actor = new TextField();
    private final CalendarDateField from;
    private final CalendarDateField to;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Button more = new Button();
    private final Anchor export = new Anchor();
    private final List<AuditEntry> shown = new ArrayList<>();

    public AuditView(AuditTrail trail) {
        this.trail = trail;
        setId("audit-page");
        setSizeFull();
        Locale locale = getLocale();
        Div page = Cards.page();
        page.setHeightFull();
        page.getStyle().set("display", "flex").set("flex-direction", "column");
        H2 heading = new H2(shell.translate(locale, "shell.audit.title"));
        heading.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
        entity.setLabel(shell.translate(locale, "shell.audit.entity"));
        record.setLabel(shell.translate(locale, "shell.audit.record"));
        actor.setLabel(shell.translate(locale, "shell.audit.actor"));
        // Typed in the user's calendar and digits (Persian by default in fa, Hijri once picked), as the contacts
        // pages' dates: a browser date picker knows the Gregorian calendar only.
        from = new CalendarDateField(shell.translate(locale, "shell.audit.from"), shell.formatting(), locale);
        to = new CalendarDateField(shell.translate(locale, "shell.audit.to"), shell.formatting(), locale);
        from.setId("audit-from");
        to.setId("audit-to");
        entity.setId("audit-entity");
        record.setId("audit-record");
        // A date the field cannot read stays beside it, refused, rather than searching without that bound.
        Button search = new Button(shell.translate(locale, "shell.audit.search"), VaadinIcon.SEARCH.create(),
                click -> {
                    if (from.holdsADate() && to.holdsADate()) {
                        reload();
                    }
                });
        search.setId("audit-search");
        export.setText(shell.translate(locale, "shell.audit.export"));
        export.getElement().setAttribute("download", true);
        HorizontalLayout filters = new HorizontalLayout(entity, record, actor, from, to, search, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(entry -> when(entry.at())).setHeader(shell.translate(locale, "shell.audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(shell.translate(locale, "shell.audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::channel).setHeader(shell.translate(locale, "shell.audit.channel")).setAutoWidth(true);
        grid.addColumn(entry -> entry.entity() + (entry.entityId() == null ? "" : " #" + entry.entityId()))
                .setHeader(shell.translate(locale, "shell.audit.entity")).setAutoWidth(true);
        grid.addColumn(AuditEntry::operation).setHeader(shell.translate(locale, "shell.audit.operation")).setAutoWidth(true);
        grid.addColumn(entry -> entry.field() == null ? "" : entry.field())
                .setHeader(shell.translate(locale, "shell.audit.field")).setAutoWidth(true);
        valueColumn(AuditEntry::oldValue).setHeader(shell.translate(locale, "shell.audit.old"));
        valueColumn(AuditEntry::newValue).setHeader(shell.translate(locale, "shell.audit.new"));
        grid.getStyle().set("flex-grow", "1");
        more.setText(shell.translate(locale, "shell.audit.more"));
        more.addClickListener(click -> loadMore());
        page.add(heading, filters, grid, more);
        add(page);
        reload();
    }

    /**
     * A before/after value, in whatever script it was written: in a right-to-left page a Latin value cut by the
     * grid's own ellipsis lost its start ("…ited 4edd0ab3"), as the cell cuts at its own (right-to-left) end. Each
     * value takes its direction from its first strong letter instead ({@code dir="auto"}), so it is cut at its own
     * end, while it stays aligned with the column ({@code match-parent}); the whole value is in the tooltip.
     */
    private Grid.Column<AuditEntry> valueColumn(ValueProvider<AuditEntry, String> value) {
        return grid.addColumn(LitRenderer.<AuditEntry>of("<span class=\"audit-value\" dir=\"auto\" title=\"${item.value}\""
                        + " style=\"display: block; overflow: hidden; white-space: nowrap; text-overflow: ellipsis;"
                        + " text-align: match-parent\">${item.value}</span>")
                .withProperty("value", entry -> value.apply(entry) == null ? "" : value.apply(entry)))
                .setFlexGrow(1);
    }

    /** {@code admin/audit?entity=SampleNote&id=42} opens the trail of one record, e.g. from its detail page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        String wantedEntity = parameters.getOrDefault("entity", List.of("")).get(0);
        String wantedRecord = parameters.getOrDefault("id", List.of("")).get(0);
        if (!wantedEntity.isBlank() || !wantedRecord.isBlank()) {
            entity.setValue(wantedEntity);
            record.setValue(wantedRecord);
            reload();
        }
    }

    private AuditQuery query(Long before, int limit) {
        ZoneId zone = ZoneId.systemDefault();
        Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant();
        LocalDate last = to.getValue();
        Instant end = last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditQuery(entity.getValue().strip(), record.getValue().strip(), actor.getValue().strip(), null,
                start, end, before, limit);
    }

    private void reload() {
        shown.clear();
        loadMore();
        AuditQuery forExport = query(null, AuditQuery.MAX_LIMIT);
        export.setHref(new StreamResource("rapport-audit.csv", () -> new java.io.ByteArrayInputStream(csv(forExport))));
    }

    private void loadMore() {
        Long before = shown.isEmpty() ? null : shown.get(shown.size() - 1).id();
        List<AuditEntry> page = trail.find(query(before, PAGE));
        shown.addAll(page);
        grid.setItems(shown);
        more.setVisible(page.size() == PAGE);
    }

    private byte[] csv(AuditQuery query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            trail.writeCsv(query, writer);
        } catch (IOException e) {
            throw new IllegalStateException("The audit export could not be written", e);
        }
        return bytes.toByteArray();
    }

    private String when(Instant at) {
        return shell.formatting().formatDateTime(at, ZoneId.systemDefault(), FormatStyle.SHORT, FormatStyle.MEDIUM,
                shell.formatting().defaults(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return shell.translate(getLocale(), "shell.audit.title");
    }
}
