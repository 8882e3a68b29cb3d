package org.rapport.itests.sample.ui;

import org.osgi.service.component.annotations.Component;
import org.rapport.ui.api.UiMessageBundle;

@Component
public final class SampleMessages implements UiMessageBundle {

    @Override
    public String baseName() {
        return "OSGI-INF/l10n/sample";
    }
}
