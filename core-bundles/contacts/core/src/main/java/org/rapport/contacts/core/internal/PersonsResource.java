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
import org.rapport.contacts.api.Consent;
import org.rapport.contacts.api.ConsentChannel;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.Attachment;
import org.rapport.contacts.api.Attachments;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.CustomerLedger;
import org.rapport.contacts.api.Payment;
import org.rapport.contacts.api.Purchase;
import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.DuplicateCandidate;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.PersonDuplicates;
import org.rapport.contacts.api.PersonPrivacy;
import org.rapport.contacts.api.Persons;
import org.rapport.contacts.api.Share;
import org.rapport.contacts.api.Suggestion;
import org.rapport.platform.api.security.RequiresPermission;

/** {@code /api/contacts/persons}: people. Record and field access is applied by {@link Persons} on every call. */
@Component(service = PersonsResource.class)
@JakartarsResource
@JakartarsApplicationSelect("(osgi.jakartars.name=rapport)")
@Path("contacts/persons")
@RequiresPermission(ContactPermissions.PERSON_READ)
@Produces(MediaType.APPLICATION_JSON)
public class PersonsResource {

    private final Persons persons;
    private final PersonPrivacy privacy;
    private final PersonDuplicates duplicates;
    private final CustomerLedger ledger;
    private final Attachments attachments;

    @Activate
    public PersonsResource(@Reference Persons persons, @Reference PersonPrivacy privacy,
            @Reference PersonDuplicates duplicates, @Reference CustomerLedger ledger,
            @Reference Attachments attachments) {
        this.persons = persons;
        this.privacy = privacy;
        this.duplicates = duplicates;
        this.ledger = ledger;
        this.attachments = attachments;
    }

    /**
     * A merge: the person merged into this one, the version of it that was read, and for single-valued fields which
     * side wins ({@code {"stage": "MERGED"}}; the survivor's value otherwise).
     */
    public record MergeBody(Long mergedId, Long mergedVersion, java.util.Map<String, PersonDuplicates.Side> choices) {
    }

    /** A consent decision to record: {@code {"channel": "EMAIL", "granted": false, "source": "phone call"}}. */
    public record ConsentBody(ConsentChannel channel, Boolean granted, String source) {
    }

    /**
     * A page of people: {@code q} (folded search over names, emails, phones, tags), {@code stage}, {@code tag},
     * {@code sort} ({@code name}, {@code -name}, {@code created}, {@code -created}, {@code -updated}), {@code size},
     * {@code cursor} (from {@code X-Next-Cursor} or the {@code next} link); custom fields: {@code custom.<key>=value}
     * (repeated: any of them), {@code custom.<key>.min=}, {@code custom.<key>.max=}.
     */
    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("stage") String stage, @QueryParam("tag") String tag,
            @QueryParam("sort") String sort, @QueryParam("size") Integer size, @QueryParam("cursor") String cursor,
            @QueryParam("organization") Long organization, @Context UriInfo uri) {
        return ListAnswers.page(persons.list(ListAnswers.withCustom(ListAnswers.query(q, stage, tag, sort, size,
                cursor), uri).withOrganization(organization)), uri);
    }

    /**
     * The whole filtered list as CSV (same parameters as the list), streamed page by page: only the columns the
     * caller may see.
     */
    @GET
    @Path("export")
    @Produces("text/csv")
    @RequiresPermission(ContactPermissions.PERSON_EXPORT)
    public Response export(@QueryParam("q") String q, @QueryParam("stage") String stage,
            @QueryParam("tag") String tag, @QueryParam("sort") String sort, @Context UriInfo uri) {
        ContactQuery query = ListAnswers.withCustom(ListAnswers.query(q, stage, tag, sort, null, null), uri);
        StreamingOutput body = StreamedAsCaller.of(writer -> persons.exportCsv(query, writer));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"people.csv\"").build();
    }

    /** Type-ahead: up to {@code limit} people whose name, email or phone starts with {@code q}. */
    @GET
    @Path("suggestions")
    public List<Suggestion> suggest(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("10") int limit) {
        return persons.suggest(q, limit);
    }

    @POST
    @RequiresPermission(ContactPermissions.PERSON_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PersonBody body) {
        Person created = persons.create(body == null ? null : body.draft());
        return Response.created(URI.create("contacts/persons/" + created.id())).tag(etag(created)).entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Person person = persons.find(id).orElseThrow(() -> new ContactNotFoundException("person", id));
        return Response.ok(person).tag(etag(person)).build();
    }

    /** Replaces the person's fields; the version comes from {@code If-Match} or the body's {@code version}. */
    @PUT
    @Path("{id}")
    @RequiresPermission(ContactPermissions.PERSON_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, PersonBody body) {
        Person changed = persons.update(id, ListAnswers.version(ifMatch, body == null ? null : body.version()),
                body == null ? null : body.draft());
        return Response.ok(changed).tag(etag(changed)).build();
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(ContactPermissions.PERSON_DELETE)
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version) {
        persons.delete(id, ListAnswers.version(ifMatch, version));
        return Response.noContent().build();
    }

    /** What they bought, newest first (fed by the accounting and inventory connectors, or by hand). */
    @GET
    @Path("{id}/purchases")
    public List<Purchase> purchases(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("100") int limit) {
        return ledger.purchases("person", id, limit);
    }

    /**
     * Records a purchase: {@code {"product", "quantity", "amount", "currency", "occurredAt", "source", "reference"}};
     * the same source and reference again is answered with the entry already recorded.
     */
    @POST
    @Path("{id}/purchases")
    @RequiresPermission(ContactPermissions.PERSON_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordPurchase(@PathParam("id") long id, Purchase purchase) {
        return Response.status(Response.Status.CREATED).entity(ledger.recordPurchase("person", id, purchase)).build();
    }

    /** Payments, credits and refunds, newest first. */
    @GET
    @Path("{id}/payments")
    public List<Payment> payments(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("100") int limit) {
        return ledger.payments("person", id, limit);
    }

    @POST
    @Path("{id}/payments")
    @RequiresPermission(ContactPermissions.PERSON_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordPayment(@PathParam("id") long id, Payment payment) {
        return Response.status(Response.Status.CREATED).entity(ledger.recordPayment("person", id, payment)).build();
    }

    @GET
    @Path("{id}/attachments")
    public List<Attachment> attachments(@PathParam("id") long id) {
        return attachments.list("person", id);
    }

    /** Attaches the request body as a file named {@code name}, of the request's content type. */
    @POST
    @Path("{id}/attachments")
    @RequiresPermission(ContactPermissions.PERSON_WRITE)
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name,
            @HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        Attachment stored = attachments.add("person", id, name, contentType, body);
        return Response.created(URI.create("contacts/persons/" + id + "/attachments/" + stored.id())).entity(stored)
                .build();
    }

    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachment") long attachment) throws IOException {
        Attachment described = attachments.describe("person", id, attachment);
        return Response.ok(attachments.open("person", id, attachment), described.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(described.fileName()))
                .header("Content-Length", described.sizeBytes()).build();
    }

    @DELETE
    @Path("{id}/attachments/{attachment}")
    @RequiresPermission(ContactPermissions.PERSON_WRITE)
    public Response deleteAttachment(@PathParam("id") long id, @PathParam("attachment") long attachment)
            throws IOException {
        attachments.delete("person", id, attachment);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/shares")
    public List<Share> shares(@PathParam("id") long id) {
        return persons.shares(id);
    }

    /** Shares the person with a user or team: {@code {"userId": 7, "level": "READ_WRITE"}}. */
    @POST
    @Path("{id}/shares")
    @RequiresPermission(ContactPermissions.PERSON_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Share> share(@PathParam("id") long id, ShareBody share) {
        persons.share(id, ShareBody.valid(share));
        return persons.shares(id);
    }

    @DELETE
    @Path("{id}/shares")
    @RequiresPermission(ContactPermissions.PERSON_WRITE)
    public List<Share> unshare(@PathParam("id") long id, @QueryParam("userId") Long userId,
            @QueryParam("teamId") Long teamId) {
        persons.unshare(id, ShareBody.valid(new ShareBody(userId, teamId, null)));
        return persons.shares(id);
    }

    /** People who may be the one described (ask before creating): matches by email, phone or folded name. */
    @POST
    @Path("duplicates")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<DuplicateCandidate> duplicatesOf(PersonBody body) {
        return duplicates.candidatesFor(body == null ? null : body.draft());
    }

    @GET
    @Path("{id}/duplicates")
    public List<DuplicateCandidate> duplicates(@PathParam("id") long id) {
        return duplicates.candidatesOf(id);
    }

    /** Merges another person into this one; {@code If-Match} carries this person's version. */
    @POST
    @Path("{id}/merge")
    @RequiresPermission(ContactPermissions.PERSON_DELETE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response merge(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, MergeBody body) {
        if (body == null || body.mergedId() == null || body.mergedVersion() == null) {
            throw org.rapport.platform.api.web.ApiProblem.invalid("Say whom to merge into this person.", List.of(
                    new org.rapport.platform.api.web.FieldError("mergedId", "the id and mergedVersion you read")));
        }
        Person survivor = duplicates.merge(id, ListAnswers.version(ifMatch, null), body.mergedId(),
                body.mergedVersion(), body.choices());
        return Response.ok(survivor).tag(etag(survivor)).build();
    }

    /** The consent that holds now, per channel. */
    @GET
    @Path("{id}/consents")
    public List<Consent> consents(@PathParam("id") long id) {
        return privacy.consents(id);
    }

    /** Every consent decision, newest first. */
    @GET
    @Path("{id}/consents/history")
    public List<Consent> consentHistory(@PathParam("id") long id) {
        return privacy.consentHistory(id);
    }

    @POST
    @Path("{id}/consents")
    @RequiresPermission(ContactPermissions.PERSON_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordConsent(@PathParam("id") long id, ConsentBody body) {
        if (body == null || body.granted() == null) {
            throw org.rapport.platform.api.web.ApiProblem.invalid("Say whether consent is granted.", List.of(
                    new org.rapport.platform.api.web.FieldError("granted", "true or false")));
        }
        Consent recorded = privacy.recordConsent(id, body.channel(), body.granted(), body.source());
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    /** Everything held about the person, as a ZIP of JSON files (GDPR art. 15 and 20). */
    @GET
    @Path("{id}/archive")
    @Produces("application/zip")
    @RequiresPermission(ContactPermissions.PERSON_EXPORT)
    public Response archive(@PathParam("id") long id) throws IOException {
        // built now, while the request knows its caller; an archive of one person is small
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        privacy.exportArchive(id, zip);
        return Response.ok(zip.toByteArray(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"person-" + id + ".zip\"").build();
    }

    /** Erases the person's data (GDPR art. 17); needs {@code If-Match} with the version read. Cannot be undone. */
    @POST
    @Path("{id}/erase")
    @RequiresPermission(ContactPermissions.PERSON_ERASE)
    public Response erase(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("version") Long version) {
        privacy.erase(id, ListAnswers.version(ifMatch, version));
        return Response.noContent().build();
    }

    private static EntityTag etag(Person person) {
        return new EntityTag(String.valueOf(person.version()));
    }
}
