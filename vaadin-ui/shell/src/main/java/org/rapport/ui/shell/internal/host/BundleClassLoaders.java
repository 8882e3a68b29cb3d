package org.rapport.ui.shell.internal.host;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class loader Vaadin runs with: the shell bundle's (our classes and everything it imports) first, then the
 * Vaadin runtime bundle's, which alone sees Vaadin's resources — the production frontend under
 * {@code META-INF/VAADIN} and the components' {@code META-INF/resources}. A bundle class loader is no web-app
 * class loader, so this is what Vaadin would otherwise get from the servlet container.
 */
final class BundleClassLoaders extends ClassLoader {

    private final ClassLoader vaadin;

    BundleClassLoaders(ClassLoader shell, ClassLoader vaadin) {
        super(shell);
        this.vaadin = vaadin;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        return vaadin.loadClass(name);
    }

    @Override
    protected URL findResource(String name) {
        return vaadin.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Set<URL> urls = new LinkedHashSet<>(Collections.list(vaadin.getResources(name)));
        return Collections.enumeration(urls);
    }
}
