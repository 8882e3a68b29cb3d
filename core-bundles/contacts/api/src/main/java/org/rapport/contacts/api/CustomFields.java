package org.rapport.contacts.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The custom fields of people and organizations, defined by admins while the system runs. Reading definitions needs
 * the entity's read permission; defining, changing, retiring and restoring need
 * {@link ContactPermissions#CUSTOM_FIELD_ADMIN}. Invalid definitions throw {@code ApiProblem} with a field error per
 * problem.
 */
@ProviderType
public interface CustomFields {

    /** The entity's fields by position; retired ones only with {@code withRetired}. */
    List<CustomFieldDefinition> definitions(String entity, boolean withRetired);

    Optional<CustomFieldDefinition> definition(String entity, String key);

    /** Adds a field; its key must be new for the entity (a retired field's key is taken: restore it instead). */
    CustomFieldDefinition define(CustomFieldDefinition definition);

    /**
     * Changes the label, choices, required, showInList and position of the field named by the definition's entity and
     * key; its type cannot change. Values of removed choices stay on the records that have them.
     */
    CustomFieldDefinition change(CustomFieldDefinition definition);

    /** Hides the field everywhere; no value is deleted. */
    CustomFieldDefinition retire(String entity, String key);

    /** Shows a retired field again, with every value it had. */
    CustomFieldDefinition restore(String entity, String key);
}
