package org.rapport.contacts.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.Attachment;
import org.rapport.contacts.api.Attachments;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.CustomerLedger;
import org.rapport.contacts.api.Payment;
import org.rapport.contacts.api.Purchase;
import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.Organization;
import org.rapport.contacts.api.Organizations;
import org.rapport.contacts.api.Share;
import org.rapport.contacts.api.Suggestion;
import org.rapport.platform.api.security.RequiresPermission;

/** {@code /api/contacts/organizations}: organizations. Record and field access is applied by {@link Organizations} on every call. */
@Component(service = OrganizationsResource.class)
@JakartarsResource
@JakartarsApplicationSelect("(osgi.jakartars.name=rapport)")
@Path("contacts/organizations")
@RequiresPermission(ContactPermissions.ORGANIZATION_READ)
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    private final Organizations organizations;
    private final CustomerLedger ledger;
    private final Attachments attachments;

    @Activate
    public OrganizationsResource(@Reference Organizations organizations, @Reference CustomerLedger ledger,
            @Reference Attachments attachments) {
        this.organizations = organizations;
        this.ledger = ledger;
        this.attachments = attachments;
    }

    /**
     * A page of organizations: {@code q} (folded search over names, emails, phones, tags), {@code stage}, {@code tag},
     * {@code sort} ({@code name}, {@code -name}, {@code created}, {@code -created}, {@code -updated}), {@code size},
     * {@code cursor} (from {@code X-Next-Cursor} or the {@code next} link); custom fields: {@code custom.<key>=value}
     * (repeated: any of them), {@code custom.<key>.min=}, {@code custom.<key>.max=}.
     */
    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("stage") String stage, @QueryParam("tag") String tag,
            @QueryParam("sort") String sort, @QueryParam("size") Integer size, @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return ListAnswers.page(organizations.list(ListAnswers.withCustom(ListAnswers.query(q, stage, tag, sort, size,
                cursor), uri)), uri);
    }

    /**
     * The whole filtered list as CSV (same parameters as the list), streamed page by page: only the columns the
     * caller may see.
     */
    @GET
    @Path("export")
    @Produces("text/csv")
    @RequiresPermission(ContactPermissions.ORGANIZATION_EXPORT)
    public Response export(@QueryParam("q") String q, @QueryParam("stage") String stage,
            @QueryParam("tag") String tag, @QueryParam("sort") String sort, @Context UriInfo uri) {
        ContactQuery query = ListAnswers.withCustom(ListAnswers.query(q, stage, tag, sort, null, null), uri);
        StreamingOutput body = StreamedAsCaller.of(writer -> organizations.exportCsv(query, writer));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"organizations.csv\"").build();
    }

    /** Type-ahead: up to {@code limit} organizations whose name, email or phone starts with {@code q}. */
    @GET
    @Path("suggestions")
    public List<Suggestion> suggest(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("10") int limit) {
        return organizations.suggest(q, limit);
    }

    @POST
    @RequiresPermission(ContactPermissions.ORGANIZATION_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(OrganizationBody body) {
        Organization created = organizations.create(body == null ? null : body.draft());
        return Response.created(URI.create("contacts/organizations/" + created.id())).tag(etag(created)).entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Organization organization = organizations.find(id).orElseThrow(() -> new ContactNotFoundException("organization", id));
        return Response.ok(organization).tag(etag(organization)).build();
    }

    /** Replaces the organization's fields; the version comes from {@code If-Match} or the body's {@code version}. */
    @PUT
    @Path("{id}")
    @RequiresPermission(ContactPermissions.ORGANIZATION_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, OrganizationBody body) {
        Organization changed = organizations.update(id, ListAnswers.version(ifMatch, body == null ? null : body.version()),
                body == null ? null : body.draft());
        return Response.ok(changed).tag(etag(changed)).build();
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(ContactPermissions.ORGANIZATION_DELETE)
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version) {
        organizations.delete(id, ListAnswers.version(ifMatch, version));
        return Response.noContent().build();
    }

    /** What they bought, newest first (fed by the accounting and inventory connectors, or by hand). */
    @GET
    @Path("{id}/purchases")
    public List<Purchase> purchases(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("100") int limit) {
        return ledger.purchases("organization", id, limit);
    }

    /**
     * Records a purchase: {@code {"product", "quantity", "amount", "currency", "occurredAt", "source", "reference"}};
     * the same source and reference again is answered with the entry already recorded.
     */
    @POST
    @Path("{id}/purchases")
    @RequiresPermission(ContactPermissions.ORGANIZATION_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordPurchase(@PathParam("id") long id, Purchase purchase) {
        return Response.status(Response.Status.CREATED).entity(ledger.recordPurchase("organization", id, purchase)).build();
    }

    /** Payments, credits and refunds, newest first. */
    @GET
    @Path("{id}/payments")
    public List<Payment> payments(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("100") int limit) {
        return ledger.payments("organization", id, limit);
    }

    @POST
    @Path("{id}/payments")
    @RequiresPermission(ContactPermissions.ORGANIZATION_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordPayment(@PathParam("id") long id, Payment payment) {
        return Response.status(Response.Status.CREATED).entity(ledger.recordPayment("organization", id, payment)).build();
    }

    @GET
    @Path("{id}/attachments")
    public List<Attachment> attachments(@PathParam("id") long id) {
        return attachments.list("organization", id);
    }

    /** Attaches the request body as a file named {@code name}, of the request's content type. */
    @POST
    @Path("{id}/attachments")
    @RequiresPermission(ContactPermissions.ORGANIZATION_WRITE)
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name,
            @HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        Attachment stored = attachments.add("organization", id, name, contentType, body);
        return Response.created(URI.create("contacts/organizations/" + id + "/attachments/" + stored.id())).entity(stored)
                .build();
    }

    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachment") long attachment) throws IOException {
        Attachment described = attachments.describe("organization", id, attachment);
        return Response.ok(attachments.open("organization", id, attachment), described.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(described.fileName()))
                .header("Content-Length", described.sizeBytes()).build();
    }

    @DELETE
    @Path("{id}/attachments/{attachment}")
    @RequiresPermission(ContactPermissions.ORGANIZATION_WRITE)
    public Response deleteAttachment(@PathParam("id") long id, @PathParam("attachment") long attachment)
            throws IOException {
        attachments.delete("organization", id, attachment);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/shares")
    public List<Share> shares(@PathParam("id") long id) {
        return organizations.shares(id);
    }

    /** Shares the organization with a user or team: {@code {"userId": 7, "level": "READ_WRITE"}}. */
    @POST
    @Path("{id}/shares")
    @RequiresPermission(ContactPermissions.ORGANIZATION_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Share> share(@PathParam("id") long id, ShareBody share) {
        organizations.share(id, ShareBody.valid(share));
        return organizations.shares(id);
    }

    @DELETE
    @Path("{id}/shares")
    @RequiresPermission(ContactPermissions.ORGANIZATION_WRITE)
    public List<Share> unshare(@PathParam("id") long id, @QueryParam("userId") Long userId,
            @QueryParam("teamId") Long teamId) {
        organizations.unshare(id, ShareBody.valid(new ShareBody(userId, teamId, null)));
        return organizations.shares(id);
    }

    private static EntityTag etag(Organization organization) {
        return new EntityTag(String.valueOf(organization.version()));
    }
}
