package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.function.LongConsumer;

import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.PersonPrivacy;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A person's rights under the GDPR, on their page: everything held about them as a ZIP archive (needs
 * {@code contacts.person.export}) and erasure (needs {@code contacts.person.erase}), which cannot be undone and so
 * asks for the person's name to be typed first.
 */
final class PrivacyActions {

    private PrivacyActions() {
    }

    /** The actions the caller may take; {@code erased} gets the person's id once they are erased. */
    static List<Component> of(Component page, PersonPrivacy privacy, Contact person, LongConsumer erased) {
        java.util.ArrayList<Component> actions = new java.util.ArrayList<>();
        if (Texts.callerHas(ContactPermissions.PERSON_EXPORT)) {
            actions.add(Downloads.button("contact-privacy-export", VaadinIcon.FILE_ZIP,
                    page.getTranslation("contacts.privacy.export"),
                    () -> Downloads.dated("person-" + person.id() + "-archive", "zip"), "application/zip",
                    out -> privacy.exportArchive(person.id(), out)));
        }
        // erasing again would change nothing: the page already says when it was done
        if (Texts.callerHas(ContactPermissions.PERSON_ERASE) && person.erasedAt() == null) {
            Button erase = new Button(page.getTranslation("contacts.privacy.erase"), VaadinIcon.ERASER.create(),
                    click -> confirmErase(page, privacy, person, erased));
            erase.setId("contact-erase");
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(erase);
        }
        return actions;
    }

    private static void confirmErase(Component page, PersonPrivacy privacy, Contact person, LongConsumer erased) {
        String name = Texts.shownName(page, person).strip();
        Dialog dialog = new Dialog();
        dialog.setId("contact-erase-dialog");
        dialog.setHeaderTitle(page.getTranslation("contacts.privacy.erase.title", name));
        Paragraph what = new Paragraph(page.getTranslation("contacts.privacy.erase.text"));
        Paragraph never = new Paragraph(page.getTranslation("contacts.privacy.erase.final"));
        never.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        TextField typed = new TextField(page.getTranslation("contacts.privacy.erase.type", name));
        typed.setId("contact-erase-name");
        typed.setWidthFull();
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        Button confirm = new Button(page.getTranslation("contacts.privacy.erase.confirm"), VaadinIcon.ERASER.create());
        confirm.setId("contact-erase-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        typed.addValueChangeListener(change -> confirm.setEnabled(matches(change.getValue(), name)));
        confirm.addClickListener(click -> {
            if (!matches(typed.getValue(), name)) {
                typed.setInvalid(true);
                typed.setErrorMessage(page.getTranslation("contacts.privacy.erase.mismatch"));
                return;
            }
            try {
                privacy.erase(person.id(), person.version());
            } catch (ApiProblem refused) {
                Texts.notice(ProblemTexts.translate(page, refused.detail()), NotificationVariant.LUMO_ERROR);
                return;
            }
            dialog.close();
            Texts.notice(page.getTranslation("contacts.privacy.erased"), NotificationVariant.LUMO_SUCCESS);
            erased.accept(person.id());
        });
        Button cancel = new Button(page.getTranslation("contacts.form.cancel"), click -> dialog.close());
        cancel.setId("contact-erase-cancel");
        dialog.add(what, never, typed);
        dialog.getFooter().add(cancel, confirm);
        dialog.setMaxWidth("36rem");
        dialog.open();
        typed.focus();
    }

    /** The name as shown, ignoring spaces around it and letter case (Latin names). */
    static boolean matches(String typed, String name) {
        return typed != null && typed.strip().equalsIgnoreCase(name);
    }
}
