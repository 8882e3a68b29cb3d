package org.rapport.ui.shell.internal.views;

import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.rapport.ui.api.DashboardWidget;
import org.rapport.ui.shell.internal.Shell;
import org.rapport.ui.shell.internal.ShellPart;
import org.rapport.ui.shell.internal.access.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The home dashboard: the date in the user's calendar and a card for every contributed widget. */
public final class HomeView extends Div implements ShellPart, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HomeView.class);

    private final transient Shell shell = Shell.current();
    private final Div widgets = Cards.grid();

    public HomeView() {
        setId("home-dashboard");
        Div page = Cards.page();
        Locale locale = getLocale();
        H2 welcome = new H2(shell.translate(locale, "shell.home.welcome"));
        welcome.getStyle().set("margin", "0");
        Paragraph today = new Paragraph(shell.formatting().formatDate(LocalDate.now(), FormatStyle.FULL,
                shell.formatting().defaults(locale)));
        today.setId("home-today");
        today.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "var(--lumo-space-xs)");
        page.add(welcome, today, widgets);
        add(page);
        buildWidgets();
    }

    private void buildWidgets() {
        widgets.removeAll();
        Locale locale = getLocale();
        List<DashboardWidget> allowed = shell.contributions().widgets().stream()
                .filter(widget -> Access.allows(widget.requiredPermission())).toList();
        for (DashboardWidget widget : allowed) {
            Div card = Cards.card(shell.translate(locale, widget.titleKey()), content(widget, locale));
            card.getElement().setAttribute("data-widget", widget.id());
            if (widget.columns() > 1) {
                card.getStyle().set("grid-column", "span " + Math.min(widget.columns(), 2));
            }
            widgets.add(card);
        }
        if (allowed.isEmpty()) {
            widgets.add(new Paragraph(shell.translate(locale, "shell.home.noWidgets")));
        }
    }

    /** A widget that fails shows why in its card; the rest of the dashboard is not affected. */
    private Component content(DashboardWidget widget, Locale locale) {
        try {
            return widget.create();
        } catch (RuntimeException failure) {
            LOG.error("Dashboard widget {} failed", widget.id(), failure);
            Paragraph error = new Paragraph(shell.translate(locale, "shell.home.widgetFailed"));
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            return error;
        }
    }

    @Override
    public void contributionsChanged() {
        buildWidgets();
    }

    @Override
    public String getPageTitle() {
        return shell.translate(getLocale(), "shell.home.title");
    }
}
