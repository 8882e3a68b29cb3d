package org.rapport.contacts.core.internal;

import java.util.List;
import java.util.Map;

import org.rapport.contacts.api.CustomFieldDefinition;

/**
 * Custom values on their way through a record change: checked against the definitions into {@link FieldValues} as
 * {@code custom.<key>} (so field rules named like that apply to them as to any field), and written back into the
 * record's JSON, keeping the values of retired fields untouched.
 */
final class CustomValues {

    static final String PREFIX = "custom.";

    private CustomValues() {
    }

    /**
     * Puts the draft's values of the active fields into {@code wanted}; every problem is a {@code custom.<key>} error.
     *
     * @param given  the draft's values, {@code null} to leave the stored ones (then only a new record's required
     *               fields are checked)
     * @param stored the record's values as stored (a value sent back unchanged passes even if the field no longer
     *               accepts it), {@code null} for a new record
     */
    static void checked(Map<String, Object> given, List<CustomFieldDefinition> active, Map<String, Object> stored,
            FieldValues wanted, DraftCheck check) {
        boolean creating = stored == null;
        if (given == null) {
            if (creating) {
                active.stream().filter(CustomFieldDefinition::required)
                        .forEach(field -> check.error(PREFIX + field.key(), "required"));
            }
            return;
        }
        given.forEach((key, value) -> {
            if (value != null && active.stream().noneMatch(field -> field.key().equals(key))) {
                check.error(PREFIX + key, "there is no active custom field '" + key + "'");
            }
        });
        for (CustomFieldDefinition field : active) {
            Object value = null;
            try {
                value = CustomValueParser.parse(field, given.get(field.key()));
            } catch (IllegalArgumentException invalid) {
                Object before = creating ? null : stored.get(field.key());
                if (before == null || !before.equals(given.get(field.key()))) {
                    check.error(PREFIX + field.key(), invalid.getMessage());
                    continue;
                }
                // sent back as stored: a choice removed since, say, does not block saving the record's other fields
                value = before;
            }
            if (value == null && field.required()) {
                check.error(PREFIX + field.key(), "required");
            }
            wanted.put(PREFIX + field.key(), value);
        }
    }

    /** Adds the stored values of the active fields to {@code values} (the record as it is, before a change). */
    static FieldValues stored(FieldValues values, String json, List<CustomFieldDefinition> active) {
        Map<String, Object> typed = CustomValuesJson.typed(json, active);
        active.forEach(field -> values.put(PREFIX + field.key(), typed.get(field.key())));
        return values;
    }

    /** The record's JSON with the {@code custom.<key>} entries of {@code values} written in; other keys stay. */
    static String applied(String json, FieldValues values) {
        Map<String, Object> stored = CustomValuesJson.raw(json);
        for (String field : values.fields()) {
            if (field.startsWith(PREFIX)) {
                String key = field.substring(PREFIX.length());
                Object value = values.get(field);
                if (value == null) {
                    stored.remove(key);
                } else {
                    stored.put(key, value);
                }
            }
        }
        return CustomValuesJson.write(stored);
    }
}
