package org.rapport.contacts.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.rapport.contacts.api.CustomFieldDefinition;
import org.rapport.contacts.api.PersonDuplicates.Side;
import org.rapport.contacts.api.PersonLists;

/**
 * What merging two people will do, as the merge page shows it before anything is saved: the single-valued fields
 * whose values differ (the user picks a side for each) and the lists as the contacts module unites them
 * ({@link PersonLists#unitedWith}).
 */
final class MergePlan {

    /** The single-valued fields of a person that {@code PersonDuplicates.merge} takes from a chosen side. */
    static final List<String> SINGLE_FIELDS = List.of("firstName", "lastName", "stage", "owner", "leadSource",
            "website", "notes", "externalId");
    static final String CUSTOM_PREFIX = "custom.";

    /**
     * A field whose values differ. {@code custom} is its definition for a custom field ({@code field} is then
     * {@code custom.<key>}), else {@code null}; {@code locked}: read-only for the user, so the survivor's value stays.
     */
    record Row(String field, Object survivorValue, Object mergedValue, CustomFieldDefinition custom, boolean locked) {
    }

    private MergePlan() {
    }

    /** The fields that differ, in the order of the person's page; fields hidden from the user are left out. */
    static List<Row> differing(Contact survivor, Contact merged, List<CustomFieldDefinition> customFields) {
        List<Row> rows = new ArrayList<>();
        for (String field : SINGLE_FIELDS) {
            Object kept = single(survivor, field);
            Object gone = single(merged, field);
            if (!survivor.hidden(field) && !merged.hidden(field) && !Objects.equals(kept, gone)) {
                rows.add(new Row(field, kept, gone, null, survivor.readOnly(field)));
            }
        }
        for (CustomFieldDefinition definition : customFields) {
            String field = CUSTOM_PREFIX + definition.key();
            Object kept = survivor.custom().get(definition.key());
            Object gone = merged.custom().get(definition.key());
            if (!survivor.hidden(field) && !merged.hidden(field) && !Objects.equals(kept, gone)) {
                rows.add(new Row(field, kept, gone, definition, survivor.readOnly(field)));
            }
        }
        return rows;
    }

    private static Object single(Contact contact, String field) {
        Object value = switch (field) {
            case "firstName" -> contact.firstName();
            case "lastName" -> contact.lastName();
            case "stage" -> contact.stage();
            case "owner" -> contact.owner() == null || contact.owner().userId() == null
                    && contact.owner().teamId() == null ? null : contact.owner();
            case "leadSource" -> contact.leadSource();
            case "website" -> contact.website();
            case "notes" -> contact.notes();
            case "externalId" -> contact.externalId();
            default -> throw new IllegalArgumentException(field);
        };
        return value instanceof String text && text.isBlank() ? null : value;
    }

    /**
     * The choices to send: a side for each row shown ({@code SURVIVOR} where the user has not chosen, and for locked
     * rows whatever was chosen).
     */
    static Map<String, Side> choices(List<Row> rows, Map<String, Side> chosen) {
        Map<String, Side> choices = new LinkedHashMap<>();
        for (Row row : rows) {
            choices.put(row.field(), row.locked() ? Side.SURVIVOR : chosen.getOrDefault(row.field(), Side.SURVIVOR));
        }
        return choices;
    }

    /** The choices after the two people change sides: each field keeps the value the user picked. */
    static Map<String, Side> swapped(Map<String, Side> chosen) {
        Map<String, Side> swapped = new LinkedHashMap<>();
        chosen.forEach((field, side) -> swapped.put(field, side == Side.SURVIVOR ? Side.MERGED : Side.SURVIVOR));
        return swapped;
    }

    /** The survivor's lists, then what only the merged person has, as the contacts module unites them. */
    static PersonLists united(Contact survivor, Contact merged) {
        return lists(survivor).unitedWith(lists(merged));
    }

    private static PersonLists lists(Contact contact) {
        return new PersonLists(contact.emails(), contact.phones(), contact.addresses(), contact.socialHandles(),
                contact.tags(), contact.affiliations());
    }
}
