package org.rapport.ui.shell.internal.components;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.ViewContribution;
import org.rapport.ui.shell.internal.views.ModulesView;

/** Admin → Modules, contributed like any module's page. */
@Component
public final class ModulesPage implements ViewContribution {

    @Override
    public String route() {
        return "admin/modules";
    }

    @Override
    public Class<ModulesView> viewType() {
        return ModulesView.class;
    }

    @Override
    public String titleKey() {
        return "shell.modules.title";
    }

    @Override
    public String icon() {
        return "PUZZLE_PIECE";
    }

    @Override
    public String menuGroup() {
        return MenuGroups.ADMIN;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of("platform.modules.manage");
    }
}
