package org.rapport.platform.persistence.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

import org.osgi.framework.Bundle;

/**
 * Sees the module bundle's classes (its entities) first, then this platform bundle's (the session
 * customizer EclipseLink instantiates by name).
 */
final class UnitClassLoader extends ClassLoader {

    private final Bundle module;
    private final ClassLoader platform;

    UnitClassLoader(Bundle module, ClassLoader platform) {
        super(null);
        this.module = module;
        this.platform = platform;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        try {
            return module.loadClass(name);
        } catch (ClassNotFoundException e) {
            return platform.loadClass(name);
        }
    }

    @Override
    protected URL findResource(String name) {
        URL url = module.getResource(name);
        return url != null ? url : platform.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Enumeration<URL> urls = module.getResources(name);
        return urls != null ? urls : Collections.emptyEnumeration();
    }
}
