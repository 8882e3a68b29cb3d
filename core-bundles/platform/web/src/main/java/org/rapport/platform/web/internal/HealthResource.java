package org.rapport.platform.web.internal;

import org.rapport.platform.api.security.PublicEndpoint;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.rapport.platform.api.health.HealthCheck;
import org.rapport.platform.api.modules.ModuleRegistry;
import org.rapport.platform.api.persistence.DatabaseStatus;

/**
 * {@code GET /api/health}: unauthenticated, for people and load balancers. 200 when UP, 503 when
 * DOWN; the body lists the reasons either way.
 */
@Component(service = HealthResource.class)
@JakartarsResource
@JakartarsApplicationSelect(RapportRestApplication.SELECT)
@PublicEndpoint
@Path("health")
public class HealthResource {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile DatabaseStatus databaseStatus;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ModuleRegistry moduleRegistry;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    final List<HealthCheck> checks = new CopyOnWriteArrayList<>();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        DatabaseStatus database = databaseStatus;
        ModuleRegistry registry = moduleRegistry;
        HealthReport report = HealthAssessment.assess(
                Optional.ofNullable(database).map(DatabaseStatus::check),
                Optional.ofNullable(registry).map(ModuleRegistry::modules),
                List.copyOf(checks));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(report)
                .cacheControl(noStore)
                .build();
    }
}
