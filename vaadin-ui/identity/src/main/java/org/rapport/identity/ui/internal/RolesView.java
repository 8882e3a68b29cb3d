package org.rapport.identity.ui.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.identity.api.NewRole;
import org.rapport.identity.api.PermissionInfo;
import org.rapport.identity.api.Permissions;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.RoleView;
import org.rapport.platform.api.web.ApiProblem;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Administration → Roles: each role's permissions, as the modules installed now define them, grouped by module;
 * a tick grants, an untick revokes, at once. The admin role holds every permission and cannot be narrowed.
 */
public final class RolesView extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient RoleAdmin roles;
    private final transient Permissions permissions;
    private final Grid<RoleView> grid = new Grid<>();
    private final Div detail = new Div();

    public RolesView(RoleAdmin roles, Permissions permissions) {
        this.roles = roles;
        this.permissions = permissions;
        setId("roles-page");
        setSizeFull();
        H2 heading = new H2(getTranslation("identity.roles.title"));
        heading.getStyle().set("margin", "0");
        Button add = new Button(getTranslation("identity.roles.new"), VaadinIcon.PLUS.create(), click -> newRole());
        add.setId("role-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div spacer = new Div();
        HorizontalLayout top = new HorizontalLayout(heading, spacer, add);
        top.setFlexGrow(1, spacer);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        grid.setId("roles-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RoleView::name).setHeader(getTranslation("identity.roles.name")).setAutoWidth(true);
        grid.addColumn(role -> role.parent() == null ? "" : role.parent())
                .setHeader(getTranslation("identity.roles.parent")).setAutoWidth(true);
        grid.addColumn(role -> role.allPermissions() ? getTranslation("identity.roles.all")
                : String.valueOf(role.permissions().size())).setHeader(getTranslation("identity.roles.permissions"));
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        detail.getStyle().set("padding", "0 var(--lumo-space-l)").set("overflow", "auto");
        SplitLayout split = new SplitLayout(grid, detail);
        split.setSplitterPosition(40);
        split.setSizeFull();
        Div page = new Div(top, split);
        page.getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box").set("height", "100%")
                .set("display", "flex").set("flex-direction", "column");
        add(page);
        refresh(null);
    }

    private void refresh(String selected) {
        List<RoleView> all = roles.roles().stream().sorted(Comparator.comparing(RoleView::name)).toList();
        grid.setItems(all);
        all.stream().filter(role -> role.name().equals(selected)).findFirst().ifPresent(grid::select);
    }

    private void show(RoleView role) {
        detail.removeAll();
        if (role == null) {
            detail.add(new Paragraph(getTranslation("identity.roles.pick")));
            return;
        }
        detail.add(new H3(role.title() == null || role.title().isBlank() ? role.name() : role.title()));
        if (role.allPermissions()) {
            detail.add(new Paragraph(getTranslation("identity.roles.adminNote")));
        }
        Map<String, Div> modules = new LinkedHashMap<>();
        for (PermissionInfo permission : permissions.available()) {
            Div group = modules.computeIfAbsent(permission.module(), module -> {
                Div section = new Div(new H4(module));
                detail.add(section);
                return section;
            });
            Checkbox box = new Checkbox(getTranslation(permission.titleKey()) + " (" + permission.id() + ")");
            box.setValue(role.allPermissions() || role.permissions().contains(permission.id()));
            box.setEnabled(!role.allPermissions());
            box.getElement().setAttribute("data-permission", permission.id());
            box.addValueChangeListener(change -> {
                if (!change.isFromClient()) {
                    return;
                }
                change(role.name(), permission.id(), change.getValue());
            });
            group.add(new Div(box));
        }
    }

    /** A new role, optionally below another: the parent's holders see what this role's holders see. */
    private void newRole() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("identity.roles.new"));
        TextField name = new TextField(getTranslation("identity.roles.name"));
        name.setId("new-role-name");
        TextField title = new TextField(getTranslation("identity.roles.roleTitle"));
        title.setId("new-role-title");
        ComboBox<String> parent = new ComboBox<>(getTranslation("identity.roles.parent"));
        parent.setId("new-role-parent");
        parent.setItems(roles.roles().stream().map(RoleView::name).sorted().toList());
        parent.setClearButtonVisible(true);
        parent.setHelperText(getTranslation("identity.roles.parentHelp"));
        dialog.add(new FormLayout(name, title, parent));
        Button save = new Button(getTranslation("identity.users.save"), click -> {
            try {
                RoleView created = roles.create(new NewRole(name.getValue().strip(), title.getValue().strip(),
                        parent.getValue()));
                dialog.close();
                Notification.show(getTranslation("identity.roles.created", created.name()), 3000,
                        Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh(created.name());
            } catch (ApiProblem problem) {
                problem.fieldErrors().stream().filter(error -> error.field().equals("name")).findFirst()
                        .ifPresent(error -> {
                            name.setErrorMessage(error.message());
                            name.setInvalid(true);
                        });
                Notification.show(problem.detail(), 6000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("new-role-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("identity.users.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void change(String role, String permission, boolean grant) {
        try {
            if (grant) {
                roles.grant(role, permission);
            } else {
                roles.revoke(role, permission);
            }
            Notification.show(getTranslation(grant ? "identity.roles.granted" : "identity.roles.revoked", permission,
                    role), 3000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ApiProblem problem) {
            Notification.show(problem.detail(), 6000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh(Optional.ofNullable(role).orElse(null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.roles.title");
    }
}
