package org.rapport.ui.shell.internal.host;

import java.util.stream.Stream;

import org.rapport.ui.shell.internal.Shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;

/**
 * Creates contributed views through their contribution (so a module can hand its view the services it needs),
 * translates through the modules' message bundles, and plugs in the shell's listeners — Vaadin's own discovery
 * of these (ServiceLoader, annotations) does not see across bundles.
 */
final class ShellInstantiator extends DefaultInstantiator {

    private static final long serialVersionUID = 1L;

    private final transient Shell shell;

    ShellInstantiator(VaadinService service, Shell shell) {
        super(service);
        this.shell = shell;
    }

    @Override
    public <T extends HasElement> T createRouteTarget(Class<T> routeTargetType, NavigationEvent event) {
        return shell.contributions().viewFor(routeTargetType)
                .map(contribution -> routeTargetType.cast(contribution.createView()))
                .orElseGet(() -> super.createRouteTarget(routeTargetType, event));
    }

    @Override
    public I18NProvider getI18NProvider() {
        return shell.translations();
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(), Stream.of(shell.serviceInitListener()));
    }

    @Override
    public Stream<IndexHtmlRequestListener> getIndexHtmlRequestListeners(Stream<IndexHtmlRequestListener> listeners) {
        return Stream.concat(listeners, Stream.of(shell.pageLanguage()));
    }
}
