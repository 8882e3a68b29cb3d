package org.rapport.contacts.core.internal;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.rapport.contacts.api.ContactPermissions;
import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.CustomFieldType;
import org.rapport.contacts.api.CustomFields;
import org.rapport.platform.api.security.RequiresPermission;
import org.rapport.platform.api.web.ApiProblem;

/**
 * {@code /api/contacts/custom-fields}: the fields admins add to people and organizations. Reading needs the entity's
 * read permission (checked by {@link CustomFields}); changes need {@value ContactPermissions#CUSTOM_FIELD_ADMIN}.
 */
@Component(service = CustomFieldsResource.class)
@JakartarsResource
@JakartarsApplicationSelect("(osgi.jakartars.name=rapport)")
@Path("contacts/custom-fields")
@Produces(MediaType.APPLICATION_JSON)
public class CustomFieldsResource {

    private final CustomFields fields;

    @Activate
    public CustomFieldsResource(@Reference CustomFields fields) {
        this.fields = fields;
    }

    /**
     * A custom field as REST receives it. On a change, {@code entity}, {@code key} and {@code type} come from the path
     * and the stored field (they may be sent back as read); a missing position keeps the field where it is.
     */
    public record CustomFieldBody(String entity, String key, String label, CustomFieldType type, Boolean required,
            List<String> choices, Boolean showInList, Integer position, Boolean retired) {

        CustomFieldDefinition definition(String entityOfPath, String keyOfPath) {
            return new CustomFieldDefinition(entityOfPath, keyOfPath, label, type, Boolean.TRUE.equals(required),
                    choices, Boolean.TRUE.equals(showInList), position == null ? Integer.MAX_VALUE : position, false);
        }
    }

    /** The fields of {@code entity} ({@code person} or {@code organization}) by position; retired ones on request. */
    @GET
    public List<CustomFieldDefinition> list(@QueryParam("entity") String entity,
            @QueryParam("retired") boolean withRetired) {
        return fields.definitions(entity, withRetired);
    }

    @GET
    @Path("{entity}/{key}")
    public CustomFieldDefinition get(@PathParam("entity") String entity, @PathParam("key") String key) {
        return fields.definition(entity, key).orElseThrow(() -> ApiProblem.notFound("There is no custom field '"
                + key + "' for a " + entity + "."));
    }

    /** Defines a field: {@code {"entity": "person", "key": "shoeSize", "label": "Shoe size", "type": "NUMBER"}}. */
    @POST
    @RequiresPermission(ContactPermissions.CUSTOM_FIELD_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(CustomFieldBody body) {
        if (body == null) {
            throw ApiProblem.invalid("Send the field to define.", List.of(new org.rapport.platform.api.web.FieldError(
                    "key", "required")));
        }
        CustomFieldDefinition defined = fields.define(body.definition(body.entity(), body.key()));
        return Response.created(URI.create("contacts/custom-fields/" + defined.entity() + "/" + defined.key()))
                .entity(defined).build();
    }

    /** Changes the label, choices, required, showInList or position; the type stays. */
    @PUT
    @Path("{entity}/{key}")
    @RequiresPermission(ContactPermissions.CUSTOM_FIELD_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public CustomFieldDefinition change(@PathParam("entity") String entity, @PathParam("key") String key,
            CustomFieldBody body) {
        if (body == null) {
            throw ApiProblem.invalid("Send the field as it should be.", List.of(
                    new org.rapport.platform.api.web.FieldError("label", "required")));
        }
        return fields.change(body.definition(entity, key));
    }

    /** Retires the field: hidden everywhere, every value kept. */
    @DELETE
    @Path("{entity}/{key}")
    @RequiresPermission(ContactPermissions.CUSTOM_FIELD_ADMIN)
    public CustomFieldDefinition retire(@PathParam("entity") String entity, @PathParam("key") String key) {
        return fields.retire(entity, key);
    }

    /** Brings a retired field back with its values. */
    @POST
    @Path("{entity}/{key}/restore")
    @RequiresPermission(ContactPermissions.CUSTOM_FIELD_ADMIN)
    public CustomFieldDefinition restore(@PathParam("entity") String entity, @PathParam("key") String key) {
        return fields.restore(entity, key);
    }
}
