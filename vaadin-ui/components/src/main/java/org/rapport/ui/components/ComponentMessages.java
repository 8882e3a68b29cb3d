package org.rapport.ui.components;

import org.osgi.service.component.annotations.Component;
import org.rapport.ui.api.UiMessageBundle;

/** The shared components' own texts, in OSGI-INF/l10n/ui-components*.properties. */
@Component
public final class ComponentMessages implements UiMessageBundle {

    @Override
    public String baseName() {
        return "OSGI-INF/l10n/ui-components";
    }
}
