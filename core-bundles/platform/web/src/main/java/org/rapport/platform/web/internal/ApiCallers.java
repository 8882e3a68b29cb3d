package org.rapport.platform.web.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rapport.platform.api.security.Authenticator;

/**
 * Holds the identity module's {@link Authenticator} while there is one. A separate component, so that the
 * authenticator coming and going does not re-create the REST filter (the whiteboard would rebuild the whole
 * {@code /api} application each time).
 */
@Component(service = ApiCallers.class)
public class ApiCallers {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    Optional<Authenticator> authenticator() {
        return Optional.ofNullable(authenticator);
    }
}
