package org.rapport.contacts.ui.internal;

import java.io.InputStream;
import java.util.List;

import org.rapport.contacts.api.Attachment;
import org.rapport.contacts.api.Attachments;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The files attached to one person or organization: name (a download), size, type, when and by whom; an upload for
 * those who may change the record, with the module's size limit said up front (a larger file is refused by the
 * browser before it is sent, and by the module if it gets there anyway); deleting after a confirmation.
 *
 * <p>The upload streams straight into {@link Attachments#add} while its own request runs, as that request's user;
 * only the page's update afterwards goes through {@link UI#access}.
 */
final class AttachmentsPanel extends Div {

    private static final long serialVersionUID = 1L;

    private final transient Attachments attachments;
    private final transient LocaleFormatting formatting;
    private final ContactKind kind;
    private final long id;
    private final Grid<Attachment> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Div problem = new Div();
    private final boolean mayChange;

    AttachmentsPanel(Attachments attachments, LocaleFormatting formatting, ContactKind kind, long id) {
        this.attachments = attachments;
        this.formatting = formatting;
        this.kind = kind;
        this.id = id;
        this.mayChange = Texts.callerHas(kind.writePermission);
        setId("contact-attachments");
        setWidthFull();
        getStyle().set("padding-block", "var(--lumo-space-m)");
        if (mayChange) {
            add(upload());
        }
        problem.setId("contact-attachments-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        empty.setId("contact-attachments-empty");
        empty.setText(getTranslation("contacts.attachments.empty"));
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        grid.setId("contact-attachments-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::download).setHeader(getTranslation("contacts.attachments.name")).setFlexGrow(3)
                .setKey("name");
        grid.addColumn(a -> size(this, a.sizeBytes())).setHeader(getTranslation("contacts.attachments.size"))
                .setAutoWidth(true).setFlexGrow(0).setKey("size");
        grid.addColumn(a -> Texts.ltr(a.contentType())).setHeader(getTranslation("contacts.attachments.type"))
                .setFlexGrow(1).setKey("type");
        grid.addColumn(a -> Texts.dateTime(formatting, getLocale(), a.uploadedAt()))
                .setHeader(getTranslation("contacts.attachments.uploaded")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Attachment::uploadedBy).setHeader(getTranslation("contacts.attachments.by")).setAutoWidth(true)
                .setFlexGrow(0);
        if (mayChange) {
            grid.addComponentColumn(this::deleteButton).setAutoWidth(true).setFlexGrow(0);
        }
        add(problem, empty, grid);
        refresh();
    }

    private Component upload() {
        long limit = attachments.maxBytes();
        Upload upload = new Upload(new UploadHandler() {
            private static final long serialVersionUID = 1L;

            @Override
            public void handleUploadRequest(UploadEvent event) throws java.io.IOException {
                received(event);
            }
        });
        upload.setId("contact-attachments-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        String tooBig = getTranslation("contacts.attachments.tooBig", size(this, limit));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("contacts.attachments.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("contacts.attachments.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(tooBig)
                        .setTooManyFiles(getTranslation("contacts.attachments.oneAtATime"))));
        // the browser refuses a file past the limit before sending it: say why, where the user looks
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));
        upload.addFailedListener(failed -> showProblem(getTranslation("contacts.attachments.refused",
                failed.getReason() == null ? "" : String.valueOf(failed.getReason().getMessage()))));
        upload.addAllFinishedListener(done -> upload.clearFileList());
        Paragraph hint = new Paragraph(getTranslation("contacts.attachments.limit", size(this, limit)));
        hint.setId("contact-attachments-limit");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin-block", "var(--lumo-space-xs) var(--lumo-space-m)");
        Div box = new Div(upload, hint);
        return box;
    }

    /** Runs in the upload's request, as its user: the file goes to the module as it arrives. */
    private void received(UploadEvent event) throws java.io.IOException {
        UI ui = event.getUI();
        try (InputStream content = event.getInputStream()) {
            Attachment added = attachments.add(kind.singular, id, event.getFileName(), event.getContentType(), content);
            ui.access(() -> {
                showProblem(null);
                refresh();
                Texts.notice(getTranslation("contacts.attachments.added", Texts.isolated(added.fileName())),
                        NotificationVariant.LUMO_SUCCESS);
            });
        } catch (ApiProblem refused) {
            ui.access(() -> showProblem(getTranslation("contacts.attachments.refused",
                    ProblemTexts.translate(this, refused.detail()))));
        }
    }

    private void refresh() {
        List<Attachment> files;
        try {
            files = attachments.list(kind.singular, id);
        } catch (ApiProblem refused) {
            showProblem(ProblemTexts.translate(this, refused.detail()));
            files = List.of();
        }
        grid.setItems(files);
        grid.setVisible(!files.isEmpty());
        empty.setVisible(files.isEmpty());
    }

    private void showProblem(String text) {
        problem.setText(text == null ? "" : text);
        problem.setVisible(text != null);
    }

    private Component download(Attachment attachment) {
        Anchor link = new Anchor(Downloads.handler(() -> safeName(attachment.fileName()), attachment.contentType(),
                out -> {
                    try (InputStream in = attachments.open(kind.singular, id, attachment.id())) {
                        in.transferTo(out);
                    }
                }), AttachmentType.DOWNLOAD, attachment.fileName());
        link.getElement().setAttribute("dir", "auto");
        link.getElement().setAttribute("data-attachment", String.valueOf(attachment.id()));
        return link;
    }

    private Component deleteButton(Attachment attachment) {
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(attachment));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        delete.setAriaLabel(getTranslation("contacts.attachments.delete", attachment.fileName()));
        delete.setTooltipText(getTranslation("contacts.attachments.delete", attachment.fileName()));
        delete.getElement().setAttribute("data-delete-attachment", String.valueOf(attachment.id()));
        return delete;
    }

    private void confirmDelete(Attachment attachment) {
        ConfirmDialog dialog = ContactDetailView.deleteDialog(this, "contact-attachment-delete-dialog",
                getTranslation("contacts.attachments.delete.title", Texts.isolated(attachment.fileName())),
                getTranslation("contacts.attachments.delete.text"));
        dialog.addConfirmListener(confirmed -> {
            try {
                attachments.delete(kind.singular, id, attachment.id());
                Texts.notice(getTranslation("contacts.attachments.deleted", Texts.isolated(attachment.fileName())),
                        NotificationVariant.LUMO_SUCCESS);
            } catch (ApiProblem refused) {
                Texts.notice(ProblemTexts.translate(this, refused.detail()), NotificationVariant.LUMO_ERROR);
            } catch (java.io.IOException failed) {
                Texts.notice(String.valueOf(failed.getMessage()), NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        dialog.open();
    }

    /** A size as people read it, in their digits: 812 B, 45.3 KB, 10 MB. */
    static String size(Component component, long bytes) {
        if (bytes < 1024) {
            return component.getTranslation("contacts.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return component.getTranslation("contacts.size.kb", bytes / 1024.0);
        }
        return component.getTranslation("contacts.size.mb", bytes / (1024.0 * 1024.0));
    }

    /** The stored name as a download's name: no quotes or control characters in the header. */
    private static String safeName(String name) {
        return name.replaceAll("[\\p{Cntrl}\"\\\\]", "_");
    }
}
