package org.rapport.itests;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Calls the sample module's service by reflection. The test probe must not link to the module's
 * classes: the module is installed and uninstalled during the test, and a linked probe would either
 * fail to load or hold on to the first installation's classes.
 */
final class SampleModuleClient {

    static final String SERVICE = "org.rapport.itests.sample.api.SampleNotes";
    static final String CREATED_TOPIC = "rapport/sample/Note/CREATED";

    private final Object service;

    private SampleModuleClient(Object service) {
        this.service = service;
    }

    static boolean isAvailable(BundleContext context) {
        return reference(context) != null;
    }

    static SampleModuleClient lookUp(BundleContext context) {
        ServiceReference<?> reference = reference(context);
        if (reference == null) {
            throw new IllegalStateException("The sample module's service is not registered");
        }
        return new SampleModuleClient(context.getService(reference));
    }

    /**
     * getAllServiceReferences, because getServiceReference checks class compatibility, and for the
     * probe (DynamicImport-Package: *) that check wires it to the module, so that uninstalling the
     * module would refresh, that is restart, the probe in the middle of the test.
     */
    private static ServiceReference<?> reference(BundleContext context) {
        try {
            ServiceReference<?>[] references = context.getAllServiceReferences(SERVICE, null);
            return references == null || references.length == 0 ? null : references[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    long add(String text) {
        return (Long) call("add", text);
    }

    void addMany(String prefix, int count) {
        call("addMany", prefix, count);
    }

    void rename(long id, long expectedVersion, String text) {
        call("rename", id, expectedVersion, text);
    }

    long version(long id) {
        return (Long) call("version", id);
    }

    @SuppressWarnings("unchecked")
    List<String> texts() {
        return (List<String>) call("texts");
    }

    long count() {
        return (Long) call("count");
    }

    private Object call(String name, Object... arguments) {
        Method method = Arrays.stream(service.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arguments.length)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("SampleNotes has no method " + name));
        try {
            return method.invoke(service, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
