package org.rapport.ui.shell.internal.views;

import org.rapport.ui.api.Notices;
import org.rapport.ui.shell.internal.Shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What a user gets for an address that has no page — typically a bookmark of a module that is disabled now:
 * the home page with a notice saying so, never an error page.
 */
public final class PageGone extends Div implements HasErrorParameter<NotFoundException> {

    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        Shell shell = Shell.current();
        String path = "/" + event.getLocation().getPath();
        Shell.notify(event.getUI(), Notices.Level.WARNING,
                shell.translate(event.getUI().getLocale(), "shell.notice.pageNotFound", path));
        event.forwardTo(HomeView.class);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
