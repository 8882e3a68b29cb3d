package org.rapport.ui.shell.internal.host;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

/**
 * Gives Vaadin the servlet container's own HTTP session instead of the whiteboard's per-context view of it.
 * Felix keeps each context's session attributes under a prefix, but the websocket upgrade of Vaadin's push
 * channel sees the raw session; if both did not agree, Vaadin would not find its session on the push connection
 * and the page would reload in a loop.
 */
final class ContainerSessionRequest extends HttpServletRequestWrapper {

    private final HttpServletRequest container;

    ContainerSessionRequest(HttpServletRequest whiteboardRequest) {
        super(whiteboardRequest);
        this.container = innermost(whiteboardRequest);
    }

    /** The servlet container's own request under the whiteboard's wrappers. */
    static HttpServletRequest container(HttpServletRequest request) {
        return innermost(request);
    }

    private static HttpServletRequest innermost(HttpServletRequest request) {
        ServletRequest current = request;
        while (current instanceof ServletRequestWrapper wrapper) {
            current = wrapper.getRequest();
        }
        return current instanceof HttpServletRequest http ? http : request;
    }

    @Override
    public HttpSession getSession() {
        return container.getSession();
    }

    @Override
    public HttpSession getSession(boolean create) {
        return container.getSession(create);
    }

    @Override
    public String changeSessionId() {
        return container.changeSessionId();
    }

    @Override
    public boolean isRequestedSessionIdValid() {
        return container.isRequestedSessionIdValid();
    }
}
