package org.rapport.platform.openapi.internal.resources;

import org.rapport.platform.api.security.RequiresPermission;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A module-like resource with the usual shapes of operations. */
@Path("notes")
@RequiresPermission("test.note.read")
@Produces(MediaType.APPLICATION_JSON)
public class TestNotesResource {

    public enum Colour { RED, GREEN }

    public record Note(long id, long version, String text, Colour colour, Instant created, List<String> labels,
            Note replyTo) {
    }

    public record NewNote(String text) {
    }

    public static class Paging {
        @QueryParam("offset")
        @DefaultValue("0")
        public int offset;

        @HeaderParam("X-Page-Size")
        public Integer pageSize;
    }

    @GET
    public List<Note> list(@QueryParam("q") @DefaultValue("all") String query, @BeanParam Paging paging,
            @Context UriInfo uri) {
        return List.of();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewNote note) {
        return Response.status(201).build();
    }

    @GET
    @Path("{id: \\d+}")
    public Note one(@PathParam("id") long id, @HeaderParam("X-Trace") String trace) {
        return null;
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Note change(@PathParam("id") long id, NewNote note) {
        return null;
    }

    @DELETE
    @Path("{id}")
    public void remove(@PathParam("id") long id) {
    }

    @Path("{id}/comments")
    public CommentsResource comments(@PathParam("id") long id) {
        return new CommentsResource();
    }

    /** Not a resource method: no annotations. */
    public String helper() {
        return "";
    }

    public static class CommentsResource {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String all() {
            return "";
        }
    }
}
