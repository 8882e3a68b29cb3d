package org.rapport.contacts.core.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.rapport.contacts.api.ContactImports;
import org.rapport.contacts.api.ContactNotFoundException;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.ContactQuery;
import org.rapport.contacts.api.ImportJob;
import org.rapport.contacts.api.Person;
import org.rapport.contacts.api.Persons;
import org.rapport.platform.api.security.RequiresPermission;

/**
 * {@code /api/contacts/vcards}: people as vCards for address books and phones. {@code GET persons/{id}} is one
 * card, {@code GET persons} the cards of a filtered list (like the CSV export, only what the caller may see), and
 * {@code POST persons} with a {@code text/vcard} body imports an address book as an import job.
 */
@Component(service = VCardsResource.class)
@JakartarsResource
@JakartarsApplicationSelect("(osgi.jakartars.name=rapport)")
@Path("contacts/vcards/persons")
public class VCardsResource {

    private static final String VCARD = "text/vcard; charset=UTF-8";

    private final Persons persons;
    private final ContactImports imports;

    @Activate
    public VCardsResource(@Reference Persons persons, @Reference ContactImports imports) {
        this.persons = persons;
        this.imports = imports;
    }

    /** One person's card. */
    @GET
    @Path("{id}")
    @Produces("text/vcard")
    @RequiresPermission(ContactPermissions.PERSON_READ)
    public Response card(@PathParam("id") long id) throws IOException {
        Person person = persons.find(id).orElseThrow(() -> new ContactNotFoundException("person", id));
        java.io.StringWriter card = new java.io.StringWriter();
        VCards.write(List.of(person), card);
        return Response.ok(card.toString(), VCARD)
                .header("Content-Disposition", ContentDisposition.attachment(fileName(person) + ".vcf")).build();
    }

    /** The cards of everyone the filters select, in the list's order. */
    @GET
    @Produces("text/vcard")
    @RequiresPermission(ContactPermissions.PERSON_EXPORT)
    public Response export(@QueryParam("q") String q, @QueryParam("stage") String stage,
            @QueryParam("tag") String tag, @QueryParam("sort") String sort, @Context UriInfo uri) {
        ContactQuery first = ListAnswers.withCustom(ListAnswers.query(q, stage, tag, sort, ContactQuery.MAX_SIZE,
                null), uri);
        StreamingOutput body = StreamedAsCaller.of(writer -> persons.exportVCards(first, writer));
        return Response.ok(body, VCARD).header("Content-Disposition", ContentDisposition.attachment("people.vcf"))
                .build();
    }

    /**
     * Imports an address book (vCard 2.1, 3.0 or 4.0): its cards become the rows of an import job, matched on
     * {@code key} ({@code email}, {@code phone} or {@code externalId} = the card's UID). Answers like a CSV import.
     */
    @POST
    @Consumes({"text/vcard", "text/x-vcard", "text/directory"})
    @Produces("application/json")
    @RequiresPermission(ContactPermissions.PERSON_IMPORT)
    public Response importCards(@QueryParam("key") @DefaultValue("email") String key,
            @QueryParam("dryRun") boolean dryRun, InputStream vcf) throws IOException {
        String csv = VCards.asImportCsv(vcf);
        ImportJob job = imports.start("person", key, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                dryRun);
        return Response.accepted(java.util.Map.of("id", job.id(), "state", job.state().wire(), "totalRows",
                job.totalRows())).location(URI.create("contacts/imports/" + job.id())).build();
    }

    private static String fileName(Person person) {
        String name = person.displayName() == null ? "" : person.displayName().strip();
        return name.isEmpty() || name.equals("—") ? "person-" + person.id() : name;
    }
}
