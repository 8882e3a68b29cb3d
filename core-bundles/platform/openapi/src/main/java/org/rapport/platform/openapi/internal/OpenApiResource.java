package org.rapport.platform.openapi.internal;

import org.rapport.platform.api.security.PublicEndpoint;
import org.rapport.platform.api.web.ApiDescription;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.JakartarsWhiteboardConstants;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/openapi.json}: the OpenAPI document of the resources the {@code rapport} application
 * has right now.
 *
 * <p>Which resources: a service tracker on every whiteboard resource ({@code osgi.jakartars.resource=true});
 * those whose application select filter matches the {@code rapport} application's service properties
 * are described. A module that stops unregisters its resource services, the tracker sees it at once, and
 * the next request gets a rebuilt document. (The runtime's DTOs would say the same with a delay and no
 * classes to read, so the services themselves are the simpler truth.) The document is cached until the
 * tracker's count of changes moves.
 */
@Component(service = {OpenApiResource.class, ApiDescription.class})
@JakartarsResource
@JakartarsApplicationSelect(OpenApiResource.RAPPORT_APPLICATION)
@PublicEndpoint
@Path("openapi.json")
public class OpenApiResource implements ApiDescription {

    static final String RAPPORT_APPLICATION = "(osgi.jakartars.name=rapport)";
    static final String TITLE = "Rapport API";

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);

    private final ObjectMapper writer = new ObjectMapper();
    private final Map<String, Object> applicationProperties;
    private final OpenApiGenerator generator;
    private final ServiceTracker<Object, Class<?>> resources;
    private volatile Snapshot snapshot;

    private record Snapshot(int trackingCount, byte[] json) {
    }

    @Activate
    public OpenApiResource(BundleContext context,
            @Reference(target = RAPPORT_APPLICATION) ServiceReference<Application> application)
            throws InvalidSyntaxException {
        this.applicationProperties = propertiesOf(application);
        Object base = applicationProperties.get(JakartarsWhiteboardConstants.JAKARTA_RS_APPLICATION_BASE);
        this.generator = new OpenApiGenerator(TITLE, context.getBundle().getVersion().toString(),
                base == null ? "/" : base.toString());
        this.resources = new ServiceTracker<>(context,
                context.createFilter("(" + JakartarsWhiteboardConstants.JAKARTA_RS_RESOURCE + "=true)"),
                new ResourceClasses(context));
        resources.open(true);
    }

    @Deactivate
    void deactivate() {
        resources.close();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response document() {
        CacheControl noCache = new CacheControl();
        noCache.setNoCache(true);
        return Response.ok(currentDocument(), MediaType.APPLICATION_JSON_TYPE).cacheControl(noCache).build();
    }

    @Override
    public byte[] openApiJson() {
        return currentDocument();
    }

    byte[] currentDocument() {
        Snapshot current = snapshot;
        int trackingCount = resources.getTrackingCount();
        if (current != null && current.trackingCount() == trackingCount) {
            return current.json();
        }
        synchronized (this) {
            current = snapshot;
            if (current != null && current.trackingCount() == trackingCount) {
                return current.json();
            }
            List<Class<?>> classes = new ArrayList<>();
            resources.getTracked().forEach((reference, resourceClass) -> {
                if (selectsRapport(reference.getProperty(JakartarsWhiteboardConstants.JAKARTA_RS_APPLICATION_SELECT))) {
                    classes.add(resourceClass);
                }
            });
            try {
                byte[] json = writer.writeValueAsBytes(generator.generate(classes));
                snapshot = new Snapshot(trackingCount, json);
                return json;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Could not write the OpenAPI document", e);
            }
        }
    }

    /** Whether a resource's select property picks this application (no property: the default application). */
    private boolean selectsRapport(Object select) {
        List<String> filters = new ArrayList<>();
        if (select instanceof String text) {
            filters.add(text);
        } else if (select instanceof String[] texts) {
            filters.addAll(List.of(texts));
        } else if (select instanceof Collection<?> texts) {
            texts.forEach(text -> filters.add(String.valueOf(text)));
        }
        for (String filter : filters) {
            try {
                if (FrameworkUtil.createFilter(filter).matches(applicationProperties)) {
                    return true;
                }
            } catch (InvalidSyntaxException e) {
                // the whiteboard refuses such a resource too
            }
        }
        return false;
    }

    private static Map<String, Object> propertiesOf(ServiceReference<?> reference) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : reference.getPropertyKeys()) {
            properties.put(key, reference.getProperty(key));
        }
        return properties;
    }

    /**
     * The class of each resource service. Read from its registered class name when that class is the
     * annotated resource (no need to touch the service object, and no cycle when it is this component);
     * else from the service object itself.
     */
    private static final class ResourceClasses implements ServiceTrackerCustomizer<Object, Class<?>> {

        private final BundleContext context;

        ResourceClasses(BundleContext context) {
            this.context = context;
        }

        @Override
        public Class<?> addingService(ServiceReference<Object> reference) {
            if (reference.getBundle() == null) {
                return null;
            }
            for (String name : (String[]) reference.getProperty(Constants.OBJECTCLASS)) {
                try {
                    Class<?> type = reference.getBundle().loadClass(name);
                    if (hasPath(type)) {
                        return type;
                    }
                } catch (ClassNotFoundException | RuntimeException e) {
                    // not visible to its own bundle under that name; try the object
                }
            }
            Object service = context.getService(reference);
            if (service == null) {
                return null;
            }
            if (hasPath(service.getClass())) {
                return service.getClass();
            }
            context.ungetService(reference);
            LOG.debug("Resource service {} has no @Path class; not in the OpenAPI document",
                    reference.getProperty(Constants.SERVICE_ID));
            return null;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, Class<?> type) {
            // the tracking count moved: the next request rebuilds the document with the new properties
        }

        @Override
        public void removedService(ServiceReference<Object> reference, Class<?> type) {
            // Only a service object taken in addingService is released; ungetting an untaken one is harmless.
            context.ungetService(reference);
        }

        private static boolean hasPath(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (c.isAnnotationPresent(Path.class)) {
                    return true;
                }
            }
            return false;
        }
    }
}
