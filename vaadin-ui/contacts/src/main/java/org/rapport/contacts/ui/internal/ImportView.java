package org.rapport.contacts.ui.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.rapport.contacts.api.ContactImports;
import org.rapport.contacts.api.ImportFormat;
import org.rapport.contacts.api.ImportJob;
import org.rapport.contacts.api.ImportPreview;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.shared.Registration;

/**
 * The import wizard: (1) choose people or organizations and upload a CSV file or an Excel workbook, streamed to a
 * temporary file; (2) for a workbook of several sheets choose the sheet, map the columns to fields, seeing the first
 * rows as they will be read, pick the key and maybe a dry run; (3) watch the background job's progress (polled once a second) and download the refused rows. The recent imports below let a
 * user come back to a job after leaving the page: it runs on without them.
 */
public class ImportView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    static final int MAX_MEGABYTES = 200;
    private static final int PREVIEW_ROWS = 10;
    private static final int POLL_MILLIS = 1000;

    private final transient ContactImports imports;
    private final RadioButtonGroup<ContactKind> entity = new RadioButtonGroup<>();
    private final Div fileStep = new Div();
    private final Div fileProblem = new Div();
    private final Div mappingStep = new Div();
    private final Upload upload;
    private final ImportProgress progress;
    private final RecentImports recent;
    private transient Path uploaded;
    private String uploadedName;
    private String sheet;
    private List<String> sheets = List.of();
    private Registration polling;

    ImportView(ContactImports imports, LocaleFormatting formatting) {
        this.imports = imports;
        this.progress = new ImportProgress(imports, this::chooseAnotherFile);
        this.recent = new RecentImports(formatting, this::show);
        setId("contacts-import");
        getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box").set("max-width", "80rem");
        H2 heading = new H2(getTranslation("contacts.import.title"));
        heading.getStyle().set("margin-top", "0");

        entity.setId("contacts-import-entity");
        entity.setLabel(getTranslation("contacts.import.entity"));
        entity.setItems(ContactKind.PERSON, ContactKind.ORGANIZATION);
        entity.setItemLabelGenerator(kind -> getTranslation("contacts.import.entity." + kind.singular));
        entity.setValue(ContactKind.PERSON);
        entity.addValueChangeListener(change -> {
            if (uploaded != null) {
                preview();
            }
        });
        upload = new Upload(UploadHandler.toTempFile(this::received));
        upload.setId("contacts-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes(".csv", "text/csv", ".xlsx", ImportFormat.XLSX_MEDIA_TYPE);
        upload.setI18n(uploadTexts());
        // the message is one of uploadTexts(), already in the user's language
        upload.addFileRejectedListener(rejected -> showFileProblem(rejected.getErrorMessage()));
        upload.addFailedListener(failed -> showFileProblem(getTranslation("contacts.import.file.failed",
                failed.getReason() == null ? "" : failed.getReason().getMessage())));
        fileProblem.setId("contacts-import-file-problem");
        fileProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        fileStep.add(new H3(getTranslation("contacts.import.step.file")), entity, upload,
                new Paragraph(getTranslation("contacts.import.file.hint", MAX_MEGABYTES)), fileProblem);
        mappingStep.setId("contacts-import-mapping-step");
        mappingStep.setVisible(false);
        progress.setVisible(false);
        add(heading, fileStep, mappingStep, progress, recent);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        Optional.ofNullable(query.get("entity")).flatMap(values -> values.stream().findFirst())
                .filter(value -> value.equals(ContactKind.ORGANIZATION.singular))
                .ifPresent(value -> entity.setValue(ContactKind.ORGANIZATION));
        Optional.ofNullable(query.get("job")).flatMap(values -> values.stream().findFirst())
                .filter(value -> value.matches("[0-9]{1,18}")).flatMap(value -> imports.job(Long.parseLong(value)))
                .ifPresent(this::show);
    }

    /** Runs in the UI's lock once the whole file is on disk. */
    private void received(UploadMetadata file, File stored) {
        forgetUpload();
        uploaded = stored.toPath();
        uploadedName = file.fileName();
        sheet = null;
        sheets = List.of();
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            showFileProblem(getTranslation("contacts.import.file.wrongType"));
            forgetUpload();
            return;
        }
        preview();
    }

    private void preview() {
        ImportPreview preview;
        try (InputStream file = Files.newInputStream(uploaded)) {
            preview = imports.preview(entity.getValue().singular, file, format(), PREVIEW_ROWS);
        } catch (ApiProblem problem) {
            String text = getTranslation("contacts.import.file.rejected", ImportMapping.problemText(this, problem));
            if (sheet != null && sheets.size() > 1) {
                // another sheet of the same workbook may do: keep the file and the sheet choice
                Paragraph sheetProblem = new Paragraph(text);
                sheetProblem.setId("contacts-import-sheet-problem");
                sheetProblem.getStyle().set("color", "var(--lumo-error-text-color)");
                mappingStep.removeAll();
                mappingStep.add(new H3(getTranslation("contacts.import.step.mapping")), sheetChoice(sheets),
                        sheetProblem);
                return;
            }
            showFileProblem(text);
            forgetUpload();
            return;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        fileProblem.removeAll();
        mappingStep.removeAll();
        sheets = preview.sheets();
        mappingStep.add(new H3(getTranslation("contacts.import.step.mapping")));
        if (sheets.size() > 1) {
            mappingStep.add(sheetChoice(sheets));
        }
        mappingStep.add(new ImportMapping(uploadedName, preview, this::start, this::chooseAnotherFile));
        mappingStep.setVisible(true);
        progress.setVisible(false);
    }

    private void start(String key, Map<String, String> mapping, boolean dryRun) {
        ImportJob job;
        try (InputStream file = Files.newInputStream(uploaded)) {
            job = imports.start(entity.getValue().singular, key, mapping, file, format(), dryRun);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        forgetUpload();
        show(job);
    }

    /** A workbook is read from the sheet chosen (the first until one is); anything else as CSV. */
    private ImportFormat format() {
        return ImportFormat.ofFileName(uploadedName, sheet);
    }

    /** A workbook with several sheets: which one holds the rows; choosing another previews that one. */
    private Select<String> sheetChoice(List<String> sheets) {
        Select<String> choice = new Select<>();
        choice.setId("contacts-import-sheet");
        choice.setLabel(getTranslation("contacts.import.sheet"));
        choice.setHelperText(getTranslation("contacts.import.sheet.hint", sheets.size()));
        choice.setItems(sheets);
        choice.setValue(sheet != null && sheets.contains(sheet) ? sheet : sheets.get(0));
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                sheet = change.getValue();
                preview();
            }
        });
        return choice;
    }

    /** Shows a job's progress, and follows it while it runs. */
    private void show(ImportJob job) {
        fileStep.setVisible(false);
        mappingStep.setVisible(false);
        mappingStep.removeAll();
        progress.show(job);
        progress.setVisible(true);
        recent.refresh(imports.recent(RecentImports.SHOWN));
        follow(job.state() == ImportJob.State.QUEUED || job.state() == ImportJob.State.RUNNING);
    }

    /** Back to step 1, with the upload emptied: it takes one file, and would refuse the next while one is listed. */
    private void chooseAnotherFile() {
        forgetUpload();
        upload.clearFileList();
        mappingStep.setVisible(false);
        mappingStep.removeAll();
        progress.setVisible(false);
        fileStep.setVisible(true);
        follow(false);
    }

    private void follow(boolean on) {
        Optional<UI> ui = getUI();
        if (ui.isEmpty()) {
            return;
        }
        if (on && polling == null) {
            ui.get().setPollInterval(POLL_MILLIS);
            polling = ui.get().addPollListener(poll -> poll());
        } else if (!on && polling != null) {
            ui.get().setPollInterval(-1);
            polling.remove();
            polling = null;
        }
    }

    private void poll() {
        Optional<ImportJob> job = progress.job().flatMap(shown -> imports.job(shown.id()));
        job.ifPresent(progress::show);
        recent.refresh(imports.recent(RecentImports.SHOWN));
        if (job.isEmpty() || job.get().state() == ImportJob.State.DONE || job.get().state() == ImportJob.State.FAILED) {
            follow(false);
        }
    }

    private void showFileProblem(String text) {
        fileProblem.setText(text);
        upload.clearFileList();
        mappingStep.setVisible(false);
    }

    private void forgetUpload() {
        if (uploaded != null) {
            try {
                Files.deleteIfExists(uploaded);
            } catch (IOException ignored) {
                // a temporary file: the operating system clears it at the latest
            }
            uploaded = null;
        }
    }

    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("contacts.import.file.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("contacts.import.file.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("contacts.import.file.tooBig",
                        MAX_MEGABYTES)).setIncorrectFileType(getTranslation("contacts.import.file.wrongType"))
                        .setTooManyFiles(getTranslation("contacts.import.file.wrongType")));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        recent.refresh(imports.recent(RecentImports.SHOWN));
        progress.job().ifPresent(job -> follow(job.state() == ImportJob.State.QUEUED
                || job.state() == ImportJob.State.RUNNING));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        follow(false);
        forgetUpload();
        super.onDetach(detach);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.import.title");
    }
}
