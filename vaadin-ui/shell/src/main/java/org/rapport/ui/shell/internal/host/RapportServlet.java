package org.rapport.ui.shell.internal.host;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;

import org.rapport.platform.api.security.Channel;
import org.rapport.platform.api.security.CurrentCaller;
import org.rapport.ui.shell.internal.Shell;
import org.rapport.ui.shell.internal.access.SignedIn;
import org.rapport.ui.shell.internal.views.PageGone;
import org.rapport.ui.shell.internal.views.RapportAppShell;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Vaadin's servlet, registered on the servlet whiteboard. In a web application the container would run Vaadin's
 * ServletContainerInitializers with the classes they declare interest in; no container does that for a
 * whiteboard servlet, so this servlet runs them itself, with the class sets the shell needs.
 */
final class RapportServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;

    private final transient Shell shell;
    private volatile boolean sameSiteSet;

    RapportServlet(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        var context = config.getServletContext();
        // Without the Lookup every request fails; it must exist before anything else asks for it.
        new LookupServletContainerInitializer().process(Set.of(LookupInitializer.class), context);
        new VaadinAppShellInitializer().process(Set.of(RapportAppShell.class), context);
        new ErrorNavigationTargetInitializer().process(Set.of(PageGone.class), context);
        super.init(config);
    }

    /**
     * The session cookie is not sent with cross-site requests (CSRF defence in depth, ASVS V3.4.3). The whiteboard's
     * context is started before any servlet, when the cookie configuration can no longer change; Jetty also reads a
     * default from its own context's attributes, which the container's request leads to.
     */
    private void sameSiteSessionCookie(HttpServletRequest request) {
        if (!sameSiteSet) {
            ContainerSessionRequest.container(request).getServletContext()
                    .setAttribute("org.eclipse.jetty.cookie.sameSiteDefault", "Lax");
            sameSiteSet = true;
        }
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        shell.attach(getService());
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration deploymentConfiguration)
            throws ServiceException {
        RapportServletService service = new RapportServletService(this, deploymentConfiguration, shell);
        service.init();
        return service;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (ApiReconfiguring.isApiRequest(request)) {
            ApiReconfiguring.answer(request, response);
            return;
        }
        sameSiteSessionCookie(request);
        ContainerSessionRequest withSession = new ContainerSessionRequest(request);
        CurrentCaller.clear();
        SignedIn.of(withSession, Instant.now()).ifPresent(caller -> {
            CurrentCaller.set(caller.via(Channel.UI));
            jakarta.servlet.http.HttpSession session = withSession.getSession(false);
            if (session != null) {
                shell.sessions().seen(session, caller.username(), SignedIn.since(session));
            }
        });
        try {
            super.service(withSession, response);
        } finally {
            CurrentCaller.clear();
        }
    }

    @Override
    public void destroy() {
        shell.detach();
        super.destroy();
    }
}
