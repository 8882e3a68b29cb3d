package org.rapport.contacts.ui.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.platform.api.directory.Directory;

/**
 * The identity module's directory of names, when it is there. Held here, not by each page's contribution, so that
 * it coming and going never withdraws a contacts page: without it owners read as "User 2" and the forms keep the
 * owner as it is. Views, which Vaadin creates, reach it through {@link #current()}, as the shell's own views reach
 * the shell.
 */
@Component(service = {}, immediate = true)
public final class OwnerDirectory {

    private static volatile Directory current;

    static Optional<Directory> current() {
        return Optional.ofNullable(current);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDirectory(Directory directory) {
        current = directory;
    }

    void unbindDirectory(Directory directory) {
        if (current == directory) {
            current = null;
        }
    }

    @Deactivate
    void deactivate() {
        current = null;
    }
}
