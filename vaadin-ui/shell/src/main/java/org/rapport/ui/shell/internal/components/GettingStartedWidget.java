package org.rapport.ui.shell.internal.components;

import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.rapport.ui.api.DashboardWidget;
import org.rapport.ui.shell.internal.Shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** Home card for a new installation: what Rapport is made of and where to start. */
@Component
public final class GettingStartedWidget implements DashboardWidget {

    @Override
    public String id() {
        return "platform.getting-started";
    }

    @Override
    public String titleKey() {
        return "shell.widget.start.title";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public int columns() {
        return 2;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Shell shell = Shell.current();
        Locale locale = UI.getCurrent().getLocale();
        Paragraph intro = new Paragraph(shell.translate(locale, "shell.widget.start.intro"));
        intro.getStyle().set("margin-top", "0");
        UnorderedList steps = new UnorderedList(
                new ListItem(routerLink("admin/modules", shell.translate(locale, "shell.widget.start.modules"))),
                new ListItem(routerLink("admin/api", shell.translate(locale, "shell.widget.start.api"))),
                new ListItem(shell.translate(locale, "shell.widget.start.language")));
        steps.getStyle().set("margin", "0").set("padding-inline-start", "var(--lumo-space-l)");
        return new Div(intro, steps);
    }

    private static Anchor routerLink(String route, String text) {
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
