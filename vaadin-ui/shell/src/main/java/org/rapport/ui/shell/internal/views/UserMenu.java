package org.rapport.ui.shell.internal.views;

import java.util.Locale;

import org.rapport.platform.api.security.Caller;
import org.rapport.ui.shell.internal.Shell;
import org.rapport.ui.shell.internal.access.Access;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.VaadinSession;

/** The signed-in user's avatar and name, and sign-out. */
final class UserMenu extends Composite<MenuBar> {

    private static final long serialVersionUID = 1L;

    UserMenu(Shell shell) {
        MenuBar bar = getContent();
        bar.setId("user-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Locale locale = getLocale();
        Caller caller = Access.caller().orElse(null);
        if (caller == null) {
            bar.setVisible(false);
            return;
        }
        Avatar avatar = new Avatar(caller.displayName());
        avatar.setThemeName("xsmall");
        MenuItem root = bar.addItem(avatar);
        root.setAriaLabel(caller.displayName());
        Span who = new Span(caller.displayName() + " (" + caller.username() + ")");
        who.getStyle().set("font-weight", "600");
        root.getSubMenu().addItem(who).setEnabled(false);
        root.getSubMenu().addSeparator();
        MenuItem account = root.getSubMenu().addItem(shell.translate(locale, "shell.user.account"),
                click -> getUI().ifPresent(ui -> ui.navigate("account")));
        account.getElement().setAttribute("data-action", "account");
        MenuItem signOut = root.getSubMenu().addItem(shell.translate(locale, "shell.user.signOut"), click -> {
            VaadinSession session = VaadinSession.getCurrent();
            getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
            // Invalidating the HTTP session ends the UI's session too: the page then loads the login page anew.
            session.getSession().invalidate();
        });
        signOut.getElement().setAttribute("data-action", "sign-out");
    }
}
