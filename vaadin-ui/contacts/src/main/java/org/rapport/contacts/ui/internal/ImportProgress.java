package org.rapport.contacts.ui.internal;

import java.io.Writer;
import java.util.Optional;

import org.rapport.contacts.api.ContactImports;
import org.rapport.contacts.api.ImportJob;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * Step 3 of the import: one job's progress bar and counts while it runs, then its outcome with the refused rows as a
 * CSV download (row number, reason, the row as it was) and the way on.
 */
final class ImportProgress extends Div {

    private static final long serialVersionUID = 1L;

    private final transient ContactImports imports;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Paragraph state = new Paragraph();
    private final Paragraph rows = new Paragraph();
    private final Paragraph counts = new Paragraph();
    private final Div outcome = new Div();
    private ImportJob job;

    ImportProgress(ContactImports imports, Runnable another) {
        this.imports = imports;
        setId("contacts-import-progress");
        bar.setId("contacts-import-bar");
        state.setId("contacts-import-state");
        rows.setId("contacts-import-rows");
        counts.setId("contacts-import-counts");
        outcome.setId("contacts-import-outcome");
        state.getStyle().set("font-weight", "600");
        Button again = new Button(getTranslation("contacts.import.another"), VaadinIcon.UPLOAD.create(),
                click -> another.run());
        again.setId("contacts-import-another");
        add(new H3(getTranslation("contacts.import.step.progress")), state, bar, rows, counts, outcome,
                new HorizontalLayout(again));
    }

    Optional<ImportJob> job() {
        return Optional.ofNullable(job);
    }

    void show(ImportJob shown) {
        boolean sameOutcome = job != null && job.id() == shown.id() && job.state() == shown.state();
        job = shown;
        getElement().setAttribute("data-job", String.valueOf(shown.id()));
        getElement().setAttribute("data-state", shown.state().wire());
        state.setText(getTranslation("contacts.import.state." + shown.state().wire())
                + (shown.dryRun() ? " · " + getTranslation("contacts.import.recent.dryRun") : ""));
        bar.setValue(shown.totalRows() == 0 ? (finished(shown) ? 1 : 0)
                : Math.min(1.0, (double) shown.processedRows() / shown.totalRows()));
        bar.setIndeterminate(shown.state() == ImportJob.State.QUEUED);
        rows.setText(getTranslation("contacts.import.progress", shown.processedRows(), shown.totalRows()));
        counts.setText(getTranslation("contacts.import.counts", shown.created(), shown.updated(), shown.failed()));
        if (!sameOutcome) {
            showOutcome(shown);
        }
    }

    private void showOutcome(ImportJob shown) {
        outcome.removeAll();
        if (!finished(shown)) {
            outcome.add(new Paragraph(getTranslation("contacts.import.leave")));
            return;
        }
        if (shown.state() == ImportJob.State.FAILED) {
            Paragraph why = new Paragraph(ProblemTexts.translate(this, shown.problem()));
            why.getStyle().set("color", "var(--lumo-error-text-color)");
            outcome.add(why);
        } else {
            outcome.add(new Paragraph(getTranslation(shown.dryRun() ? "contacts.import.doneDry" : "contacts.import.done")));
        }
        if (shown.failed() > 0) {
            Anchor errors = new Anchor(errorFile(shown),
                    AttachmentType.DOWNLOAD, getTranslation("contacts.import.errors", shown.failed()));
            errors.setId("contacts-import-errors");
            outcome.add(new Paragraph(errors));
        } else {
            outcome.add(new Paragraph(getTranslation("contacts.import.noErrors")));
        }
        ContactKind kind = shown.entity().equals(ContactKind.ORGANIZATION.singular) ? ContactKind.ORGANIZATION
                : ContactKind.PERSON;
        Anchor list = new Anchor(kind.listRoute(), getTranslation("contacts.import.toList." + kind.plural));
        list.setId("contacts-import-to-list");
        list.getElement().setAttribute("router-link", true);
        outcome.add(new Paragraph(list));
    }

    /**
     * The error file, written while the download request runs as its user (who may read this job's rows), in the
     * language of this page and under the file's own column headers.
     */
    private DownloadHandler errorFile(ImportJob shown) {
        ImportErrorTexts texts = new ImportErrorTexts(WordsIn.languageOf(this), shown.mapping());
        return Downloads.handler(() -> "import-" + shown.id() + "-errors.csv", "text/csv; charset=UTF-8", out -> {
            Writer csv = Downloads.spreadsheetCsv(out);
            imports.writeErrors(shown.id(), csv, texts.header(), error -> texts.reason(error.reason()));
            csv.flush();
        });
    }

    private static boolean finished(ImportJob job) {
        return job.state() == ImportJob.State.DONE || job.state() == ImportJob.State.FAILED;
    }
}
