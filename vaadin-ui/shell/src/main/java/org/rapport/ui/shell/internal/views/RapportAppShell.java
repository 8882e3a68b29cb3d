package org.rapport.ui.shell.internal.views;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/** Page-wide settings: server push (module changes and notices reach open pages), title, mobile viewport. */
@Push
public final class RapportAppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Rapport");
        settings.setViewport("width=device-width, initial-scale=1");
    }
}
