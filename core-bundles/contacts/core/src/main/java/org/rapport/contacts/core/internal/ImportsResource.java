package org.rapport.contacts.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.rapport.contacts.api.ContactImports;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ImportFormat;
import org.rapport.contacts.api.ImportJob;
import org.rapport.contacts.api.ImportPreview;
import org.rapport.contacts.api.ImportRowError;
import org.rapport.platform.api.security.RequiresPermission;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * {@code /api/contacts/imports}: CSV and Excel imports as background jobs. {@code POST ?entity=person&key=email} with
 * a {@code text/csv} body (or an .xlsx workbook, {@code sheet=} naming its sheet, default the first) answers 202 with
 * the job's {@code Location}; {@code GET} on it tells how far it got. Columns whose header is not a field name are
 * mapped with a query parameter each, {@code map.<header>=<field>} (an empty field skips the column; with any
 * {@code map.} parameter, columns not named are skipped). {@code POST preview} with the file (a CSV file's first part
 * will do; a workbook whole) answers its header, first rows, a suggested mapping and a workbook's sheet names.
 */
@Component(service = ImportsResource.class)
@JakartarsResource
@JakartarsApplicationSelect("(osgi.jakartars.name=rapport)")
@Path("contacts/imports")
@RequiresPermission(ContactPermissions.PERSON_IMPORT)
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    private final ContactImports imports;

    @Activate
    public ImportsResource(@Reference ContactImports imports) {
        this.imports = imports;
    }

    /**
     * A job as REST shows it.
     *
     * @param state  {@code queued}, {@code running}, {@code done} or {@code failed}
     * @param errors the refused rows so far, each with its row number (header = 1) and reason
     */
    public record ImportJson(long id, String entity, String key, String state, boolean dryRun, long totalRows,
            long processedRows, long created, long updated, long failed, String problem, String startedBy,
            Instant createdAt, Instant finishedAt, Map<String, String> mapping, List<RowError> errors) {
    }

    public record RowError(long row, String reason) {
    }

    /** One operation for both kinds of body, so the API document lists them together. */
    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, ImportFormat.XLSX_MEDIA_TYPE})
    public Response start(@QueryParam("entity") @DefaultValue("person") String entity,
            @QueryParam("key") @DefaultValue("email") String key, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("sheet") String sheet, @Context HttpHeaders headers, @Context UriInfo uri, InputStream file)
            throws IOException {
        ImportJob job = imports.start(entity, key, mapping(uri.getQueryParameters()), file, format(headers, sheet),
                dryRun);
        return Response.accepted(json(job, List.of())).location(URI.create("contacts/imports/" + job.id())).build();
    }

    /** The file's header, first rows and suggested mapping (and a workbook's sheets); nothing is kept. */
    @POST
    @Path("preview")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, ImportFormat.XLSX_MEDIA_TYPE})
    public ImportPreview preview(@QueryParam("entity") @DefaultValue("person") String entity,
            @QueryParam("rows") @DefaultValue("10") int rows, @QueryParam("sheet") String sheet,
            @Context HttpHeaders headers, InputStream file) throws IOException {
        return imports.preview(entity, file, format(headers, sheet), rows);
    }

    /** A workbook by its media type, read from the sheet named (default the first); anything else CSV. */
    static ImportFormat format(HttpHeaders headers, String sheet) {
        MediaType type = headers.getMediaType();
        if (type != null && type.isCompatible(MediaType.valueOf(ImportFormat.XLSX_MEDIA_TYPE))) {
            return ImportFormat.xlsx(sheet);
        }
        if (sheet != null) {
            throw ApiProblem.invalid("A CSV file has no sheets.", List.of(new FieldError("sheet",
                    "only for a workbook sent as " + ImportFormat.XLSX_MEDIA_TYPE)));
        }
        return ImportFormat.CSV;
    }

    /** {@code map.E-Mail=email&map.Notes=}: header to field, in the order given. */
    static Map<String, String> mapping(MultivaluedMap<String, String> query) {
        Map<String, String> mapping = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (name.startsWith(MAP_PREFIX) && name.length() > MAP_PREFIX.length()) {
                mapping.put(name.substring(MAP_PREFIX.length()), values.isEmpty() ? "" : values.get(values.size() - 1));
            }
        });
        return mapping;
    }

    private static final String MAP_PREFIX = "map.";

    @GET
    public List<ImportJson> recent(@QueryParam("limit") @DefaultValue("20") int limit) {
        return imports.recent(limit).stream().map(job -> json(job, List.of())).toList();
    }

    @GET
    @Path("{id}")
    public ImportJson job(@PathParam("id") long id) {
        ImportJob job = imports.job(id).orElseThrow(() -> new ContactNotFoundException("import", id));
        return json(job, imports.errors(id));
    }

    /** The refused rows as a CSV file to fix and import again: row, reason, and the row as it was. */
    @GET
    @Path("{id}/errors")
    @Produces("text/csv")
    public Response errors(@PathParam("id") long id) throws IOException {
        imports.job(id).orElseThrow(() -> new ContactNotFoundException("import", id));
        // written now, while the request still knows its caller (the body is sent after the filters have run)
        StringWriter body = new StringWriter();
        imports.writeErrors(id, body);
        return Response.ok(body.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"").build();
    }

    private static ImportJson json(ImportJob job, List<ImportRowError> errors) {
        return new ImportJson(job.id(), job.entity(), job.key(), job.state().wire(), job.dryRun(), job.totalRows(),
                job.processedRows(), job.created(), job.updated(), job.failed(), job.problem(), job.startedBy(),
                job.createdAt(), job.finishedAt(), job.mapping(), errors.stream().map(e -> new RowError(e.row(), e.reason())).toList());
    }
}
