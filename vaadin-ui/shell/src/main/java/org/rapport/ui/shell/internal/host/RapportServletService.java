package org.rapport.ui.shell.internal.host;

import java.io.InputStream;
import java.net.URL;

import org.rapport.ui.shell.internal.Shell;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;

/**
 * Vaadin's service with the bundle class loaders: static resources that a web application would have in its
 * {@code META-INF/resources} jars are read from the Vaadin runtime bundle, and the instantiator is the shell's.
 */
final class RapportServletService extends VaadinServletService {

    private static final long serialVersionUID = 1L;
    private static final String WEB_RESOURCES = "META-INF/resources";

    private final transient Shell shell;

    RapportServletService(VaadinServlet servlet, DeploymentConfiguration configuration, Shell shell) {
        super(servlet, configuration);
        this.shell = shell;
    }

    @Override
    protected void setDefaultClassLoader() {
        setClassLoader(new BundleClassLoaders(RapportServletService.class.getClassLoader(),
                VaadinServlet.class.getClassLoader()));
    }

    @Override
    protected Instantiator createInstantiator() throws ServiceException {
        return new ShellInstantiator(this, shell);
    }

    @Override
    public URL getStaticResource(String path) {
        return getClassLoader().getResource(WEB_RESOURCES + absolute(path));
    }

    @Override
    public URL getResource(String path) {
        return getStaticResource(path);
    }

    @Override
    public InputStream getResourceAsStream(String path) {
        return getClassLoader().getResourceAsStream(WEB_RESOURCES + absolute(path));
    }

    private static String absolute(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }
}
