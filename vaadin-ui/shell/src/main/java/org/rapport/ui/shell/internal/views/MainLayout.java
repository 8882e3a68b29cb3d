package org.rapport.ui.shell.internal.views;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.Notices;
import org.rapport.ui.api.ViewContribution;
import org.rapport.ui.shell.internal.Shell;
import org.rapport.ui.shell.internal.ShellPart;
import org.rapport.ui.shell.internal.access.Access;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinSession;

/**
 * The frame around every page: a drawer with the navigation built from the contributed views, grouped by menu
 * section; a header with the page title, the global search, notices and the language menu.
 */
public final class MainLayout extends AppLayout implements ShellPart, AfterNavigationObserver, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final transient Shell shell = Shell.current();
    private final Div navigation = new Div();
    private final H1 pageTitle = new H1();
    private final NoticeBell bell;
    private String drawnMenu;

    public MainLayout() {
        setPrimarySection(Section.DRAWER);
        bell = new NoticeBell(shell);
        addToNavbar(header());
        addToDrawer(brand(), new Scroller(navigation));
        navigation.setId("shell-navigation");
        buildNavigation();
    }

    private Component header() {
        pageTitle.setId("shell-page-title");
        pageTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0")
                .set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis")
                .set("min-width", "0").set("flex", "0 1 auto");
        GlobalSearch search = new GlobalSearch(shell);
        // The search takes the room there is (up to 28rem) and shrinks first on a tablet; the title before it.
        search.getStyle().set("flex", "0 1 28rem").set("min-width", "8rem").set("margin-inline-start", "auto");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), pageTitle, search, bell,
                new LanguageMenu(shell), new UserMenu(shell));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("padding-inline-end", "var(--lumo-space-m)").set("min-width", "0");
        return header;
    }

    private Component brand() {
        Span logo = new Span(VaadinIcon.CONNECT_O.create());
        logo.getStyle().set("color", "var(--lumo-primary-color)");
        Span name = new Span("Rapport");
        name.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        HorizontalLayout brand = new HorizontalLayout(logo, name);
        brand.setAlignItems(FlexComponent.Alignment.CENTER);
        brand.getStyle().set("padding", "var(--lumo-space-m) var(--lumo-space-l)");
        return brand;
    }

    private void buildNavigation() {
        Locale locale = getLocale();
        // Widgets or search providers coming and going need no new drawer; redrawing it would lose its state.
        String shown = locale.toLanguageTag() + shell.contributions().views().stream()
                .filter(view -> view.inMenu() && Access.allows(view.requiredPermission()))
                .map(view -> view.menuGroup() + "/" + view.route() + "=" + shell.translate(locale, view.titleKey()))
                .toList().toString();
        if (shown.equals(drawnMenu)) {
            return;
        }
        drawnMenu = shown;
        navigation.removeAll();
        SideNav home = new SideNav();
        home.addItem(new SideNavItem(shell.translate(locale, "shell.home.title"), "", VaadinIcon.HOME.create()));
        navigation.add(home);

        Map<String, SideNav> groups = new LinkedHashMap<>();
        for (ViewContribution view : shell.contributions().views()) {
            if (!view.inMenu() || !Access.allows(view.requiredPermission())) {
                continue;
            }
            SideNav group = groups.computeIfAbsent(view.menuGroup(), id -> {
                SideNav nav = new SideNav(shell.translate(locale, MenuGroups.titleKey(id)));
                nav.setCollapsible(true);
                nav.getElement().setAttribute("data-menu-group", id);
                return nav;
            });
            SideNavItem item = new SideNavItem(shell.translate(locale, view.titleKey()), view.route(),
                    Icons.named(view.icon(), VaadinIcon.FILE_TEXT_O));
            item.getElement().setAttribute("data-route", view.route());
            group.addItem(item);
        }
        groups.values().forEach(navigation::add);
    }

    @Override
    public void contributionsChanged() {
        buildNavigation();
    }

    @Override
    public void noticesChanged() {
        bell.refresh();
    }

    /**
     * Every page inside the shell needs a signed-in user, and the page's permission if it declares one. The
     * check runs on the server before the page is created, for links, bookmarks and typed addresses alike.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (Access.caller().isEmpty()) {
            String wanted = event.getLocation().getPathWithQueryParameters();
            VaadinSession.getCurrent().getSession().setAttribute(LoginView.AFTER_SIGN_IN,
                    wanted.isEmpty() ? "." : wanted);
            event.forwardTo(LoginView.class);
            return;
        }
        shell.contributions().viewFor(event.getNavigationTarget())
                .filter(view -> !Access.allows(view.requiredPermission()))
                .ifPresent(view -> {
                    Shell.notify(event.getUI(), Notices.Level.WARNING, shell.translate(event.getUI().getLocale(),
                            "shell.notice.noAccess", shell.translate(event.getUI().getLocale(), view.titleKey())));
                    event.forwardTo(HomeView.class);
                });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        String title = content instanceof HasDynamicTitle dynamic ? dynamic.getPageTitle()
                : shell.contributions().viewFor(content == null ? null : content.getClass())
                        .map(view -> shell.translate(getLocale(), view.titleKey())).orElse("");
        pageTitle.setText(title);
        getUI().ifPresent(ui -> ui.getPage().setTitle(title.isEmpty() ? "Rapport" : title + " · Rapport"));
    }
}
