package org.rapport.ui.shell.internal.views;

import java.util.List;

import com.vaadin.flow.router.RouteConfiguration;

/** The routes of the shell itself; every other page is a contribution, the shell's Admin pages included. */
public final class ShellRoutes {

    private ShellRoutes() {
    }

    public static void register(RouteConfiguration routes) {
        routes.setRoute("", HomeView.class, List.of(MainLayout.class));
        routes.setRoute("login", LoginView.class);
        routes.setRoute("account", AccountView.class, List.of(MainLayout.class));
    }
}
