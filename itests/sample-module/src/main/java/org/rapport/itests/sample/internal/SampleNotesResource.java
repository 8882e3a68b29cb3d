package org.rapport.itests.sample.internal;

import org.rapport.platform.api.security.RequiresPermission;
import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.rapport.platform.api.persistence.ModulePersistence;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/** The sample module's REST resource: how a module contributes to /api and reports errors. */
@Component(service = SampleNotesResource.class)
@JakartarsResource
@JakartarsApplicationSelect("(osgi.jakartars.name=rapport)")
@Path("sample/notes")
@RequiresPermission(SamplePermissions.READ)
@Produces(MediaType.APPLICATION_JSON)
public class SampleNotesResource {

    private final ModulePersistence persistence;

    @Activate
    public SampleNotesResource(@Reference(target = "(rapport.module=sample)") ModulePersistence persistence) {
        this.persistence = persistence;
    }

    public record NoteJson(Long id, long version, String text) {
    }

    public record NewNote(String text) {
    }

    public record NoteChange(String text, long version) {
    }

    @GET
    public List<NoteJson> list() {
        return persistence.inTransaction(tx -> tx.entityManager()
                .createQuery("select n from SampleNote n order by n.id", SampleNote.class)
                .getResultList().stream().map(SampleNotesResource::json).toList());
    }

    @POST
    @RequiresPermission(SamplePermissions.WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewNote note) {
        String text = requireText(note == null ? null : note.text());
        NoteJson created = persistence.inTransaction(tx -> {
            SampleNote entity = new SampleNote(text);
            tx.entityManager().persist(entity);
            tx.entityManager().flush();
            return json(entity);
        });
        return Response.created(URI.create("sample/notes/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(SamplePermissions.WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public NoteJson change(@PathParam("id") long id, NoteChange change) {
        String text = requireText(change == null ? null : change.text());
        return persistence.inTransaction(tx -> {
            SampleNote entity = tx.entityManager().find(SampleNote.class, id);
            if (entity == null) {
                throw ApiProblem.notFound("There is no note " + id + ".");
            }
            if (entity.getVersion() != change.version()) {
                throw ApiProblem.conflict("Note " + id + " was changed after you read it.", entity.getVersion());
            }
            entity.setText(text);
            tx.entityManager().flush();
            return json(entity);
        });
    }

    /** Fails on purpose, to show what a caller sees of an unexpected error. */
    @GET
    @Path("failure")
    public String failure() {
        throw new IllegalStateException("secret internal detail: connection string jdbc:h2:/var/lib");
    }

    /**
     * TEST ONLY (the distribution tests' RestErrorsIT): throws the errors a resource may raise through
     * Jakarta REST itself, to check the platform answers them as problem documents with their headers.
     */
    @GET
    @Path("errors/{status}")
    public String error(@PathParam("status") int status) {
        switch (status) {
            case 401 -> throw new NotAuthorizedException("Bearer realm=\"rapport\"");
            case 403 -> throw new ForbiddenException();
            case 429 -> throw new WebApplicationException(Response.status(429).header("Retry-After", "120").build());
            default -> throw ApiProblem.notFound("There is no test error " + status + ".");
        }
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw ApiProblem.invalid("A note needs a text.", List.of(new FieldError("text", "must not be blank")));
        }
        if (text.length() > 500) {
            throw ApiProblem.invalid("A note is too long.",
                    List.of(new FieldError("text", "at most 500 characters, got " + text.length())));
        }
        return text;
    }

    private static NoteJson json(SampleNote note) {
        return new NoteJson(note.getId(), note.getVersion(), note.getText());
    }
}
