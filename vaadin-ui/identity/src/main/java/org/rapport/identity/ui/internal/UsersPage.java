package org.rapport.identity.ui.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.UserAdmin;
import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.ViewContribution;

/** Administration → Users. */
@Component
public final class UsersPage implements ViewContribution {

    private final UserAdmin users;
    private final RoleAdmin roles;

    @Activate
    public UsersPage(@Reference UserAdmin users, @Reference RoleAdmin roles) {
        this.users = users;
        this.roles = roles;
    }

    @Override
    public String route() {
        return "admin/users";
    }

    @Override
    public Class<UsersView> viewType() {
        return UsersView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new UsersView(users, roles);
    }

    @Override
    public String titleKey() {
        return "identity.users.title";
    }

    @Override
    public String icon() {
        return "USERS";
    }

    @Override
    public String menuGroup() {
        return MenuGroups.ADMIN;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of("identity.user.read");
    }
}
