package org.rapport.ui.shell.internal.host;

import java.util.Map;

import org.osgi.service.servlet.context.ServletContextHelper;
import org.rapport.ui.shell.internal.Shell;

import jakarta.servlet.Servlet;

/** What the UI host registers on the servlet whiteboard. */
public final class UiServlets {

    private UiServlets() {
    }

    public static ServletContextHelper contextHelper() {
        return new ShellContextHelper();
    }

    public static Servlet vaadinServlet(Shell shell) {
        return new RapportServlet(shell);
    }

    /** Production mode (the frontend is prebuilt), and push over the container's websocket at /VAADIN/push. */
    public static Map<String, String> initParameters() {
        return Map.of(
                "productionMode", "true",
                "org.atmosphere.container.JSR356AsyncSupport.mappingPath", "/VAADIN/push");
    }
}
