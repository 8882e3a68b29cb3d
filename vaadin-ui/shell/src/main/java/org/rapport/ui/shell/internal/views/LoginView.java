package org.rapport.ui.shell.internal.views;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.rapport.platform.api.security.AuthenticationResult;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.Channel;
import org.rapport.ui.shell.internal.Shell;
import org.rapport.ui.shell.internal.access.SignedIn;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

/**
 * The sign-in page, in the browser's (or chosen) language and direction. "Remember me" is deliberately absent:
 * a session ends after 30 idle minutes or 12 hours. Wrong username and wrong password get the same answer.
 */
public final class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    /** Session attribute: where the user was going when sign-in was asked for. */
    static final String AFTER_SIGN_IN = "rapport.ui.afterSignIn";

    private final transient Shell shell = Shell.current();
    private final LoginForm form = new LoginForm();

    public LoginView() {
        setId("login-page");
        Locale locale = getLocale();
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("justify-content", "center").set("min-height", "100vh").set("box-sizing", "border-box")
                .set("padding", "var(--lumo-space-l)").set("background", "var(--lumo-contrast-5pct)");

        Span logo = new Span(VaadinIcon.CONNECT_O.create());
        logo.getStyle().set("color", "var(--lumo-primary-color)");
        H1 name = new H1("Rapport");
        name.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-xxxl)");
        Div brand = new Div(logo, name);
        brand.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        Paragraph tagline = new Paragraph(shell.translate(locale, "shell.login.tagline"));
        tagline.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");

        form.setI18n(i18n(locale));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(login -> signIn(login.getUsername(), login.getPassword()));
        Div card = new Div(form);
        card.getStyle().set("background", "var(--lumo-base-color)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-shadow", "var(--lumo-box-shadow-m)");

        Div languages = new Div(new LanguageMenu(shell));
        languages.getStyle().set("margin-top", "var(--lumo-space-m)");
        add(brand, tagline, card, languages);
        if (shell.authenticator().isEmpty()) {
            form.setEnabled(false);
            Paragraph unavailable = new Paragraph(shell.translate(locale, "shell.login.unavailable"));
            unavailable.setId("login-unavailable");
            unavailable.getStyle().set("color", "var(--lumo-error-text-color)");
            add(unavailable);
        }
    }

    private LoginI18n i18n(Locale locale) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(shell.translate(locale, "shell.login.title"));
        texts.setUsername(shell.translate(locale, "shell.login.username"));
        texts.setPassword(shell.translate(locale, "shell.login.password"));
        texts.setSubmit(shell.translate(locale, "shell.login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(shell.translate(locale, "shell.login.failed.title"));
        error.setMessage(shell.translate(locale, "shell.login.failed.text"));
        error.setUsername(shell.translate(locale, "shell.login.username.required"));
        error.setPassword(shell.translate(locale, "shell.login.password.required"));
        return i18n;
    }

    private void signIn(String username, String password) {
        Optional<Authenticator> authenticator = shell.authenticator();
        if (authenticator.isEmpty()) {
            form.setError(true);
            return;
        }
        char[] secret = password.toCharArray();
        AuthenticationResult result;
        try {
            result = authenticator.get().authenticate(username, secret, Channel.UI);
        } finally {
            Arrays.fill(secret, '\0');
        }
        if (result instanceof AuthenticationResult.Success success) {
            VaadinRequest request = VaadinRequest.getCurrent();
            // A new session id: one planted or seen before sign-in is worth nothing afterwards.
            VaadinService.reinitializeSession(request);
            SignedIn.start(((VaadinServletRequest) request).getHttpServletRequest().getSession(), success.caller(),
                    Instant.now());
            Object target = VaadinSession.getCurrent().getSession().getAttribute(AFTER_SIGN_IN);
            VaadinSession.getCurrent().getSession().removeAttribute(AFTER_SIGN_IN);
            UI.getCurrent().getPage().setLocation(target instanceof String path ? path : ".");
            return;
        }
        AuthenticationResult.Failure failure = (AuthenticationResult.Failure) result;
        LoginI18n i18n = i18n(getLocale());
        if (failure.reason() == AuthenticationResult.Reason.LOCKED && failure.lockedUntil().isPresent()) {
            i18n.getErrorMessage().setTitle(shell.translate(getLocale(), "shell.login.locked.title"));
            i18n.getErrorMessage().setMessage(shell.translate(getLocale(), "shell.login.locked.text",
                    shell.formatting().formatDateTime(failure.lockedUntil().get(), ZoneId.systemDefault(),
                            FormatStyle.MEDIUM, FormatStyle.SHORT, shell.formatting().defaults(getLocale()))));
        }
        form.setI18n(i18n);
        form.setError(true);
        form.setEnabled(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (org.rapport.ui.shell.internal.access.Access.caller().isPresent()) {
            event.forwardTo(HomeView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return shell.translate(getLocale(), "shell.login.title");
    }
}
