package org.rapport.contacts.api;

import java.util.List;

/**
 * A field an admin added to people or organizations at runtime.
 *
 * @param entity     {@value #PERSON} or {@value #ORGANIZATION}
 * @param key        the stable name values are stored and filtered by: a letter a-z, then letters, digits or
 *                   {@code _} (at most 64); never changes
 * @param label      what forms and lists show
 * @param type       what it holds; never changes
 * @param required   a record cannot be saved without a value (checked when it is created or changed)
 * @param choices    the allowed values of a choice or multi-choice field (empty for other types)
 * @param showInList shown as a column (and offered as a filter) in the record list
 * @param position   the order among the entity's fields, smallest first
 * @param retired    hidden from records, forms, lists, filters and exports; its values are kept and come back when
 *                   it is restored
 */
public record CustomFieldDefinition(String entity, String key, String label, CustomFieldType type, boolean required,
        List<String> choices, boolean showInList, int position, boolean retired) {

    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";
    public static final int MAX_TEXT = 255;

    public CustomFieldDefinition {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A new, active field at the end of the list. */
    public static CustomFieldDefinition of(String entity, String key, String label, CustomFieldType type) {
        return new CustomFieldDefinition(entity, key, label, type, false, List.of(), false, Integer.MAX_VALUE, false);
    }

    public CustomFieldDefinition withChoices(List<String> newChoices) {
        return new CustomFieldDefinition(entity, key, label, type, required, newChoices, showInList, position, retired);
    }

    public CustomFieldDefinition withRequired(boolean newRequired) {
        return new CustomFieldDefinition(entity, key, label, type, newRequired, choices, showInList, position, retired);
    }

    public CustomFieldDefinition withShowInList(boolean newShowInList) {
        return new CustomFieldDefinition(entity, key, label, type, required, choices, newShowInList, position, retired);
    }

    public CustomFieldDefinition withLabel(String newLabel) {
        return new CustomFieldDefinition(entity, key, newLabel, type, required, choices, showInList, position, retired);
    }
}
