package org.rapport.ui.shell.internal.components;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.api.web.ApiDescription;
import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.ViewContribution;
import org.rapport.ui.shell.internal.views.ApiDocsView;

/** Administration → API, present while the API description is. */
@Component
public final class ApiDocsPage implements ViewContribution {

    private final ApiDescription description;

    @Activate
    public ApiDocsPage(@Reference ApiDescription description) {
        this.description = description;
    }

    @Override
    public String route() {
        return "admin/api";
    }

    @Override
    public Class<ApiDocsView> viewType() {
        return ApiDocsView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ApiDocsView(description);
    }

    @Override
    public String titleKey() {
        return "shell.api.title";
    }

    @Override
    public String icon() {
        return "CODE";
    }

    @Override
    public String menuGroup() {
        return MenuGroups.ADMIN;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of("platform.api.read");
    }
}
