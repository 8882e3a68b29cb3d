package org.rapport.ui.shell.internal.components;

import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.rapport.platform.api.i18n.LocaleFormatting;
import org.rapport.platform.api.modules.ModuleRegistry;
import org.rapport.platform.api.security.Authenticator;
import org.rapport.platform.api.security.Tokens;
import org.rapport.ui.api.Notices;
import org.rapport.ui.shell.internal.Shell;
import org.rapport.ui.shell.internal.contrib.Contributions;
import org.rapport.ui.shell.internal.host.UiServlets;

import jakarta.servlet.Servlet;

/**
 * Starts the UI: creates the shell and registers Vaadin's servlet at {@code /} on the servlet whiteboard (the
 * REST whiteboard owns {@code /api}). Also the {@link Notices} service modules use to reach open pages.
 */
@Component(service = Notices.class, immediate = true)
public final class UiHost implements Notices {

    static final String CONTEXT_NAME = "rapport-ui";

    private final Shell shell;
    private final ServiceRegistration<ServletContextHelper> context;
    private final ServiceRegistration<Servlet> servlet;

    @Activate
    public UiHost(BundleContext bundleContext, @Reference Contributions contributions,
            @Reference ModuleRegistry modules, @Reference LocaleFormatting formatting) {
        shell = new Shell(contributions, modules, formatting);
        Shell.setCurrent(shell);

        Dictionary<String, Object> contextProperties = new Hashtable<>();
        contextProperties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME, CONTEXT_NAME);
        contextProperties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_PATH, "/");
        context = bundleContext.registerService(ServletContextHelper.class, UiServlets.contextHelper(),
                contextProperties);

        Dictionary<String, Object> servletProperties = new Hashtable<>();
        servletProperties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "rapport-ui");
        servletProperties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, "/*");
        servletProperties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_ASYNC_SUPPORTED, Boolean.TRUE);
        servletProperties.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT,
                "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + CONTEXT_NAME + ")");
        UiServlets.initParameters().forEach((name, value) -> servletProperties
                .put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_INIT_PARAM_PREFIX + name, value));
        servlet = bundleContext.registerService(Servlet.class, UiServlets.vaadinServlet(shell), servletProperties);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAuthenticator(Authenticator authenticator) {
        shell.setAuthenticator(authenticator);
    }

    void unsetAuthenticator(Authenticator authenticator) {
        shell.unsetAuthenticator(authenticator);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setTokens(Tokens tokens) {
        shell.setTokens(tokens);
    }

    void unsetTokens(Tokens tokens) {
        shell.unsetTokens(tokens);
    }

    @Deactivate
    void deactivate() {
        servlet.unregister();
        context.unregister();
        shell.close();
        Shell.setCurrent(null);
    }

    @Override
    public void broadcast(Level level, String messageKey, Object... arguments) {
        shell.broadcast(level, messageKey, arguments);
    }
}
