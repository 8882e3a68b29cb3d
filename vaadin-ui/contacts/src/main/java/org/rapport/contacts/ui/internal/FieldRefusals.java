package org.rapport.contacts.ui.internal;

import java.util.List;
import java.util.Map;

import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.NotificationVariant;

/** A module's refusal shown where it belongs: each refused field's reason beside it, anything else as a notice. */
final class FieldRefusals {

    private FieldRefusals() {
    }

    /** Clears what an earlier refusal marked, before the next try. */
    static void clear(Map<String, ? extends HasValidation> byField) {
        byField.values().forEach(field -> field.setInvalid(false));
    }

    static void show(Component page, Map<String, ? extends HasValidation> byField, ApiProblem refused) {
        boolean placed = false;
        for (FieldError error : refused.fieldErrors() == null ? List.<FieldError>of() : refused.fieldErrors()) {
            HasValidation field = byField.get(error.field());
            if (field != null) {
                field.setErrorMessage(ProblemTexts.translate(page, error.message()));
                field.setInvalid(true);
                placed = true;
            }
        }
        if (!placed) {
            Texts.notice(ProblemTexts.translate(page, refused.detail()), NotificationVariant.LUMO_ERROR);
        }
    }
}
