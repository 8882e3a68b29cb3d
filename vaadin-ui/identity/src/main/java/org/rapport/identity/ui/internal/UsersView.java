package org.rapport.identity.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.rapport.identity.api.NewUser;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.RoleView;
import org.rapport.identity.api.UserAdmin;
import org.rapport.identity.api.UserView;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Administration → Users: who can sign in, with which roles; new users, roles changed, locked accounts unlocked,
 * people who left deactivated (never deleted: their history stays theirs). Rules are the identity module's: this
 * page shows its answers, including each invalid field.
 */
public final class UsersView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final String WRITE = "identity.user.write";

    private final transient UserAdmin users;
    private final transient RoleAdmin roles;
    private final Grid<UserView> grid = new Grid<>();
    private final boolean mayWrite;

    public UsersView(UserAdmin users, RoleAdmin roles) {
        this.users = users;
        this.roles = roles;
        this.mayWrite = CurrentCaller.get().map(caller -> caller.has(WRITE)).orElse(false);
        setId("users-page");
        setSizeFull();
        Div page = new Div();
        page.getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box").set("height", "100%")
                .set("display", "flex").set("flex-direction", "column");
        H2 heading = new H2(getTranslation("identity.users.title"));
        heading.getStyle().set("margin", "0");
        Button add = new Button(getTranslation("identity.users.new"), VaadinIcon.PLUS.create(), click -> newUser());
        add.setId("user-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(mayWrite);
        Div spacer = new Div();
        HorizontalLayout top = new HorizontalLayout(heading, spacer, add);
        top.setFlexGrow(1, spacer);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserView::username).setHeader(getTranslation("identity.users.username")).setAutoWidth(true);
        grid.addColumn(UserView::displayName).setHeader(getTranslation("identity.users.displayName")).setFlexGrow(1);
        grid.addColumn(user -> user.email() == null ? "" : user.email())
                .setHeader(getTranslation("identity.users.email")).setFlexGrow(1);
        grid.addColumn(user -> String.join(", ", user.roles())).setHeader(getTranslation("identity.users.roles"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("identity.users.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.getStyle().set("flex-grow", "1");
        page.add(top, grid);
        add(page);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.users().stream().sorted(Comparator.comparing(UserView::username)).toList());
    }

    private boolean locked(UserView user) {
        return user.lockedUntil() != null && user.lockedUntil().isAfter(Instant.now());
    }

    private Component status(UserView user) {
        String key = !user.active() ? "identity.users.inactive" : locked(user) ? "identity.users.locked"
                : "identity.users.active";
        Span badge = new Span(getTranslation(key));
        String color = !user.active() ? "var(--lumo-secondary-text-color)"
                : locked(user) ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)";
        badge.getStyle().set("color", color);
        badge.getElement().setAttribute("data-status", key.substring(key.lastIndexOf('.') + 1));
        return badge;
    }

    private Component actions(UserView user) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!mayWrite) {
            return actions;
        }
        if (locked(user)) {
            Button unlock = new Button(getTranslation("identity.users.unlock"),
                    click -> act(() -> users.unlock(user.id()), "identity.users.unlocked", user.username()));
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
            unlock.getElement().setAttribute("data-action", "unlock-" + user.username());
            actions.add(unlock);
        }
        if (user.active() && !"admin".equals(user.username())) {
            Button deactivate = new Button(getTranslation("identity.users.deactivate"),
                    click -> act(() -> users.deactivate(user.id()), "identity.users.deactivated", user.username()));
            deactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(deactivate);
        }
        return actions;
    }

    private void act(Supplier<UserView> change, String doneKey, String username) {
        try {
            change.get();
            notice(getTranslation(doneKey, username), NotificationVariant.LUMO_SUCCESS);
        } catch (ApiProblem problem) {
            notice(problem.detail(), NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void newUser() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("identity.users.new"));
        TextField username = new TextField(getTranslation("identity.users.username"));
        TextField displayName = new TextField(getTranslation("identity.users.displayName"));
        EmailField email = new EmailField(getTranslation("identity.users.email"));
        PasswordField password = new PasswordField(getTranslation("identity.users.password"));
        password.setHelperText(getTranslation("identity.users.password.help", UserAdmin.MIN_PASSWORD_LENGTH));
        MultiSelectComboBox<String> roleChoice = new MultiSelectComboBox<>(getTranslation("identity.users.roles"));
        roleChoice.setItems(roles.roles().stream().map(RoleView::name).sorted().toList());
        username.setId("new-user-username");
        displayName.setId("new-user-display-name");
        password.setId("new-user-password");
        FormLayout form = new FormLayout(username, displayName, email, password, roleChoice);
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName, "email", email,
                "password", password, "roles", roleChoice);
        dialog.add(form);
        Button save = new Button(getTranslation("identity.users.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                users.create(new NewUser(username.getValue().strip(), displayName.getValue().strip(),
                        email.getValue().isBlank() ? null : email.getValue().strip(),
                        getLocale().getLanguage(), null, null, password.getValue(),
                        new ArrayList<>(roleChoice.getSelectedItems())));
                dialog.close();
                notice(getTranslation("identity.users.created", username.getValue().strip()),
                        NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (ApiProblem problem) {
                List<String> unplaced = new ArrayList<>();
                for (FieldError error : problem.fieldErrors()) {
                    HasValidation field = fields.get(error.field());
                    if (field != null) {
                        field.setErrorMessage(error.message());
                        field.setInvalid(true);
                    } else {
                        unplaced.add(error.field() + ": " + error.message());
                    }
                }
                notice(problem.detail() + (unplaced.isEmpty() ? "" : " " + String.join("; ", unplaced)),
                        NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("new-user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("identity.users.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private static void notice(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.users.title");
    }
}
