package org.rapport.platform.web.internal;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.rapport.platform.api.audit.AuditEntry;
import org.rapport.platform.api.audit.AuditQuery;
import org.rapport.platform.api.audit.AuditTrail;
import org.rapport.platform.api.security.RequiresPermission;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code GET /api/audit}: the audit trail, newest first, filtered by record, actor, module and time; JSON, or CSV
 * for export. The next page: {@code before=} the smallest id of this one (also in the {@code X-Next-Before} header).
 */
@Component(service = AuditResource.class)
@JakartarsResource
@JakartarsApplicationSelect(RapportRestApplication.SELECT)
@Path("audit")
@RequiresPermission(AuditResource.PERMISSION)
public class AuditResource {

    static final String PERMISSION = "identity.audit.read";
    static final String NEXT = "X-Next-Before";

    private final AuditTrail trail;

    @Activate
    public AuditResource(@Reference AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@QueryParam("entity") String entity, @QueryParam("id") String id,
            @QueryParam("actor") String actor, @QueryParam("module") String module, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        List<AuditEntry> entries = trail.find(query(entity, id, actor, module, from, to, before, limit));
        return withNext(Response.ok(entries), entries).build();
    }

    @GET
    @Produces("text/csv")
    public Response csv(@QueryParam("entity") String entity, @QueryParam("id") String id,
            @QueryParam("actor") String actor, @QueryParam("module") String module, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("before") Long before,
            @QueryParam("limit") @DefaultValue("1000") int limit) {
        AuditQuery query = query(entity, id, actor, module, from, to, before, limit);
        List<AuditEntry> entries = trail.find(query);
        StreamingOutput body = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            trail.writeCsv(query, writer);
            writer.flush();
        };
        return withNext(Response.ok(body, "text/csv; charset=UTF-8"), entries)
                .header("Content-Disposition", "attachment; filename=\"rapport-audit.csv\"").build();
    }

    private static Response.ResponseBuilder withNext(Response.ResponseBuilder response, List<AuditEntry> entries) {
        return entries.isEmpty() ? response : response.header(NEXT, entries.get(entries.size() - 1).id());
    }


    static AuditQuery query(String entity, String id, String actor, String module, String from, String to,
            Long before, int limit) {
        if (limit < 1 || limit > AuditQuery.MAX_LIMIT) {
            throw ApiProblem.invalid("The query is not valid.", List.of(
                    new FieldError("limit", "must be between 1 and " + AuditQuery.MAX_LIMIT)));
        }
        return new AuditQuery(entity, id, actor, module, instant("from", from), instant("to", to), before, limit);
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("The query is not valid.", List.of(
                    new FieldError(field, "must be an ISO-8601 instant such as 2026-11-27T09:30:00Z")));
        }
    }
}
