package org.rapport.identity.ui.internal;

import org.osgi.service.component.annotations.Component;
import org.rapport.ui.api.UiMessageBundle;

/** The identity pages' texts, and the names of the permissions identity defines for itself and the platform. */
@Component
public final class IdentityUiMessages implements UiMessageBundle {

    @Override
    public String baseName() {
        return "OSGI-INF/l10n/identity-ui";
    }
}
