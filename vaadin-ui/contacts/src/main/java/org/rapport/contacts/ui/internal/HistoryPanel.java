package org.rapport.contacts.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rapport.platform.api.audit.AuditEntry;
import org.rapport.platform.api.audit.AuditQuery;
import org.rapport.platform.api.audit.AuditTrail;
import org.rapport.platform.api.i18n.LocaleFormatting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A record's audit trail, newest first, 50 entries at a time ("Show more" continues before the last id: keyset
 * paging, as the trail is indexed). Fields hidden from the user are left out, values and all: the trail keeps what
 * was stored, and the user may not see it here either.
 */
final class HistoryPanel extends Div {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    /** One line: an audit entry mapped to the field the user knows. */
    record Line(AuditEntry entry, String field) {
    }

    private final transient AuditTrail trail;
    private final transient LocaleFormatting formatting;
    private final ContactKind kind;
    private final Contact contact;
    private final Grid<Line> grid = new Grid<>();
    private final Button more = new Button();
    private final Paragraph none = new Paragraph();
    private final List<Line> shown = new ArrayList<>();
    private Long before;
    /** The names of the owners the lines shown so far mention, read once per page of the trail. */
    private OwnerNames owners = OwnerNames.of(java.util.Set.of(), java.util.Set.of());

    /** The custom fields' labels by key, for their values' changes. */
    private final java.util.Map<String, String> customLabels;

    HistoryPanel(AuditTrail trail, LocaleFormatting formatting, ContactKind kind, Contact contact,
            java.util.Map<String, String> customLabels) {
        this.customLabels = customLabels;
        this.trail = trail;
        this.formatting = formatting;
        this.kind = kind;
        this.contact = contact;
        setId("contact-history");
        setWidthFull();
        Locale locale = getLocale();
        grid.setId("contact-history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(line -> Texts.dateTime(formatting, locale, line.entry().at()))
                .setHeader(getTranslation("contacts.history.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> line.entry().actor()).setHeader(getTranslation("contacts.history.actor"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> channel(line.entry().channel())).setHeader(getTranslation("contacts.history.channel"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> operation(line.entry().operation()))
                .setHeader(getTranslation("contacts.history.operation")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> line.field() == null ? "" : getTranslation(kind.fieldKey(line.field())))
                .setHeader(getTranslation("contacts.history.field")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::change).setHeader(getTranslation("contacts.history.change")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        more.setText(getTranslation("contacts.history.more"));
        more.setId("contact-history-more");
        more.addClickListener(click -> load());
        none.setText(getTranslation("contacts.history.none"));
        none.setVisible(false);
        add(grid, none, more);
        load();
    }

    private void load() {
        List<AuditEntry> page = trail.find(new AuditQuery(kind.auditEntity, String.valueOf(contact.id()), null,
                "contacts", null, null, before, PAGE));
        for (AuditEntry entry : page) {
            if (entry.field() == null) {
                shown.add(new Line(entry, null));
                continue;
            }
            AuditValues.field(entry.field()).filter(field -> !hiddenForUser(field))
                    .ifPresent(field -> shown.add(new Line(entry, field)));
        }
        before = page.isEmpty() ? before : page.get(page.size() - 1).id();
        owners = ownersOf(shown);
        grid.setItems(shown);
        more.setVisible(page.size() == PAGE);
        none.setVisible(shown.isEmpty());
        grid.setVisible(!shown.isEmpty());
    }

    private boolean hiddenForUser(String field) {
        return contact.hidden(field);
    }

    private String change(Line line) {
        if ("MERGED".equals(line.entry().operation())) {
            return AuditValues.mergedPerson(line.entry().newValue())
                    .map(id -> getTranslation("contacts.history.merged", id))
                    .orElse(AuditValues.readable(line.entry().newValue()));
        }
        String was = value(line.entry().field(), line.entry().oldValue());
        String now = value(line.entry().field(), line.entry().newValue());
        if (was.equals(now)) {
            // e.g. custom values of which only fields hidden from the user changed
            return "";
        }
        if (was.isEmpty()) {
            return now;
        }
        if (now.isEmpty()) {
            return getTranslation("contacts.history.removed", was);
        }
        return getTranslation("contacts.history.changed", was, now);
    }

    /** Owners are stored as ids; they read as names ("User 2", "Team 5" when the directory cannot tell). */
    private String value(String attribute, String stored) {
        if ("customValues".equals(attribute)) {
            return AuditValues.customValues(stored, customLabels, key -> contact.hidden("custom." + key));
        }
        Long id = ownerId(attribute, stored);
        if (id != null) {
            return "ownerUserId".equals(attribute) ? owners.user(this, id) : owners.team(this, id);
        }
        return AuditValues.readable(stored);
    }

    private static Long ownerId(String attribute, String stored) {
        return stored != null && stored.matches("\\d{1,18}")
                && ("ownerUserId".equals(attribute) || "ownerTeamId".equals(attribute)) ? Long.valueOf(stored) : null;
    }

    private static OwnerNames ownersOf(List<Line> lines) {
        java.util.Set<Long> users = new java.util.HashSet<>();
        java.util.Set<Long> teams = new java.util.HashSet<>();
        for (Line line : lines) {
            String attribute = line.entry().field();
            for (String stored : new String[] {line.entry().oldValue(), line.entry().newValue()}) {
                Long id = ownerId(attribute, stored);
                if (id != null) {
                    ("ownerUserId".equals(attribute) ? users : teams).add(id);
                }
            }
        }
        return OwnerNames.of(users, teams);
    }

    private String channel(String channel) {
        return channel == null ? "" : getTranslation("contacts.history.channel." + channel);
    }

    private String operation(String operation) {
        return operation == null ? "" : getTranslation("contacts.history.operation." + operation);
    }
}
