package org.rapport.identity.ui.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.identity.api.Permissions;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.ViewContribution;

/** Administration → Roles and permissions. */
@Component
public final class RolesPage implements ViewContribution {

    private final RoleAdmin roles;
    private final Permissions permissions;

    @Activate
    public RolesPage(@Reference RoleAdmin roles, @Reference Permissions permissions) {
        this.roles = roles;
        this.permissions = permissions;
    }

    @Override
    public String route() {
        return "admin/roles";
    }

    @Override
    public Class<RolesView> viewType() {
        return RolesView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new RolesView(roles, permissions);
    }

    @Override
    public String titleKey() {
        return "identity.roles.title";
    }

    @Override
    public String icon() {
        return "KEY";
    }

    @Override
    public String menuGroup() {
        return MenuGroups.ADMIN;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of("identity.role.write");
    }
}
