package org.rapport.ui.shell.internal.views;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.Tokens;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.ui.api.Notices;
import org.rapport.ui.shell.internal.Shell;
import org.rapport.ui.shell.internal.access.Access;
import org.rapport.ui.shell.internal.access.UiSessions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinSession;

/**
 * My account: the sessions signed in as me (end the ones I do not recognise) and my personal API tokens (scoped to
 * some of my permissions, expiring, revocable; the token itself is shown once).
 */
public final class AccountView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient Shell shell = Shell.current();
    private final Grid<UiSessions.Entry> sessions = new Grid<>();
    private final Grid<Tokens.TokenInfo> tokens = new Grid<>();
    private final Button endOthers = new Button();

    public AccountView() {
        setId("account-page");
        Locale locale = getLocale();
        Caller caller = Access.caller().orElseThrow();
        Div page = Cards.page();
        H2 heading = new H2(caller.displayName() + " (" + caller.username() + ")");
        heading.getStyle().set("margin", "0");
        Paragraph roles = new Paragraph(shell.translate(locale, "shell.account.roles", String.join(", ",
                new TreeSet<>(caller.roles()))));
        roles.getStyle().set("color", "var(--lumo-secondary-text-color)");

        sessions.setId("account-sessions");
        sessions.addThemeVariants(GridVariant.LUMO_COMPACT);
        sessions.setAllRowsVisible(true);
        sessions.addColumn(entry -> when(entry.signedInAt())).setHeader(shell.translate(locale, "shell.account.signedIn"));
        sessions.addColumn(entry -> when(entry.lastSeen())).setHeader(shell.translate(locale, "shell.account.lastSeen"));
        sessions.addComponentColumn(entry -> {
            if (entry.current()) {
                return new Paragraph(shell.translate(locale, "shell.account.thisSession"));
            }
            Button end = new Button(shell.translate(locale, "shell.account.end"), click -> {
                shell.sessions().end(caller.username(), entry.id());
                refresh(caller);
            });
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return end;
        });

        endOthers.setText(shell.translate(locale, "shell.account.endOthers"));
        endOthers.addClickListener(click -> {
            int ended = shell.sessions().endOthers(caller.username(), currentSessionId());
            Shell.notify(getUI().orElseThrow(), Notices.Level.INFO,
                    shell.translate(locale, "shell.account.endedOthers", ended));
            refresh(caller);
        });
        endOthers.setId("account-end-others");
        endOthers.addThemeVariants(ButtonVariant.LUMO_ERROR);

        // beside the heading, not below the list: someone with many sessions still sees it
        HorizontalLayout sessionsHeading = new HorizontalLayout(new H3(shell.translate(locale, "shell.account.sessions")),
                endOthers);
        sessionsHeading.setAlignItems(FlexComponent.Alignment.BASELINE);
        sessionsHeading.getStyle().set("flex-wrap", "wrap");
        page.add(heading, roles, sessionsHeading, sessions,
                new H3(shell.translate(locale, "shell.account.tokens")));
        Optional<Tokens> tokenService = shell.tokens();
        if (tokenService.isEmpty()) {
            page.add(new Paragraph(shell.translate(locale, "shell.account.tokensUnavailable")));
        } else {
            page.add(new Paragraph(shell.translate(locale, "shell.account.tokensIntro")), tokenForm(caller),
                    tokens);
            tokens.setId("account-tokens");
            tokens.addThemeVariants(GridVariant.LUMO_COMPACT);
            tokens.setAllRowsVisible(true);
            tokens.addColumn(Tokens.TokenInfo::label).setHeader(shell.translate(locale, "shell.account.label"));
            tokens.addColumn(info -> info.scopes().isEmpty() ? shell.translate(locale, "shell.account.allScopes")
                    : String.join(", ", new TreeSet<>(info.scopes()))).setHeader(shell.translate(locale, "shell.account.scopes"));
            tokens.addColumn(info -> when(info.expiresAt())).setHeader(shell.translate(locale, "shell.account.expires"));
            tokens.addColumn(info -> when(info.lastUsedAt())).setHeader(shell.translate(locale, "shell.account.lastUsed"));
            tokens.addComponentColumn(info -> {
                Button revoke = new Button(shell.translate(locale, "shell.account.revoke"), click -> {
                    tokenService.get().revoke(caller, info.id());
                    refresh(caller);
                });
                revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                return revoke;
            });
        }
        add(page);
        refresh(caller);
    }

    private HorizontalLayout tokenForm(Caller caller) {
        Locale locale = getLocale();
        TextField label = new TextField(shell.translate(locale, "shell.account.label"));
        label.setId("token-label");
        MultiSelectComboBox<String> scopes = new MultiSelectComboBox<>(shell.translate(locale, "shell.account.scopes"));
        scopes.setItems(new TreeSet<>(caller.permissions()));
        scopes.setPlaceholder(shell.translate(locale, "shell.account.allScopes"));
        IntegerField days = new IntegerField(shell.translate(locale, "shell.account.days"));
        days.setMin(1);
        days.setMax(365);
        days.setValue(90);
        days.setStepButtonsVisible(true);
        Button create = new Button(shell.translate(locale, "shell.account.create"), click -> {
            try {
                Tokens.IssuedToken issued = shell.tokens().orElseThrow().issuePersonalToken(caller,
                        label.getValue().strip(), scopes.getSelectedItems(),
                        Duration.ofDays(days.getValue() == null ? 90 : days.getValue()));
                showOnce(issued);
                label.clear();
                scopes.clear();
                refresh(caller);
            } catch (ApiProblem problem) {
                Shell.notify(getUI().orElseThrow(), Notices.Level.ERROR, problem.detail() + " "
                        + problem.fieldErrors().stream().map(error -> error.field() + ": " + error.message()).toList());
            }
        });
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(label, scopes, days, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        return form;
    }

    private void showOnce(Tokens.IssuedToken issued) {
        Locale locale = getLocale();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(shell.translate(locale, "shell.account.tokenCreated"));
        TextField secret = new TextField();
        secret.setId("token-secret");
        secret.setValue(issued.token());
        secret.setReadOnly(true);
        secret.setWidth("36rem");
        secret.getElement().setAttribute("dir", "ltr");
        dialog.add(new Paragraph(shell.translate(locale, "shell.account.copyNow")), secret);
        dialog.getFooter().add(new Button(shell.translate(locale, "shell.account.done"), click -> dialog.close()));
        dialog.open();
    }

    private void refresh(Caller caller) {
        var mine = shell.sessions().of(caller.username(), currentSessionId());
        sessions.setItems(mine);
        endOthers.setEnabled(mine.stream().anyMatch(entry -> !entry.current()));
        shell.tokens().ifPresent(service -> tokens.setItems(service.personalTokens(caller)));
    }

    private static String currentSessionId() {
        return VaadinSession.getCurrent().getSession().getId();
    }

    private String when(Instant at) {
        return at == null ? "–" : shell.formatting().formatDateTime(at, ZoneId.systemDefault(), FormatStyle.MEDIUM,
                FormatStyle.SHORT, shell.formatting().defaults(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return shell.translate(getLocale(), "shell.account.title");
    }
}
