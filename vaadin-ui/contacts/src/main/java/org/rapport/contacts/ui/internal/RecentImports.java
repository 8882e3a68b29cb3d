package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.rapport.contacts.api.ImportJob;
import org.rapport.platform.api.i18n.LocaleFormatting;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** The user's latest imports, running or done; a click shows one again (how to come back to a running job). */
final class RecentImports extends Div {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 10;

    private final Grid<ImportJob> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private List<ImportJob> shown = List.of();

    RecentImports(LocaleFormatting formatting, Consumer<ImportJob> open) {
        setId("contacts-import-recent");
        grid.setId("contacts-import-recent-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(job -> Texts.dateTime(formatting, getLocale(), job.createdAt()))
                .setHeader(getTranslation("contacts.import.recent.started")).setAutoWidth(true);
        grid.addColumn(job -> getTranslation("contacts.import.entity." + job.entity()))
                .setHeader(getTranslation("contacts.import.recent.entity")).setAutoWidth(true);
        grid.addColumn(job -> getTranslation("contacts.import.state." + job.state().wire())
                + (job.dryRun() ? " · " + getTranslation("contacts.import.recent.dryRun") : ""))
                .setHeader(getTranslation("contacts.import.recent.state")).setAutoWidth(true);
        grid.addColumn(job -> getTranslation("contacts.import.progress", job.processedRows(), job.totalRows()))
                .setHeader(getTranslation("contacts.import.recent.rows")).setAutoWidth(true);
        grid.addColumn(job -> number(job.created()))
                .setHeader(getTranslation("contacts.import.recent.created")).setAutoWidth(true);
        grid.addColumn(job -> number(job.updated()))
                .setHeader(getTranslation("contacts.import.recent.updated")).setAutoWidth(true);
        grid.addColumn(job -> number(job.failed()))
                .setHeader(getTranslation("contacts.import.recent.failed")).setAutoWidth(true);
        grid.addItemClickListener(click -> open.accept(click.getItem()));
        grid.getStyle().set("cursor", "pointer");
        empty.setText(getTranslation("contacts.import.recent.empty"));
        add(new H3(getTranslation("contacts.import.recent")), grid, empty);
    }

    /** In the language's digits, as the ICU messages around it show them. */
    private String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    void refresh(List<ImportJob> jobs) {
        if (jobs.equals(shown)) {
            return;
        }
        shown = jobs;
        grid.setItems(jobs);
        grid.setVisible(!jobs.isEmpty());
        empty.setVisible(jobs.isEmpty());
    }
}
