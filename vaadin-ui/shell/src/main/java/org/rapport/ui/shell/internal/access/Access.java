package org.rapport.ui.shell.internal.access;

import java.util.Optional;

import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.CurrentCaller;

import com.vaadin.flow.server.VaadinSession;

/** What the signed-in user of this UI request may see: contributions declare a permission, the caller has it or not. */
public final class Access {

    private Access() {
    }

    /**
     * The caller of this request, or — for UI work that runs outside a request (pushed updates) — the one signed in
     * to the UI's session.
     */
    public static Optional<Caller> caller() {
        return CurrentCaller.get().or(() -> Optional.ofNullable(VaadinSession.getCurrent())
                .map(session -> session.getSession() == null ? null : session.getSession().getAttribute(SignedIn.CALLER))
                .filter(Caller.class::isInstance).map(Caller.class::cast));
    }

    public static boolean allows(Optional<String> requiredPermission) {
        return requiredPermission.isEmpty() || caller().map(caller -> caller.has(requiredPermission.get())).orElse(false);
    }
}
