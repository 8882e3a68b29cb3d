package org.rapport.identity.ui.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.identity.api.TeamAdmin;
import org.rapport.identity.api.UserAdmin;
import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.ViewContribution;

/** Administration → Teams. */
@Component
public final class TeamsPage implements ViewContribution {

    private final TeamAdmin teams;
    private final UserAdmin users;

    @Activate
    public TeamsPage(@Reference TeamAdmin teams, @Reference UserAdmin users) {
        this.teams = teams;
        this.users = users;
    }

    @Override
    public String route() {
        return "admin/teams";
    }

    @Override
    public Class<TeamsView> viewType() {
        return TeamsView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new TeamsView(teams, users);
    }

    @Override
    public String titleKey() {
        return "identity.teams.title";
    }

    @Override
    public String icon() {
        return "GROUP";
    }

    @Override
    public String menuGroup() {
        return MenuGroups.ADMIN;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of("identity.user.read");
    }
}
