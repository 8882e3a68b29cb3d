package org.rapport.ui.shell.internal.components;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.api.audit.AuditTrail;
import org.rapport.ui.api.MenuGroups;
import org.rapport.ui.api.ViewContribution;
import org.rapport.ui.shell.internal.views.AuditView;

/** Administration → Audit log, for those who may read the trail. */
@Component
public final class AuditPage implements ViewContribution {

    private final AuditTrail trail;

    @Activate
    public AuditPage(@Reference AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public String route() {
        return "admin/audit";
    }

    @Override
    public Class<AuditView> viewType() {
        return AuditView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new AuditView(trail);
    }

    @Override
    public String titleKey() {
        return "shell.audit.title";
    }

    @Override
    public String icon() {
        return "RECORDS";
    }

    @Override
    public String menuGroup() {
        return MenuGroups.ADMIN;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of("identity.audit.read");
    }
}
