package org.rapport.identity.ui.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.identity.api.RoleAdmin;
import org.rapport.identity.api.SharingAdmin;
import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.ViewContribution;

/** Administration → Sharing: org-wide defaults and field rules. */
@Component
public final class SharingPage implements ViewContribution {

    private final SharingAdmin sharing;
    private final RoleAdmin roles;

    @Activate
    public SharingPage(@Reference SharingAdmin sharing, @Reference RoleAdmin roles) {
        this.sharing = sharing;
        this.roles = roles;
    }

    @Override
    public String route() {
        return "admin/sharing";
    }

    @Override
    public Class<SharingView> viewType() {
        return SharingView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new SharingView(sharing, roles);
    }

    @Override
    public String titleKey() {
        return "identity.sharing.title";
    }

    @Override
    public String icon() {
        return "LOCK";
    }

    @Override
    public String menuGroup() {
        return MenuGroups.ADMIN;
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of("identity.sharing.write");
    }
}
