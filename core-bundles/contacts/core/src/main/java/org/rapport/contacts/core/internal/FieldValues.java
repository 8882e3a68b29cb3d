package org.rapport.contacts.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.rapport.contacts.api.ContactAccessException;
import org.rapport.platform.api.access.FieldRule;

/**
 * A record's fields by name, normalized so that equal means unchanged. Field-level rules are enforced on these:
 * a hidden or read-only field may be sent back as it was (or left empty, for a hidden one the caller never saw), never
 * changed.
 */
final class FieldValues {

    private final Map<String, Object> values = new LinkedHashMap<>();

    FieldValues put(String field, Object value) {
        values.put(field, empty(value) ? null : value);
        return this;
    }

    Object get(String field) {
        return values.get(field);
    }

    Set<String> fields() {
        return values.keySet();
    }

    /**
     * Takes the caller's {@code wanted} values, keeping {@code current} where the caller may not change the field.
     *
     * @param current the stored values, or {@code null} when creating
     * @throws ContactAccessException naming the fields the caller tried to change without the right
     */
    static FieldValues enforce(FieldValues wanted, FieldValues current, Map<String, FieldRule> rules, String noun) {
        List<String> refused = new ArrayList<>();
        FieldValues result = new FieldValues();
        for (String field : wanted.fields()) {
            FieldRule rule = rules.getOrDefault(field, FieldRule.EDITABLE);
            Object now = current == null ? null : current.get(field);
            Object asked = wanted.get(field);
            if (rule == FieldRule.EDITABLE) {
                result.put(field, asked);
            } else if (asked == null && rule == FieldRule.HIDDEN || Objects.equals(asked, now)) {
                result.put(field, now);
            } else {
                refused.add(field);
            }
        }
        if (!refused.isEmpty()) {
            throw new ContactAccessException("You may not change these fields of a " + noun + ": "
                    + String.join(", ", refused) + ".");
        }
        return result;
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof String text && text.isEmpty()
                || value instanceof java.util.Collection<?> collection && collection.isEmpty();
    }
}
