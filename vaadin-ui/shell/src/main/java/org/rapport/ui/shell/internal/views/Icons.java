package org.rapport.ui.shell.internal.views;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Icons named by contributions; an unknown name gets a neutral icon rather than an error. */
final class Icons {

    private Icons() {
    }

    static Icon named(String name, VaadinIcon fallback) {
        try {
            return VaadinIcon.valueOf(name).create();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return fallback.create();
        }
    }
}
