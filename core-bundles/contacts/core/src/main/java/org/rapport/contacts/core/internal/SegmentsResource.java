package org.rapport.contacts.core.internal;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.CustomFilter;
import org.rapport.contacts.api.LifecycleStage;
import org.rapport.contacts.api.Segment;
import org.rapport.contacts.api.Segments;
import org.rapport.platform.api.security.RequiresPermission;

/** {@code /api/contacts/segments}: saved filters of people, and their members. */
@Component(service = SegmentsResource.class)
@JakartarsResource
@JakartarsApplicationSelect("(osgi.jakartars.name=rapport)")
@Path("contacts/segments")
@RequiresPermission(ContactPermissions.PERSON_READ)
@Produces(MediaType.APPLICATION_JSON)
public class SegmentsResource {

    private final Segments segments;

    @Activate
    public SegmentsResource(@Reference Segments segments) {
        this.segments = segments;
    }

    /**
     * A filter to save: {@code {"name": "VIP customers", "stage": "CUSTOMER", "tag": "vip", "shared": true}}, with
     * conditions on custom fields if wanted: {@code "custom": [{"key": "renewal", "match": "MAX", "value":
     * "2027-06-30"}, {"key": "tier", "match": "ANY_OF", "value": ["gold", "silver"]}]}.
     */
    public record SegmentBody(String name, String text, LifecycleStage stage, String tag, List<CustomFilter> custom,
            boolean shared) {
    }

    @GET
    public List<Segment> list() {
        return segments.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SegmentBody body) {
        SegmentBody given = body == null ? new SegmentBody(null, null, null, null, null, false) : body;
        Segment created = segments.create(given.name(), given.text(), given.stage(), given.tag(), given.custom(),
                given.shared());
        return Response.created(URI.create("contacts/segments/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Segment get(@PathParam("id") long id) {
        return segments.find(id).orElseThrow(() -> new ContactNotFoundException("segment", id));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        segments.delete(id);
        return Response.noContent().build();
    }

    /** The members, paged like the people list ({@code size}, {@code cursor}; totals in the headers). */
    @GET
    @Path("{id}/persons")
    public Response members(@PathParam("id") long id, @QueryParam("size") Integer size,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return ListAnswers.page(segments.members(id, size == null ? ContactQuery.DEFAULT_SIZE : size, cursor), uri);
    }
}
