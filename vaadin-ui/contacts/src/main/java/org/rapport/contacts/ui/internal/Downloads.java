package org.rapport.contacts.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * Downloads the pages offer (exports, files, archives): a link with the {@code download} attribute, styled like a
 * button, whose file is written only when the browser asks for it.
 *
 * <p>That request is a request of its own, on another thread than the click that showed the link, and nothing of the
 * page's request is left on it. The services read the caller from {@code CurrentCaller}, which the shell's servlet
 * binds for every request, downloads included, from the session's signed-in user; so the file is written as the user
 * who asks for it, with their rights at that moment (a user signed out since gets a 401 and nothing else). This is the
 * UI's counterpart of the REST exports' {@code StreamedAsCaller}, where the body is written after the request's
 * filters are done and must carry the caller itself.
 */
final class Downloads {

    /** Writes the file; the services it calls may refuse with an {@link ApiProblem}. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private Downloads() {
    }

    /**
     * A link that looks and sits like the page's other buttons ({@code icon text}), downloading {@code fileName} of
     * {@code contentType}. The button inside only draws it: a click reaches the link, and the keyboard stops at the
     * link alone.
     */
    static Anchor button(String id, VaadinIcon icon, String text, Supplier<String> fileName, String contentType,
            Body body) {
        Anchor link = new Anchor(handler(fileName, contentType, body), AttachmentType.DOWNLOAD, "");
        link.setId(id);
        Button look = new Button(text, icon.create());
        look.setTabIndex(-1);
        link.add(look);
        link.getElement().setAttribute("aria-label", text);
        link.getStyle().set("text-decoration", "none");
        return link;
    }

    /** {@code people-2026-11-27.csv}: the date the file was written, in digits every system reads. */
    static String dated(String prefix, String extension) {
        return prefix + "-" + LocalDate.now(ZoneId.systemDefault()) + "." + extension;
    }

    /**
     * A CSV file's text for a spreadsheet program: UTF-8 behind a byte order mark. Excel reads a CSV without the mark
     * in the system's ANSI code page, which garbles Persian, Arabic and Mongolian; the import skips it. The mark stays
     * in the writer's buffer until the body flushes it, so a refusal before that still sets the status.
     */
    static Writer spreadsheetCsv(OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write('\uFEFF');
        return text;
    }

    static DownloadHandler handler(Supplier<String> fileName, String contentType, Body body) {
        return event -> {
            if (CurrentCaller.get().isEmpty()) {
                event.getResponse().setStatus(401);
                return;
            }
            UI ui = event.getUI();
            Component owner = event.getOwningComponent();
            event.setFileName(fileName.get());
            event.setContentType(contentType);
            // an uploaded file is never run as a page of this site, whatever its bytes look like
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            try (OutputStream out = event.getOutputStream()) {
                body.writeTo(out);
            } catch (ApiProblem refused) {
                // nothing is written before the service has checked the caller, so the status still counts
                event.getResponse().setStatus(refused.status());
                if (ui != null) {
                    ui.access(() -> Texts.notice(owner.getTranslation("contacts.download.failed",
                            ProblemTexts.translate(owner, refused.detail())), NotificationVariant.LUMO_ERROR));
                }
            }
        };
    }
}
