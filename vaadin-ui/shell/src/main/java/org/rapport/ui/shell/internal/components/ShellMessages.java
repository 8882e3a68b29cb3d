package org.rapport.ui.shell.internal.components;

import org.osgi.service.component.annotations.Component;
import org.rapport.ui.api.UiMessageBundle;

/** The shell's own texts, in OSGI-INF/l10n/shell*.properties. */
@Component
public final class ShellMessages implements UiMessageBundle {

    @Override
    public String baseName() {
        return "OSGI-INF/l10n/shell";
    }
}
