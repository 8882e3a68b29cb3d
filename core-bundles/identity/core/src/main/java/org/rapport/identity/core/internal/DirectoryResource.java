package org.rapport.identity.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.rapport.platform.api.directory.Directory;
import org.rapport.platform.api.directory.DirectoryEntry;
import org.rapport.platform.api.directory.DirectoryEntry.Kind;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * The directory of names over REST, for anyone signed in (no permission: colleagues' names only), so API clients can
 * show owners by name and offer a picker as the UI does.
 */
@Component(service = DirectoryResource.class)
@JakartarsResource
@JakartarsApplicationSelect("(osgi.jakartars.name=rapport)")
@Path("directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    /** Names by id; JSON object keys are the ids as text. */
    public record Names(Map<Long, String> users, Map<Long, String> teams) {
    }

    private final Directory directory;

    @Activate
    public DirectoryResource(@Reference Directory directory) {
        this.directory = directory;
    }

    /** {@code GET /api/directory?q=sa&kind=user&limit=20}: active users and teams by folded name prefix. */
    @GET
    public List<DirectoryEntry> search(@QueryParam("q") String prefix, @QueryParam("kind") String kind,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        Requests.caller();
        return directory.search(prefix, kinds(kind), limit);
    }

    /** {@code GET /api/directory/names?user=2&user=3&team=5}: ids that are no user or team are left out. */
    @GET
    @Path("names")
    public Names names(@QueryParam("user") List<Long> users, @QueryParam("team") List<Long> teams) {
        Requests.caller();
        if (users.size() + teams.size() > 1000) {
            throw ApiProblem.invalid("Ask for at most 1000 names at once.",
                    List.of(new FieldError("user", "at most 1000 ids with team")));
        }
        return new Names(directory.userNames(users), directory.teamNames(teams));
    }

    private static Set<Kind> kinds(String kind) {
        if (kind == null || kind.isBlank()) {
            return Set.of();
        }
        try {
            return Set.of(Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            throw ApiProblem.invalid("The kind is 'user' or 'team'.",
                    List.of(new FieldError("kind", "'" + kind + "' is neither 'user' nor 'team'")));
        }
    }
}
